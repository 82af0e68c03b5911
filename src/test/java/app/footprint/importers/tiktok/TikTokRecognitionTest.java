package app.footprint.importers.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

class TikTokRecognitionTest {
    @TempDir
    Path dir;

    private final TikTokImporter importer = new TikTokImporter();

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
    void the2024JsonFileAloneOrInAWrapperFolder() throws Exception {
        for (Recognition r : List.of(recognise("user_data_tiktok.json"),
                recognise("TikTok_Data_1710230482/user_data_tiktok.json"))) {
            assertThat(r.confidence()).isEqualTo(0.95);
            assertThat(r.kind()).isEqualTo("account data");
            assertThat(r.layout()).isEqualTo("user_data_tiktok.json (2024+)");
            assertThat(r.language()).as("told by the file's settings").isNull();
        }
    }

    @Test
    void the2022JsonFileCountsOnlyWhereItIsNearlyAlone() throws Exception {
        Recognition alone = recognise("user_data.json");
        assertThat(alone.confidence()).isEqualTo(0.7);
        assertThat(alone.layout()).isEqualTo("user_data.json (before 2024)");
        assertThat(recognise("download/user_data.json").recognised()).isTrue();
        // an app's export that happens to hold a user_data.json among its other files
        assertThat(recognise("app/user_data.json", "app/settings.json", "app/posts.json", "app/a.json",
                "app/b.json", "app/c.json").recognised()).isFalse();
    }

    @Test
    void theTextExportWithItsExportDate() throws Exception {
        Recognition r = recognise(
                "TikTok_Data_1735588272/Tiktok/Activity/Browsing History.txt",
                "TikTok_Data_1735588272/Tiktok/Activity/Like List.txt",
                "TikTok_Data_1735588272/Tiktok/Activity/Searches.txt",
                "TikTok_Data_1735588272/Tiktok/Ads and data/Ad Interests.txt",
                "TikTok_Data_1735588272/Tiktok/Profile/Profile Info.txt");

        assertThat(r.confidence()).isCloseTo(0.95, within(1e-9));
        assertThat(r.layout()).isEqualTo("text files (2024–25)");
        assertThat(r.exportedAt()).isEqualTo(Instant.ofEpochSecond(1735588272));
    }

    @Test
    void theTextExportWithoutItsDataFolder() throws Exception {
        Recognition r = recognise("Tiktok/Activity/Browsing History.txt", "Tiktok/Activity/Following.txt",
                "Tiktok/App Settings/Settings.txt", "Tiktok/Direct Messages/Direct Messages.txt");

        assertThat(r.confidence()).isCloseTo(0.85, within(1e-9));
        assertThat(r.exportedAt()).isNull();
    }

    @Test
    void textFilesWithSectionNamesOutsideTikTokFoldersAreNotTikTok() throws Exception {
        assertThat(recognise("notes/Searches.txt", "notes/Settings.txt", "notes/Status.txt").recognised()).isFalse();
    }

    @Test
    void noOtherServicesExportIsClaimed() throws Exception {
        for (Map.Entry<String, List<String>> tree : ExportTrees.except("TikTok", "TikTok text").entrySet()) {
            Recognition r = recognise(tree.getValue().toArray(String[]::new));
            assertThat(r.confidence()).as(tree.getKey()).isLessThan(0.2);
        }
    }
}
