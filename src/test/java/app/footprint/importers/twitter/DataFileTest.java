package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFileTest {
    private static DataFile.Found at(String path) {
        return DataFile.at(path).orElseThrow(() -> new AssertionError("not a data file: " + path));
    }

    @Test
    void findsEveryPartOfASplitFileWhateverItsNumber() {
        assertThat(at("data/tweets.js")).isEqualTo(new DataFile.Found(DataFile.TWEETS, "tweets", 0));
        assertThat(at("data/tweets-part1.js")).isEqualTo(new DataFile.Found(DataFile.TWEETS, "tweets", 1));
        assertThat(at("data/tweets-part17.js")).isEqualTo(new DataFile.Found(DataFile.TWEETS, "tweets", 17));
        assertThat(at("data/tweet-part2.js")).isEqualTo(new DataFile.Found(DataFile.TWEETS, "tweet", 2));
        assertThat(at("data/direct-messages-part3.js").kind()).isEqualTo(DataFile.DIRECT_MESSAGES);
        assertThat(at("data/ad-impressions-part1.js").kind()).isEqualTo(DataFile.AD_IMPRESSIONS);
    }

    @Test
    void tellsSimilarNamesApart() {
        assertThat(at("data/direct-messages.js").kind()).isEqualTo(DataFile.DIRECT_MESSAGES);
        assertThat(at("data/direct-messages-group.js").kind()).isEqualTo(DataFile.GROUP_DIRECT_MESSAGES);
        assertThat(at("data/direct-message-headers.js").kind()).isEqualTo(DataFile.MESSAGE_HEADERS);
        assertThat(at("data/tweet-headers.js").kind()).isEqualTo(DataFile.POST_HEADERS);
        assertThat(at("data/deleted-tweets.js").kind()).isEqualTo(DataFile.DELETED_TWEETS);
        assertThat(at("data/follower.js").kind()).isEqualTo(DataFile.FOLLOWERS);
        assertThat(at("data/following.js").kind()).isEqualTo(DataFile.FOLLOWING);
    }

    @Test
    void acceptsAWrapperFolderAndThe2019FilesAtTheTop() {
        assertThat(at("twitter-2024-03-12-abc/data/like.js").kind()).isEqualTo(DataFile.LIKES);
        assertThat(at("tweet.js").kind()).isEqualTo(DataFile.TWEETS);
        assertThat(at("twitter-2019-05-01-abc/direct-message.js").kind()).isEqualTo(DataFile.DIRECT_MESSAGES);
        assertThat(at("DATA/Personalization.js").kind()).isEqualTo(DataFile.PERSONALIZATION);
    }

    @Test
    void leavesOtherFilesAlone() {
        assertThat(DataFile.at("assets/js/main.9f2c1e4b.js")).isEmpty();
        assertThat(DataFile.at("assets/like.js")).isEmpty();
        assertThat(DataFile.at("data/tweets_media/123-abc.jpg")).isEmpty();
        assertThat(DataFile.at("data/README.txt")).isEmpty();
        assertThat(DataFile.at("Your archive.html")).isEmpty();
        assertThat(DataFile.at("data/something-new.js")).isEmpty();
        assertThat(DataFile.at("a/b/data/like.js")).as("too deep for a wrapper").isEmpty();
        assertThat(DataFile.at("data/js/tweets/2012_01.js")).as("the pre-2018 archive").isEmpty();
        assertThat(DataFile.at("data/tweets.json")).isEmpty();
    }

    @Test
    void knowsWhichFilesItReadsAndWhyItLeavesTheOthers() {
        assertThat(DataFile.TWEETS.parser()).isPresent();
        assertThat(DataFile.TWEETS.ignoredBecause()).isNull();
        assertThat(DataFile.POST_HEADERS.parser()).isEmpty();
        assertThat(DataFile.POST_HEADERS.ignoredBecause()).contains("tweets.js");
        for (DataFile kind : DataFile.values()) {
            assertThat(kind.read() || kind.ignoredBecause() != null).as(kind.name()).isTrue();
        }
    }

    @Test
    void mapsManifestTypesToFileNames() {
        assertThat(DataFile.ofManifestType("directMessagesGroup")).contains(DataFile.GROUP_DIRECT_MESSAGES);
        assertThat(DataFile.ofManifestType("adMobileConversionsAttributed")).contains(DataFile.AD_CONVERSIONS);
        assertThat(DataFile.ofManifestType("ageinfo")).contains(DataFile.AGE_INFO);
        assertThat(DataFile.ofManifestType("niDevices")).contains(DataFile.PHONE_DEVICES);
        assertThat(DataFile.ofManifestType("tweetsMedia")).isEqualTo(Optional.empty());
    }

    @Test
    void knowsTheWrappersGlobalNames() {
        assertThat(DataFile.DIRECT_MESSAGES.hasGlobalName("direct_messages")).isTrue();
        assertThat(DataFile.DIRECT_MESSAGES.hasGlobalName("direct_message")).isTrue();
        assertThat(DataFile.DIRECT_MESSAGES.hasGlobalName("direct_messages_group")).isFalse();
        assertThat(DataFile.TWEETS.hasGlobalName("tweets")).isTrue();
    }
}
