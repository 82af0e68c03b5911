package app.footprint.importers.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Chrome, Play Store, profile, contacts, YouTube's CSV files and the archive description. */
class AccountFilesParsersTest {
    private final GoogleImporter importer = new GoogleImporter();

    private ParserRun run(String path, String content) throws Exception {
        return ParserRun.of(importer.parserFor(path).orElseThrow(), path, content);
    }

    @Test
    void chromeHistoryTimesAreMicroseconds() throws Exception {
        ParserRun run = run("Takeout/Chrome/History.json", """
                {"Browser History":[
                  {"favicon_url":"https://example.org/favicon.ico","page_transition":"LINK","title":"Kinderwagen Test",
                   "url":"https://example.org/test","client_id":"abc==","time_usec":1700000000123456},
                  {"page_transition":"TYPED","url":"https://example.net/","time_usec":17000000001234567890},
                  {"page_transition":"LINK","time_usec":1700000000000000}],
                 "Typed Url":[]}""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Kinderwagen Test", "https://example.net/");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.BROWSING);
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2023-11-14T22:13:20.123456Z"));
        assertThat(run.sink.items.get(0).attributes()).containsEntry("page_transition", "LINK");
        assertThat(run.sink.items.get(1).at()).isNull();
        assertThat(run.file.problemCount()).isEqualTo(2);
    }

    @Test
    void playStoreRecordsAreKnownByTheirKeyWhateverTheFileIsCalled() throws Exception {
        ParserRun run = run("Takeout/Google Play Store/Installs.json", """
                [{"install":{"doc":{"documentType":"Android Apps","title":"RunTrack"},"firstInstallationTime":"2017-04-20T08:00:00.000Z",
                  "deviceAttribute":{"manufacturer":"Google","deviceDisplayName":"Google Pixel 6a"},"lastUpdateTime":"2024-03-01T08:00:00.000Z"}},
                 {"libraryDoc":{"doc":{"documentType":"Android Apps","title":"BabyBloom"},"acquisitionTime":"2023-07-21T08:00:00.000Z"}},
                 {"purchaseHistory":{"invoicePrice":"4,99 €","paymentMethodTitle":"PayPal","purchaseTime":"2023-08-01T08:00:00.000Z",
                  "doc":{"documentType":"In-app","title":"BabyBloom Premium"}}},
                 {"orderHistory":{"orderId":"GPA.1","creationTime":"2023-09-01T08:00:00.000Z","totalPrice":"1,99 €",
                  "lineItem":[{"doc":{"title":"Hörbuch"}}]}},
                 {"review":{"document":{"title":"MOVI Leipzig"},"starRating":4,"comment":"Gut","creationTime":"2022-01-01T08:00:00Z"}},
                 {"device":{"mostRecentData":{"manufacturer":"Google","modelName":"Pixel 6a","carrierName":"Funkwerk"},
                  "deviceRegistrationTime":"2022-06-01T08:00:00Z"}},
                 {"subscription":{}}]""");

        assertThat(run.sink.items).extracting(Item::category, Item::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Category.APPS, "RunTrack"),
                org.assertj.core.groups.Tuple.tuple(Category.LIBRARY, "BabyBloom"),
                org.assertj.core.groups.Tuple.tuple(Category.PURCHASES, "BabyBloom Premium"),
                org.assertj.core.groups.Tuple.tuple(Category.PURCHASES, "Hörbuch"),
                org.assertj.core.groups.Tuple.tuple(Category.COMMENTS, "MOVI Leipzig"),
                org.assertj.core.groups.Tuple.tuple(Category.DEVICES, "Pixel 6a"));
        assertThat(run.sink.items.get(0).attributes()).containsEntry("device", "Google Pixel 6a");
        assertThat(run.sink.items.get(2).attributes()).containsEntry("price", "4,99 €");
        assertThat(run.sink.items.get(2).at()).isEqualTo(Instant.parse("2023-08-01T08:00:00Z"));
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void theProfileGivesOneItemPerFact() throws Exception {
        ParserRun run = run("Takeout/Profil/Profil.json", """
                {"name":{"givenName":"Jana","familyName":"Köhler","formattedName":"Jana Köhler"},"displayName":"Jana K.",
                 "emails":[{"value":"jana.koehler@example.org"},{"value":"jana.k90@example.net"}],
                 "birthday":"1990-08-21","gender":{"type":"female"}}""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Name: Jana Köhler", "Display name: Jana K.",
                "E-mail address: jana.koehler@example.org", "E-mail address: jana.k90@example.net",
                "Birthday: 1990-08-21", "Gender: female");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.PROFILE);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void contactsAreCountedByVCardAndNamedByFn() throws Exception {
        ParserRun run = run("Takeout/Contacts/All Contacts/All Contacts.vcf", """
                BEGIN:VCARD\r
                VERSION:3.0\r
                FN:Tom Berger\r
                N:Berger;Tom;;;\r
                TEL;TYPE=CELL:+49 151 0000000\r
                END:VCARD\r
                BEGIN:VCARD\r
                VERSION:3.0\r
                N:;;;;\r
                EMAIL;TYPE=INTERNET:someone@example.org\r
                END:VCARD\r
                BEGIN:VCARD\r
                FN;CHARSET=UTF-8:Praxis Dr. Weiß\\, Frauenärztin\r
                END:VCARD\r
                """);

        assertThat(run.sink.items).extracting(Item::title)
                .containsExactly("Tom Berger", "Contact without a name", "Praxis Dr. Weiß, Frauenärztin");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.CONTACTS && i.at() == null);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void youTubeSubscriptionsAreReadByPositionUnderALocalisedHeader() throws Exception {
        ParserRun run = run("Takeout/YouTube und YouTube Music/Abos/Abos.csv", """
                Kanal-ID,Kanal-URL,Kanaltitel
                UC1,http://www.youtube.com/channel/UC1,Laufen mit Lisa
                UC2,http://www.youtube.com/channel/UC2,Hebammensprechstunde
                """);

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Laufen mit Lisa", "Hebammensprechstunde");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.FOLLOWS);
        assertThat(run.sink.items.get(1).attributes()).containsEntry("url", "http://www.youtube.com/channel/UC2");
    }

