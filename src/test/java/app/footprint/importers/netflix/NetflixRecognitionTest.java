package app.footprint.importers.netflix;

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

class NetflixRecognitionTest {
    @TempDir
    Path dir;

    private final NetflixImporter importer = new NetflixImporter();

    private Recognition recognise(ZipBuilder zip) throws Exception {
        Path file = zip.writeTo(dir.resolve("export-" + System.nanoTime() + ".zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            return importer.recognise(tree);
        }
    }

    private static ZipBuilder report(String wrapper) {
        return new ZipBuilder()
                .add(wrapper + "ACCOUNT/AccountDetails.csv", "\"First Name\"\n")
                .add(wrapper + "CONTENT_INTERACTION/ViewingActivity.csv", "Profile Name,Start Time\n")
                .add(wrapper + "CONTENT_INTERACTION/Ratings.txt", "There is no data for this category.")
                .add(wrapper + "DEVICES/Devices.csv", "Profile Name\n")
                .add(wrapper + "IP_ADDRESSES/IpAddressesLogin.csv", "Ip\n")
                .add(wrapper + "PAYMENT_AND_BILLING/BillingHistory.csv", "Transaction Date\n")
                .add(wrapper + "PROFILES/Profiles.csv", "\"Profile Name\"\n")
                .add(wrapper + "Cover sheet.pdf", "%PDF");
    }

    @Test
    void theFullReportIsCertain() throws Exception {
        Recognition r = recognise(report(""));

        assertThat(r.confidence()).isCloseTo(1.0, within(1e-9));
        assertThat(r.kind()).isEqualTo("account data");
        assertThat(r.layout()).isEqualTo("netflix-report folders");
        assertThat(r.language()).isNull();
    }

    @Test
    void theReportInAWrapperFolderIsTheSame() throws Exception {
        Recognition r = recognise(report("netflix-report/"));

        assertThat(r.confidence()).isCloseTo(1.0, within(1e-9));
        assertThat(r.kind()).isEqualTo("account data");
    }

    @Test
    void oneSubjectFolderWithItsFileIsEnoughWithoutTheCoverSheet() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("CONTENT_INTERACTION/IndicatedPreferences.csv", "Profile Name,Show\n")
                .add("CONTENT_INTERACTION/MyList.csv", "Profile Name,Title Name\n"));

        assertThat(r.recognised()).isTrue();
        assertThat(r.confidence()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theViewingHistoryDownloadIsItsOwnKind() throws Exception {
        Recognition r = recognise(new ZipBuilder().add("NetflixViewingHistory.csv", "Title,Date\n"));

        assertThat(r.confidence()).isCloseTo(0.8, within(1e-9));
        assertThat(r.kind()).isEqualTo("viewing history download");
        assertThat(r.layout()).isEqualTo("NetflixViewingHistory.csv");
    }

    @Test
    void aViewingHistoryAmongManyOtherFilesIsNotClaimed() throws Exception {
        ZipBuilder zip = new ZipBuilder().add("Takeout/Drive/NetflixViewingHistory.csv", "Title,Date\n");
        for (int i = 0; i < 5; i++) {
            zip.add("Takeout/Drive/notes-" + i + ".txt", "x");
        }
        assertThat(recognise(zip).recognised()).isFalse();
    }

    @Test
    void otherServicesAreNotNetflix() throws Exception {
        for (Map.Entry<String, ZipBuilder> other : ServiceTrees.except("netflix").entrySet()) {
            Recognition r = recognise(other.getValue());
            assertThat(r.confidence()).as(other.getKey()).isLessThan(0.2);
        }
    }

    @Test
    void lowerCaseFoldersOfTheSameNamesAreNotNetflix() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("account/user.json", "{}")
                .add("messages/index.json", "{}")
                .add("content_interaction/notes.csv", "a\n"));

        assertThat(r.recognised()).isFalse();
    }
}
