package app.footprint.importers.snapchat;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.importers.Recognition;
import app.footprint.testing.ExportTrees;
import app.footprint.testing.ZipBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapchatRecognitionTest {
    @TempDir
    Path dir;

    private final SnapchatImporter importer = new SnapchatImporter();

    private Recognition recognise(String... paths) throws Exception {
        ZipBuilder zip = new ZipBuilder();
        for (String path : paths) {
            zip.add(path, "{}");
        }
        Path file = zip.writeTo(dir.resolve("export-" + System.nanoTime() + ".zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            return importer.recognise(tree);
        }
    }

    @Test
    void aJsonExportInItsWrapperFolder() throws Exception {
        Recognition r = recognise("mydata~1710230482/json/user_profile.json", "mydata~1710230482/json/account.json",
                "mydata~1710230482/json/chat_history.json", "mydata~1710230482/index.html",
                "mydata~1710230482/memories/2024-01-15_abc-main.jpg");

        assertThat(r.confidence()).isEqualTo(0.95);
        assertThat(r.kind()).isEqualTo("my data");
        assertThat(r.layout()).isEqualTo("json files");
        assertThat(r.language()).isNull();
        assertThat(r.exportedAt()).isEqualTo(Instant.ofEpochSecond(1710230482));
        assertThat(recognise("mydata~1594658406712/json/user_profile.json").exportedAt())
                .isEqualTo(Instant.ofEpochMilli(1594658406712L));
        assertThat(recognise("json/user_profile.json").exportedAt()).isNull();
    }

    @Test
    void aJsonExportUnpackedWithoutItsWrapper() throws Exception {
        assertThat(recognise("json/snap_history.json", "json/friends.json").confidence()).isEqualTo(0.75);
        assertThat(recognise("json/snap_history.json", "json/location_history.json").confidence()).isEqualTo(0.95);
    }

    @Test
    void commonNamesAloneCountOnlyInSnapchatsWrapper() throws Exception {
        assertThat(recognise("json/account.json", "json/friends.json", "json/search_history.json").recognised())
                .isFalse();
        assertThat(recognise("mydata~1710230482/json/account.json", "mydata~1710230482/json/friends.json")
                .confidence()).isEqualTo(0.55);
    }

    @Test
    void anHtmlExportIsRecognisedAndSaidToBeUnreadable() throws Exception {
        Recognition r = recognise("mydata~1/html/chat_history.html", "mydata~1/html/snap_history.html",
                "mydata~1/html/friends.html", "mydata~1/index.html");

        assertThat(r.confidence()).isEqualTo(0.8);
        assertThat(r.layout()).isEqualTo("html files only (not readable)");
    }

    @Test
    void memoriesAloneInTheWrapper() throws Exception {
        Recognition r = recognise("mydata~1/memories/2024-01-15_abc-main.jpg", "mydata~1/memories/2024-01-15_abc-overlay.png");

        assertThat(r.confidence()).isEqualTo(0.5);
        assertThat(r.layout()).isEqualTo("memories only");
        assertThat(recognise("photos/memories/2024-01-15_abc-main.jpg").recognised()).isFalse();
    }

    @Test
    void noOtherServicesExportIsClaimed() throws Exception {
        for (Map.Entry<String, List<String>> tree : ExportTrees.except("Snapchat").entrySet()) {
            Recognition r = recognise(tree.getValue().toArray(String[]::new));
            assertThat(r.confidence()).as(tree.getKey()).isLessThan(0.2);
        }
    }
}