    @Test
    void youTubeCommentsJoinTheirJsonTextPieces() throws Exception {
        ParserRun run = run("Takeout/YouTube and YouTube Music/comments/comments.csv", """
                Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Post ID,Video ID,Comment Text
                c1,UC9,2023-10-01T10:00:00.5+00:00,,,,v1,"{""text"":""Danke für die ""},{""text"":""Tipps!""}"
                c2,UC9,2023-10-02T10:00:00+00:00,,,,v2,
                """);

        assertThat(run.sink.items).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo(Category.COMMENTS);
            assertThat(c.title()).isEqualTo("Danke für die Tipps!");
            assertThat(c.at()).isEqualTo(Instant.parse("2023-10-01T10:00:00.5Z"));
            assertThat(c.attributes()).containsEntry("video_id", "v1");
        });
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void theArchiveDescriptionStatesWhenGoogleMadeTheExport() throws Exception {
        ParserRun german = run("Takeout/Archiv_Übersicht.html", "<html><body><div class=\"job-id hidden\">J1</div>"
                + "<h1 class=\"header_title\">Archiv für jana.koehler@example.org</h1>"
                + "<div class=\"header_subtext\">12.03.2024, 10:14:00 MEZ • 48,2 MB • <a href=\"x\">Weitere Infos</a></div>"
                + "</body></html>");
        ParserRun english = run("Takeout/archive_browser.html", "<html><body>"
                + "<div class=\"header_subtext\">Jan 1, 2024, 12:00:00\u202fAM UTC • 1.5 GB</div></body></html>");
        ParserRun silent = run("Takeout/archive_browser.html", "<html><body><h1>Takeout</h1></body></html>");

        assertThat(german.facts.exportedAt()).isEqualTo(Instant.parse("2024-03-12T09:14:00Z"));
        assertThat(german.facts.language()).isEqualTo("de");
        assertThat(english.facts.exportedAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(silent.facts.exportedAt()).isNull();
        assertThat(german.sink.items).isEmpty();
        assertThat(german.file.problemCount() + english.file.problemCount() + silent.file.problemCount()).isZero();
    }

    @Test
    void aProfileThatIsNoObjectCannotBeRead() {
        assertThatThrownBy(() -> run("Takeout/Profile/Profile.json", "[]")).isInstanceOf(FormatException.class);
    }
}
