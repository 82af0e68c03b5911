package app.footprint.importers.reddit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.importers.Recognition;
import app.footprint.testing.ServiceTrees;
import app.footprint.testing.ZipBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedditRecognitionTest {
    @TempDir
    Path dir;

    private final RedditImporter importer = new RedditImporter();

    private Recognition recognise(ZipBuilder zip) throws Exception {
        Path file = zip.writeTo(dir.resolve("export-" + System.nanoTime() + ".zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            return importer.recognise(tree);
        }
    }

    @Test
    void the2024ExportWithItsCheckfile() throws Exception {
        Recognition r = recognise(ServiceTrees.reddit());

        assertThat(r.confidence()).isCloseTo(0.95, within(1e-9));
        assertThat(r.kind()).isEqualTo("account data");
        assertThat(r.layout()).isEqualTo("flat CSV files with checkfile.csv");
        assertThat(r.language()).isNull();
    }

    @Test
    void anOlderExportWithoutCheckfileInAWrapperFolder() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("export_jana_20220101/comments.csv", "x")
                .add("export_jana_20220101/posts.csv", "x")
                .add("export_jana_20220101/post_votes.csv", "x")
                .add("export_jana_20220101/comment_votes.csv", "x")
                .add("export_jana_20220101/subscribed_subreddits.csv", "x")
                .add("export_jana_20220101/ip_logs.csv", "x"));

        assertThat(r.confidence()).isCloseTo(0.9, within(1e-9));
        assertThat(r.layout()).isEqualTo("flat CSV files without checkfile.csv");
    }

    @Test
    void anExportWithLargeTablesSplitIntoParts() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("checkfile.csv", "x")
                .add("post_votes_1.csv", "x").add("post_votes_2.csv", "x")
                .add("comments.csv", "x"));

        assertThat(r.confidence()).isCloseTo(0.8, within(1e-9));
        assertThat(r.layout()).isEqualTo("flat CSV files, large tables split into parts");
    }

    @Test
    void genericNamesAloneAreNotReddit() throws Exception {
        assertThat(recognise(new ZipBuilder().add("posts.csv", "x").add("comments.csv", "x").add("messages.csv", "x")
                .add("statistics.csv", "x")).recognised()).isFalse();
        assertThat(recognise(new ZipBuilder().add("subscribed_subreddits.csv", "x")).confidence())
                .isCloseTo(0.5, within(1e-9));
    }

    @Test
    void noOtherServicesExportIsReddits() throws Exception {
        for (Map.Entry<String, ZipBuilder> tree : ServiceTrees.all().entrySet()) {
            if (!tree.getKey().equals("reddit")) {
                assertThat(recognise(tree.getValue()).confidence()).as(tree.getKey()).isLessThan(0.2);
            }
        }
    }
}
