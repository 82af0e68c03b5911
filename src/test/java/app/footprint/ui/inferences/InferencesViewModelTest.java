package app.footprint.ui.inferences;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.analysis.ProfileUpdater;
import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.Service;
import app.footprint.store.Database;
import app.footprint.store.InferenceStore;
import app.footprint.ui.common.SameThreadTaskRunner;
import app.footprint.ui.common.TaskRunner;
import app.footprint.ui.testing.DeferredTaskRunner;
import app.footprint.ui.testing.ProfileFixture;
import app.footprint.ui.testing.RecordingNavigation;
import app.footprint.ui.testing.TestData.ExportBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InferencesViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private final RecordingNavigation navigation = new RecordingNavigation();
    private final List<String> copied = new ArrayList<>();

    @BeforeEach
    void openDatabase() {
        db = Database.open(dir.resolve("footprint.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private InferencesViewModel model(TaskRunner tasks) {
        InferenceSource source = new InferenceSource(db, ProfileUpdater.standard());
        return new InferencesViewModel(source, tasks, new InferenceDetailModel(source, tasks, navigation, copied::add));
    }

    private static List<String> labels(InferencesViewModel model) {
        return model.inferences().stream().map(e -> ((InferenceEntry.Row) e).stored().inference().label()).toList();
    }

    private static InferenceEntry row(InferencesViewModel model, String label) {
        return model.inferences().stream()
                .filter(e -> ((InferenceEntry.Row) e).stored().inference().label().equals(label))
                .findFirst().orElseThrow();
    }

    @Test
    void anEmptyDatabaseGivesAHintToImport() {
        InferencesViewModel model = model(new SameThreadTaskRunner());

        model.open();

        assertThat(model.analysingProperty().get()).isFalse();
        assertThat(model.inferences()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Nothing has been imported yet.");
        assertThat(model.countTextProperty().get()).isEqualTo("0 conclusions");
    }

    @Test
    void openingAnalysesAStaleProfileInTheBackgroundFirst() {
        new ExportBuilder(Service.SPOTIFY, "my_spotify_data.zip")
                .item(Category.LISTENING, Instant.parse("2024-03-02T18:00:00Z"), "Song", "history.json", 0).writeTo(db);
        assertThat(new InferenceStore(db).analysedState()).as("never analysed").isEmpty();
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        InferencesViewModel model = model(tasks);

        model.open();
        assertThat(model.analysingProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Analysing your data…");
        assertThat(tasks.pending()).isEqualTo(1);
        tasks.runAll();

        assertThat(model.analysingProperty().get()).isFalse();
        assertThat(new InferenceStore(db).analysedState()).as("analysed on opening").isPresent();
        assertThat(model.statusProperty().get()).isNotEqualTo("Analysing your data…");
    }

    @Test
    void aCurrentProfileIsListedAsStoredWithoutAnalysingAgain() {
        ProfileFixture.write(db);
        InferencesViewModel model = model(new SameThreadTaskRunner());

        model.open();

        assertThat(model.statusProperty().get()).isEmpty();
        // Companies in the order of the services, each in the analysis's order, combined ones last.
        assertThat(labels(model)).containsExactly("Home near Zschochersche Straße", "Usually asleep 23:00–07:00",
                "Hiking", "Pregnancy", "Tom", "Expecting a baby", "Home, routine and a coming baby");
        assertThat(model.countTextProperty().get()).isEqualTo("7 conclusions");
        assertThat(model.companies()).extracting(FilterChoice::label)
                .containsExactly("All companies", "Google", "Facebook", "Amazon", "Across companies");
        assertThat(model.origins()).extracting(FilterChoice::label)
                .containsExactly("Stated and derived", "Stated by the company", "Implied by your data");
        assertThat(model.topics()).extracting(FilterChoice::label).containsExactly("All topics", "Hiking", "Pregnancy");
    }

    @Test
    void filtersCombineAndTheCountSaysWhatTheyShow() {
        ProfileFixture.write(db);
        InferencesViewModel model = model(new SameThreadTaskRunner());
        model.open();

        model.sensitiveOnlyProperty().set(true);
        assertThat(labels(model)).containsExactly("Home near Zschochersche Straße", "Pregnancy", "Expecting a baby",
                "Home, routine and a coming baby");
        assertThat(model.countTextProperty().get()).isEqualTo("Showing 4 of 7 conclusions");

        model.companyProperty().set(model.companies().get(4));
        assertThat(labels(model)).containsExactly("Home, routine and a coming baby");

        model.sensitiveOnlyProperty().set(false);
        model.companyProperty().set(model.companies().get(2));
        model.originProperty().set(model.origins().get(1));
        assertThat(labels(model)).containsExactly("Hiking", "Pregnancy");

        model.originProperty().set(model.origins().get(2));
        assertThat(labels(model)).containsExactly("Tom");

        model.companyProperty().set(model.companies().get(0));
        model.originProperty().set(model.origins().get(0));
        model.topicProperty().set(model.topics().get(2));
        assertThat(labels(model)).containsExactly("Pregnancy", "Expecting a baby", "Home, routine and a coming baby");
        assertThat(model.countTextProperty().get()).isEqualTo("Showing 3 of 7 conclusions");
    }

    @Test
    void choosingOneShowsItAtOnceAndItsEvidenceOnceRead() {
        ProfileFixture.write(db);
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        InferencesViewModel model = model(tasks);
        model.open();
        tasks.runAll();
        InferenceDetailModel detail = model.detail();

        model.select(row(model, "Expecting a baby"));

        assertThat(detail.inferenceProperty().get().label()).isEqualTo("Expecting a baby");
        assertThat(detail.evidence()).isEmpty();
        assertThat(detail.evidenceTextProperty().get()).isEqualTo("Reading the evidence…");
        tasks.runAll();
        assertThat(detail.evidence()).extracting(Evidence::label).containsExactly("Unscented body lotion", "Cotton balls");
        assertThat(detail.evidence()).extracting(Evidence::path)
                .containsOnly("Retail.OrderHistory.1/Retail.OrderHistory.1.csv");
        assertThat(detail.evidenceLoadedProperty().get()).isTrue();
        assertThat(detail.evidenceTextProperty().get()).isEqualTo("Rests on 5 records; the 2 most telling are listed");
        assertThat(detail.inferenceProperty().get().sensitiveWhy()).isEqualTo(ProfileFixture.BABY_WHY);
    }

    @Test
    void evidenceArrivingAfterAnotherChoiceIsIgnored() {
        ProfileFixture.write(db);
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        InferencesViewModel model = model(tasks);
        model.open();
        tasks.runAll();

        model.select(row(model, "Expecting a baby"));
        model.select(row(model, "Tom"));
        tasks.runNext(); // the baby's evidence arrives late
        assertThat(model.detail().evidence()).isEmpty();
        tasks.runAll();

        assertThat(model.detail().inferenceProperty().get().label()).isEqualTo("Tom");
        assertThat(model.detail().evidence()).extracting(Evidence::label).containsExactly("Chat with Tom", "Chat with Tom");
    }

    @Test
    void eachKindOfEvidenceLeadsToTheRecordsItStandsFor() {
        ProfileFixture.write(db);
        InferencesViewModel model = model(new SameThreadTaskRunner());
        model.open();
        InferenceDetailModel detail = model.detail();
        model.select(row(model, "Expecting a baby"));
        assertThat(detail.evidence().get(0).label()).isEqualTo("Unscented body lotion");
        long lotion = detail.evidence().get(0).ref();

        for (String label : List.of("Expecting a baby", "Home near Zschochersche Straße", "Hiking",
                "Home, routine and a coming baby")) {
            model.select(row(model, label));
            detail.openEvidence(detail.evidence().get(0));
        }

        assertThat(navigation.requests).containsExactly("company amazon RECORDS PURCHASES record " + lotion,
                "company google RECORDS LOCATIONS", "company facebook STATED", "company amazon PROFILE");
    }

    @Test
    void anItemNoLongerStoredSaysSoInsteadOfNavigating() {
        ProfileFixture.write(db);
        InferencesViewModel model = model(new SameThreadTaskRunner());
        model.open();
        model.select(row(model, "Tom"));

        model.detail().openEvidence(new Evidence(Evidence.Kind.ITEM, 999_999, Service.FACEBOOK, null, "gone", "x.json", 1));

        assertThat(navigation.requests).isEmpty();
        assertThat(model.detail().messageProperty().get()).startsWith("This record is no longer in the database");
    }

    @Test
    void challengeCopiesASummaryOfTheConclusionAndItsFiles() {
        ProfileFixture.write(db);
        InferencesViewModel model = model(new SameThreadTaskRunner());
        model.open();
        model.select(row(model, "Expecting a baby"));

        model.detail().challenge();

        assertThat(copied).hasSize(1);
        String text = copied.get(0);
        assertThat(text).startsWith("Conclusion: Expecting a baby (Life events)\nCompany: Amazon (Amazon)\n"
                + "Origin: Implied by your data\nTopic: Pregnancy\n");
        assertThat(text).contains("Sensitive: Pregnancy and parenting. " + ProfileFixture.BABY_WHY + "\n",
                "How sure: likely (72%).\n",
                "What it rests on: A retailer could have concluded you were expecting a baby around January 2024.\n",
                "Rests on 5 records; the 2 most telling are listed:\n- Unscented body lotion (",
                "- Cotton balls (");
        assertThat(text).endsWith("Files in the export:\n- Retail.OrderHistory.1/Retail.OrderHistory.1.csv (Amazon export)\n");
        assertThat(model.detail().messageProperty().get()).isEqualTo("Copied a summary of “Expecting a baby” to the "
                + "clipboard: paste it into an objection or a request for correction to Amazon.");
    }

    @Test
    void aCombinedConclusionNamesTheCompaniesItRestsOn() {
        List<Inference> stored = ProfileFixture.write(db);
        Inference combined = stored.get(stored.size() - 1);

        String text = InferenceWords.challenge(combined);

        assertThat(text).contains("Company: Across companies — Google, Meta Platforms, Amazon\n");
        assertThat(InferenceWords.sources(combined)).isEqualTo("From the data of Google, Facebook and Amazon");
        assertThat(InferenceWords.company(combined)).isEqualTo("Across companies");
    }

    @Test
    void aResultArrivingAfterTheScreenWasLeftIsIgnored() {
        ProfileFixture.write(db);
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        InferencesViewModel model = model(tasks);
        model.open();

        model.close();
        tasks.runAll();

        assertThat(model.inferences()).isEmpty();
    }
}
