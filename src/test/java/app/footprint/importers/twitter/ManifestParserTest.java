package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ManifestParserTest {
    private static final String PATH = "data/manifest.js";

    private static String manifest(String generationDate, String tweetFiles) {
        return """
                window.__THAR_CONFIG = {
                  "userInfo" : {
                    "accountId" : "1234567890",
                    "userName" : "janakoehler",
                    "displayName" : "Jana Köhler"
                  },
                  "archiveInfo" : {
                    "sizeBytes" : "5123456",
                    "generationDate" : "%s",
                    "isPartialArchive" : false,
                    "maxPartSizeBytes" : "53687091200"
                  },
                  "readmeInfo" : {
                    "fileName" : "data/README.txt",
                    "directory" : "data/",
                    "name" : "README.txt"
                  },
                  "dataTypes" : {
                    "account" : {
                      "files" : [ { "fileName" : "data/account.js", "globalName" : "YTD.account.part0", "count" : "1" } ]
                    },
                    "tweets" : {
                      "mediaDirectory" : "data/tweets_media",
                      "files" : [ %s ]
                    },
                    "tweetsMedia" : { "mediaDirectory" : "data/tweets_media" },
                    "communityNote" : {
                      "files" : [ { "fileName" : "data/community-note-x.js", "globalName" : "YTD.community_note.part0", "count" : "0" } ]
                    },
                    "somethingNew" : {
                      "files" : [ { "fileName" : "data/something-new.js", "globalName" : "YTD.something_new.part0", "count" : "3" } ]
                    }
                  }
                }""".formatted(generationDate, tweetFiles);
    }

    private static final String THREE_PARTS = """
            { "fileName" : "data/tweets.js", "globalName" : "YTD.tweets.part0", "count" : "100" },
            { "fileName" : "data/tweets-part1.js", "globalName" : "YTD.tweets.part1", "count" : "80" },
            { "fileName" : "data/tweets-part2.js", "globalName" : "YTD.tweets.part2", "count" : "60" }""";

    @Test
    void readsTheAccountAndTheExportDate() throws IOException {
        ParserRun run = ParserRun.of(new ManifestParser(), PATH, manifest("2024-03-12T08:41:22.000Z", THREE_PARTS));

        assertThat(run.facts.exportedAt()).isEqualTo(Instant.parse("2024-03-12T08:41:22Z"));
        assertThat(run.sink.items).hasSize(1);
        Item account = run.sink.items.get(0);
        assertThat(account.category()).isEqualTo(Category.PROFILE);
        assertThat(account.title()).isEqualTo("Account in this archive: @janakoehler");
        assertThat(account.attributes()).containsEntry("account_id", "1234567890")
                .containsEntry("display_name", "Jana Köhler")
                .containsEntry("archive_made", "2024-03-12T08:41:22Z")
                .containsEntry("archive_bytes", "5123456")
                .containsEntry("partial_archive", "no")
                .containsEntry("largest_part_bytes", "53687091200");
        // every part of the posts has a name Footprint reads; data it leaves alone is not checked
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void reportsAListedFileOfReadDataUnderANameThatWouldNotBeRead() throws IOException {
        String files = THREE_PARTS + """
                ,
                { "fileName" : "data/tweets-extra.js", "globalName" : "YTD.tweets.part3", "count" : "5" },
                { "fileName" : "data/like.js", "globalName" : "YTD.tweets.part4", "count" : "5" }""";

        ParserRun run = ParserRun.of(new ManifestParser(), PATH, manifest("2024-03-12T08:41:22.000Z", files));

        // the odd name, and a file of other data listed under the posts (messages: TwitterImporterTest)
        assertThat(run.file.problemCount()).isEqualTo(2);
    }

    @Test
    void anUnreadableExportDateIsReportedAndLeftToTheArchive() throws IOException {
        ParserRun run = ParserRun.of(new ManifestParser(), PATH, manifest("soon", THREE_PARTS));

        assertThat(run.facts.exportedAt()).isNull();
        assertThat(run.file.problemCount()).isEqualTo(1);
        assertThat(run.sink.items.get(0).attributes()).containsEntry("archive_made", "soon");
    }

    @Test
    void aFileWithoutAnyManifestKeyIsNoManifest() {
        assertThatThrownBy(() -> ParserRun.of(new ManifestParser(), PATH, "window.__THAR_CONFIG = { \"other\" : 1 }"))
                .isInstanceOf(FormatException.class).hasMessageContaining("userInfo");
        assertThatThrownBy(() -> ParserRun.of(new ManifestParser(), PATH, "window.__THAR_CONFIG = [ ]"))
                .isInstanceOf(FormatException.class);
    }
}
