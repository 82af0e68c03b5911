package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Likes, the accounts around the person, logins, saved searches, lists and contacts: the one-key files. */
class SocialParsersTest {
    @Test
    void likesKeepTheTextAndAddressOfThePost() throws IOException {
        ParserRun run = ParserRun.of(new LikesParser(), "data/like.js", """
                window.YTD.like.part0 = [
                  { "like" : { "tweetId" : "111", "fullText" : "Neue Laufstrecke am Cossi 🏃‍♀️", "expandedUrl" : "https://twitter.com/i/web/status/111" } },
                  { "like" : { "tweetId" : "112" } }
                ]""");

        assertThat(run.sink.items).hasSize(2).allMatch(i -> i.category() == Category.LIKES && i.at() == null);
        Item first = run.sink.items.get(0);
        assertThat(first.title()).isEqualTo("Liked a post");
        assertThat(first.detail()).isEqualTo("Neue Laufstrecke am Cossi 🏃‍♀️");
        assertThat(first.attributes()).containsEntry("post_id", "111")
                .containsEntry("link", "https://twitter.com/i/web/status/111");
        assertThat(run.sink.items.get(1).detail()).isNull();
    }

    @Test
    void followersFollowingBlockedAndMuted() throws IOException {
        String link = "\"userLink\" : \"https://twitter.com/intent/user?user_id=%s\"";
        ParserRun followers = ParserRun.of(new ConnectionsParser(), "data/follower.js", "window.YTD.follower.part0 = [ "
                + "{ \"follower\" : { \"accountId\" : \"11\", " + link.formatted("11") + " } }, "
                + "{ \"follower\" : { \"userLink\" : \"x\" } } ]");
        ParserRun following = ParserRun.of(new ConnectionsParser(), "data/following.js",
                "window.YTD.following.part0 = [ { \"following\" : { \"accountId\" : \"12\" } } ]");
        ParserRun blocked = ParserRun.of(new ConnectionsParser(), "data/block.js",
                "window.YTD.block.part0 = [ { \"blocking\" : { \"accountId\" : \"13\" } } ]");
        ParserRun muted = ParserRun.of(new ConnectionsParser(), "data/mute.js",
                "window.YTD.mute.part0 = [ { \"muting\" : { \"accountId\" : \"14\" } } ]");

        assertThat(followers.sink.items).extracting(Item::title).containsExactly("Follows you: account 11");
        assertThat(followers.sink.items.get(0).category()).isEqualTo(Category.FRIENDS);
        assertThat(followers.sink.items.get(0).attributes()).containsEntry("account_id", "11")
                .containsEntry("link", "https://twitter.com/intent/user?user_id=11");
        assertThat(followers.file.problemCount()).isEqualTo(1);
        assertThat(following.sink.items.get(0).title()).isEqualTo("You follow: account 12");
        assertThat(following.sink.items.get(0).category()).isEqualTo(Category.FOLLOWS);
        assertThat(blocked.sink.items.get(0).title()).isEqualTo("Blocked by you: account 13");
        assertThat(muted.sink.items.get(0).title()).isEqualTo("Muted by you: account 14");
    }

    @Test
    void loginsAndTheAddressTheAccountWasMadeFrom() throws IOException {
        ParserRun audit = ParserRun.of(new LoginsParser(), "data/ip-audit.js", """
                window.YTD.ip_audit.part0 = [
                  { "ipAudit" : { "accountId" : "1", "createdAt" : "2024-03-11T18:02:11.000Z", "loginIp" : "198.51.100.23", "loginPortNumber" : "52114" } },
                  { "ipAudit" : { "accountId" : "1", "createdAt" : "later", "loginIp" : "203.0.113.5" } }
                ]""");
        ParserRun creation = ParserRun.of(new LoginsParser(), "data/account-creation-ip.js",
                "window.YTD.account_creation_ip.part0 = [ { \"accountCreationIp\" : { \"accountId\" : \"1\", \"userCreationIp\" : \"198.51.100.7\" } } ]");

        assertThat(audit.sink.items).extracting(Item::title).containsExactly("Login from 198.51.100.23", "Login from 203.0.113.5");
        assertThat(audit.sink.items.get(0).at()).isEqualTo(Instant.parse("2024-03-11T18:02:11Z"));
        assertThat(audit.sink.items.get(0).attributes()).containsEntry("ip", "198.51.100.23").containsEntry("port", "52114");
        assertThat(audit.sink.items.get(1).at()).isNull();
        assertThat(audit.file.problemCount()).isEqualTo(1);
        assertThat(audit.sink.items).allMatch(i -> i.category() == Category.LOGINS);
        assertThat(creation.sink.items).extracting(Item::title).containsExactly("Account created from 198.51.100.7");
    }

    @Test
    void savedSearchesListsAndContacts() throws IOException {
        ParserRun searches = ParserRun.of(new SavedSearchesParser(), "data/saved-search.js", """
                window.YTD.saved_search.part0 = [ { "savedSearch" : { "savedSearchId" : "5", "query" : "Hebamme Leipzig" } },
                  { "savedSearch" : { "savedSearchId" : "6" } } ]""");
        ParserRun lists = ParserRun.of(new ListsParser("made by you"), "data/lists-created.js", """
                window.YTD.lists_created.part0 = [ { "userListInfo" : { "url" : "https://twitter.com/janakoehler/lists/laufen-leipzig" } },
                  { "userListInfo" : { "urls" : [ "https://twitter.com/janakoehler/lists/pflege/", "https://twitter.com/x/lists/indie" ] } } ]""");
        ParserRun contacts = ParserRun.of(new ContactsParser(), "data/contact.js", """
                window.YTD.contact.part0 = [
                  { "contact" : { "id" : "7", "emails" : [ "tom.berger@example.org" ], "phoneNumbers" : [ "+4917612345678" ] } },
                  { "contact" : { "id" : "8", "phoneNumbers" : [ "+4934112345" ] } },
                  { "contact" : { "id" : "9", "emails" : [ ] } }
                ]""");

        assertThat(searches.sink.items).extracting(Item::title).containsExactly("Hebamme Leipzig");
        assertThat(searches.sink.items.get(0).category()).isEqualTo(Category.SEARCHES);
        assertThat(searches.file.problemCount()).isEqualTo(1);
        assertThat(lists.sink.items).extracting(Item::title)
                .containsExactly("List: laufen-leipzig", "List: pflege", "List: indie");
        assertThat(lists.sink.items).allMatch(i -> i.category() == Category.LIBRARY
                && i.attributes().get("relation").equals("made by you"));
        assertThat(contacts.sink.items).extracting(Item::title).containsExactly("tom.berger@example.org", "+4934112345");
        assertThat(contacts.sink.items.get(0).attributes()).containsEntry("phone_numbers", "+4917612345678");
        assertThat(contacts.sink.items.get(0).category()).isEqualTo(Category.CONTACTS);
        assertThat(contacts.file.problemCount()).isEqualTo(1);
    }
}
