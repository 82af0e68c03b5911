package app.footprint.importers.amazon;

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

class AmazonRecognitionTest {
    @TempDir
    Path dir;

    private final AmazonImporter importer = new AmazonImporter();

    private Recognition recognise(ZipBuilder zip) throws Exception {
        Path file = zip.writeTo(dir.resolve("export-" + System.nanoTime() + ".zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            return importer.recognise(tree);
        }
    }

    @Test
    void eachZipOfAnExportIsRecognisedAloneWithTheSameKind() throws Exception {
        Recognition orders = recognise(new ZipBuilder()
                .add("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", "\"Website\"\n")
                .add("Retail.OrderHistory.1/Retail.OrderHistory.1.Description.pdf", "%PDF")
                .add("Retail.CartItems.1/Retail.CartItems.1.csv", "\"DateAddedToCart\"\n")
                .add("Retail.Search-Data/Search-Data.Retail.Customer-Engagement.csv", "Keywords\n"));
        Recognition advertising = recognise(new ZipBuilder()
                .add("Advertising.1/Advertising.AmazonAudiences.csv", "Amazon Audiences in which you are included\n")
                .add("Advertising.1/Advertising.OptOut.csv", "Interest based ads opt out setting per marketplace\n")
                .add("Advertising.2/Advertising.3PAudiences.csv", "Audiences in which you are included via 3rd Parties\n"));
        Recognition digital = recognise(new ZipBuilder()
                .add("Digital-Ordering.1/Digital Items.csv", "\"ASIN\"\n")
                .add("Digital-Ordering.1/Digital Orders.csv", "\"OrderId\"\n"));

        assertThat(orders.confidence()).isCloseTo(0.9, within(1e-9));
        assertThat(advertising.confidence()).as("one dataset in two marketplaces").isCloseTo(0.6, within(1e-9));
        assertThat(digital.confidence()).isCloseTo(0.6, within(1e-9));
        assertThat(List.of(orders, advertising, digital)).extracting(Recognition::kind).containsOnly("account data");
        assertThat(orders.layout()).isEqualTo("dataset folders (Retail.OrderHistory.1/…)");
        assertThat(orders.language()).isNull();
    }

    @Test
    void aWrapperFolderChangesNothing() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("Your Orders/Retail.OrderHistory.2/Retail.OrderHistory.2.csv", "\"Website\"\n")
                .add("Your Orders/Retail.CartItems.2/Retail.CartItems.2.csv", "\"DateAddedToCart\"\n"));

        assertThat(r.confidence()).isCloseTo(0.8, within(1e-9));
        assertThat(r.kind()).isEqualTo("account data");
    }

    @Test
    void theNewerYourFoldersLayoutIsRecognised() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("Your Amazon Orders/Order History.csv", "\"Website\"\n")
                .add("Your Prime Video Viewing Activity/Viewing History.csv", "Title\n")
                .add("Your Prime Video Viewing Activity/Search History.csv", "Search Query from Customer\n"));

        assertThat(r.confidence()).isCloseTo(0.8, within(1e-9));
        assertThat(r.layout()).isEqualTo("\"Your …\" folders");
    }

    @Test
    void aZipOfAlexasRecordingsAloneIsRecognised() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("Alexa/Audio/2023-08-01T07_15_02.123Z_request.wav", "RIFF")
                .add("Alexa/Audio/2023-08-02T07_15_02.123Z_request.wav", "RIFF"));

        assertThat(r.confidence()).isCloseTo(0.6, within(1e-9));
        assertThat(r.kind()).isEqualTo("account data");
    }

    @Test
    void otherServicesAreNotAmazon() throws Exception {
        for (Map.Entry<String, ZipBuilder> other : ServiceTrees.except("amazon").entrySet()) {
            Recognition r = recognise(other.getValue());
            assertThat(r.confidence()).as(other.getKey()).isLessThan(0.2);
        }
    }

    @Test
    void oneAmazonLookingFolderAmongManyFilesIsNotEnough() throws Exception {
        ZipBuilder zip = new ZipBuilder().add("backup/Retail.OrderHistory.1/Retail.OrderHistory.1.csv", "\"Website\"\n");
        for (int i = 0; i < 100; i++) {
            zip.add("backup/photos/" + i + ".jpg", "x");
        }
        assertThat(recognise(zip).recognised()).isFalse();
    }

    @Test
    void datasetNamesDropTheirMarketplaceNumbers() {
        assertThat(AmazonRecognition.datasetName("Retail.OrderHistory.2")).isEqualTo("Retail.OrderHistory");
        assertThat(AmazonRecognition.datasetName("Amazon.Lists.Wishlist.2.1")).isEqualTo("Amazon.Lists.Wishlist");
        assertThat(AmazonRecognition.datasetName("Digital-Ordering.1")).isEqualTo("Digital-Ordering");
        assertThat(AmazonRecognition.datasetName("ads_information")).isNull();
        assertThat(AmazonRecognition.datasetName("Photos")).isNull();
        assertThat(AmazonRecognition.isDatasetFile("Retail.Search-Data", "Search-Data.Retail.Customer-Engagement.csv")).isTrue();
        assertThat(AmazonRecognition.isDatasetFile("Advertising.1", "Advertising.OptOut.csv")).isTrue();
        assertThat(AmazonRecognition.isDatasetFile("Advertising.1", "notes.csv")).isFalse();
    }
}
