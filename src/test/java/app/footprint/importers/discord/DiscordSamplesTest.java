package app.footprint.importers.discord;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveEntry;
import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.importers.Recognition;
import app.footprint.testing.Fixtures;
import app.footprint.testing.ZipBuilder;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared samples hold no Discord package (none is public, FORMATS.md section 18), so the conformance run
 * checks the other side: no real sample of another service, and no file listed in the structure inventories
 * and the Reddit file list, is taken for Discord or read by a Discord parser.
 */
class DiscordSamplesTest {
    @TempDir
    Path dir;

    private final DiscordImporter importer = new DiscordImporter();

    @Test
    void noSharedSampleFolderOfAnotherServiceIsDiscord() throws IOException {
        Assumptions.assumeTrue(Fixtures.present(), "the shared research fixtures are not next to this checkout");
        List<Path> samples = new ArrayList<>();
        try (Stream<Path> services = Files.list(Fixtures.root())) {
            for (Path service : services.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> tags = Files.list(service)) {
                    tags.filter(Files::isDirectory).sorted().forEach(samples::add);
                }
            }
        }
        // amazon, facebook, google ×2, instagram ×2, linkedin, netflix, reddit, spotify, tiktok, inventories
        assertThat(samples).hasSize(12);
        int files = 0;
        for (Path sample : samples) {
            try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(sample, ArchiveLimits.defaults())))) {
                Recognition r = importer.recognise(tree);
                assertThat(r.confidence()).as(sample.toString()).isLessThan(0.2);
                for (ArchiveEntry entry : tree.entries()) {
                    assertThat(importer.parserFor(entry.path())).as(entry.path()).isEmpty();
                    files++;
                }
            }
        }
        assertThat(files).isEqualTo(34);
    }

    @Test
    void everyFileOfTheFacebookAndXInventoriesAndOfARedditExportIsNotDiscord() throws IOException {
        Set<String> facebook = column(Fixtures.file("_structure-inventories/whatif/FB_Merged_structures.csv"), "file_path");
        Set<String> x = column(Fixtures.file("_structure-inventories/whatif/X_Merged_structures.csv"), "file_path");
        Set<String> reddit = column(Fixtures.file("reddit/lyststen-2024/checkfile.csv"), "filename");
        assertThat(facebook).hasSize(221);
        assertThat(x).hasSize(79);
        assertThat(reddit).hasSize(34);

        for (Set<String> paths : List.of(facebook, x, reddit)) {
            ZipBuilder zip = new ZipBuilder();
            for (String path : paths) {
                assertThat(importer.parserFor(path)).as(path).isEmpty();
                zip.add(path, "{}");
            }
            Path file = zip.writeTo(dir.resolve("inventory-" + paths.size() + ".zip"));
            try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
                assertThat(importer.recognise(tree).confidence()).isLessThan(0.2);
            }
        }
    }

    private static Set<String> column(Path csv, String name) throws IOException {
        Set<String> values = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                values.add(row.get(name));
            }
        }
        return values;
    }
}
