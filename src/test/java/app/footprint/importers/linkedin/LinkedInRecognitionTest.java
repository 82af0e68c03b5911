package app.footprint.importers.linkedin;

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

class LinkedInRecognitionTest {
    @TempDir
    Path dir;

    private final LinkedInImporter importer = new LinkedInImporter();

    private Recognition recognise(ZipBuilder zip) throws Exception {
        Path file = zip.writeTo(dir.resolve("export-" + System.nanoTime() + ".zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            return importer.recognise(tree);
        }
    }

    @Test
    void aBasicArchiveHoldsProfileNetworkAndMessagesOnly() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("Connections.csv", "x").add("Invitations.csv", "x").add("messages.csv", "x")
                .add("Profile.csv", "x").add("Positions.csv", "x").add("Education.csv", "x").add("Skills.csv", "x"));

        assertThat(r.confidence()).isCloseTo(0.9, within(1e-9));
        assertThat(r.kind()).isEqualTo("basic archive");
        assertThat(r.layout()).isEqualTo("plain file names");
        assertThat(r.language()).isNull();
    }

    @Test
    void aCompleteArchiveAddsInferencesTargetingAndActivity() throws Exception {
        Recognition r = recognise(ServiceTrees.linkedIn().add("SearchQueries.csv", "x").add("Logins.csv", "x")
                .add("Jobs/Job Applications.csv", "x").add("Articles/Articles/a.html", "<html>"));

        assertThat(r.confidence()).isCloseTo(0.9, within(1e-9));
        assertThat(r.kind()).isEqualTo("complete archive");
        assertThat(r.layout()).isEqualTo("plain file names");
    }

    @Test
    void the2026ArchiveWithNumberedFilesInAWrapperFolder() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("Complete_LinkedInDataExport_01-15-2026/Connections.csv", "x")
                .add("Complete_LinkedInDataExport_01-15-2026/Comments_1234567.csv", "x")
                .add("Complete_LinkedInDataExport_01-15-2026/Reactions_1234567.csv", "x")
                .add("Complete_LinkedInDataExport_01-15-2026/Inferences_about_you.csv", "x"));

        assertThat(r.confidence()).isCloseTo(0.75, within(1e-9));
        assertThat(r.kind()).isEqualTo("complete archive");
        assertThat(r.layout()).isEqualTo("numbered file names");
    }

    @Test
    void oneDistinctiveFileIsEnoughButGenericNamesAloneAreNot() throws Exception {
        assertThat(recognise(new ZipBuilder().add("Connections.csv", "x")).confidence()).isCloseTo(0.5, within(1e-9));
        assertThat(recognise(new ZipBuilder().add("Profile.csv", "x").add("messages.csv", "x")
                .add("Skills.csv", "x")).recognised()).isFalse();
    }

    @Test
    void aLinkedInLookingFileAmongManyOthersIsNotAnExport() throws Exception {
        ZipBuilder zip = new ZipBuilder();
        for (int i = 0; i < 60; i++) {
            zip.add("photos/" + i + ".jpg", "jpg");
        }
        zip.add("contacts/Connections.csv", "x");

        assertThat(recognise(zip).recognised()).isFalse();
    }

    @Test
    void noOtherServicesExportIsLinkedIns() throws Exception {
        for (Map.Entry<String, ZipBuilder> tree : ServiceTrees.all().entrySet()) {
            if (!tree.getKey().equals("linkedin")) {
                assertThat(recognise(tree.getValue()).confidence()).as(tree.getKey()).isLessThan(0.2);
            }
        }
    }
}
