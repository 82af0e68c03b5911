package app.footprint.ui.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.ItemRow;
import app.footprint.model.Service;
import app.footprint.model.SourceRef;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.ItemQueries;
import app.footprint.analysis.ProfileUpdater;
import app.footprint.ui.common.CompanyFocus;
import app.footprint.ui.common.PagedList;
import app.footprint.ui.common.SameThreadTaskRunner;
import app.footprint.ui.common.TaskRunner;
import app.footprint.ui.inferences.InferenceDetailModel;
import app.footprint.ui.inferences.InferenceSource;
import app.footprint.ui.inferences.ProfileModel;
import app.footprint.ui.testing.DeferredTaskRunner;
import app.footprint.ui.testing.RecordingNavigation;
import app.footprint.ui.testing.TestData.ExportBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompanyViewModelTest {
    private static final Instant FIRST_MESSAGE = Instant.parse("2015-01-15T12:00:00Z");
    private static final int MESSAGES = 450;

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void fill() {
        db = Database.open(dir.resolve("footprint.db"));
        ExportBuilder facebook = new ExportBuilder(Service.FACEBOOK, "facebook-jana.zip")
                .exportedAt(Instant.parse("2024-03-12T12:00:00Z"));
        for (int i = 0; i < MESSAGES; i++) {
            facebook.item(new Item(Category.MESSAGES, FIRST_MESSAGE.plusSeconds(86_400L * i), false, "message " + i,
                    "text " + i, Map.of("sender", "Tom"), new SourceRef("messages/inbox/tom/message_1.json", i)));
        }
        facebook.item(Category.SEARCHES, Instant.parse("2020-05-15T12:00:00Z"), "running shoes", "search.json", 0)
                .inference(InferenceKind.AD_INTEREST, "Running", Map.of(), "ads_interests.json", 0)
                .inference(InferenceKind.AD_INTEREST, "Baby products", Map.of(), "ads_interests.json", 1)
                .inference(InferenceKind.AD_INTEREST, "Running", Map.of(), "ads_interests.json", 2)
                .inference(InferenceKind.ADVERTISER, "Shoe Shop", Map.of("has_data_file_custom_audience", "true",
                        "has_remarketing_custom_audience", "true", "has_in_person_store_visit", "false"),
                        "advertisers.json", 0)
                .inference(InferenceKind.OFF_SITE_ACTIVITY, "Baby Store", Map.of("events", "21",
                        "types", "PURCHASE 19, PAGE_VIEW 2"), "off_meta.json", 0)
                .writeTo(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CompanyViewModel model(Service service) {
        return model(service, CompanyFocus.START, new SameThreadTaskRunner());
    }

    private CompanyViewModel model(Service service, CompanyFocus focus, TaskRunner tasks) {
        InferenceSource source = new InferenceSource(db, ProfileUpdater.standard());
        ProfileModel profile = new ProfileModel(service, source, tasks,
                new InferenceDetailModel(source, tasks, new RecordingNavigation(), text -> { }));
        return new CompanyViewModel(service, focus, new CompanyQueries(db), new ItemQueries(db), profile, tasks);
    }

    @Test
    void describesTheCompanyAndItsKindsOfData() {
        CompanyViewModel model = model(Service.FACEBOOK);

        model.open();

        assertThat(model.titleProperty().get()).isEqualTo("Facebook");
        assertThat(model.subtitleProperty().get()).isEqualTo("Meta Platforms · 451 items · Jan 2015 – May 2020");
        assertThat(model.sourcesProperty().get()).isEqualTo("From facebook-jana.zip (made Mar 2024)");
        assertThat(model.kinds()).extracting(KindLine::kind, KindLine::count, KindLine::span).containsExactly(
                tuple("Messages", "450", "Jan 2015 – Apr 2016"),
                tuple("Searches", "1", "May 2020"));
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void groupsTheStatedInferencesByKindWithRepeatsFoldedAndFlagsInWords() {
        CompanyViewModel model = model(Service.FACEBOOK);

        model.open();

        assertThat(model.statedHeadlineProperty().get()).isEqualTo("Facebook states 4 things about you");
        assertThat(model.groups()).extracting(InferenceGroup::kind).containsExactly(
                InferenceKind.AD_INTEREST, InferenceKind.ADVERTISER, InferenceKind.OFF_SITE_ACTIVITY);
        InferenceGroup interests = model.groups().get(0);
        assertThat(interests.title()).isEqualTo("Ad interests");
        assertThat(interests.count()).isEqualTo(2);
        assertThat(interests.plain()).isTrue();
        assertThat(interests.lines()).extracting(InferenceLine::value, InferenceLine::repeats).containsExactly(
                tuple("Running", "listed 2×"),
                tuple("Baby products", null));

        InferenceLine advertiser = model.groups().get(1).lines().get(0);
        assertThat(advertiser.value()).isEqualTo("Shoe Shop");
        assertThat(advertiser.badges()).containsExactly("uploaded a list with your details", "retargeting");
        assertThat(model.groups().get(1).plain()).isFalse();

        InferenceLine offSite = model.groups().get(2).lines().get(0);
        assertThat(offSite.details()).contains("21 events").contains("purchase 19, page view 2");
    }

    @Test
    void theItemBrowserShowsTheBiggestKindNewestFirstReadingOnlyThePagesAskedFor() {
        CompanyViewModel model = model(Service.FACEBOOK);

        model.open();

        assertThat(model.chosenKindProperty().get().category()).isEqualTo(Category.MESSAGES);
        assertThat(model.rowsTextProperty().get()).isEqualTo("450 records, newest first");
        ObservableList<ItemRow> rows = model.rowsProperty().get();
        assertThat(rows).isInstanceOf(PagedList.class).hasSize(MESSAGES);
        PagedList<ItemRow> paged = (PagedList<ItemRow>) rows;
        assertThat(paged.isLoaded(0)).as("nothing is read before a row is asked for").isFalse();

        ItemRow newest = rows.get(0);
        assertThat(newest.title()).isEqualTo("message 449");
        assertThat(newest.source()).isEqualTo(new SourceRef("messages/inbox/tom/message_1.json", 449));
        assertThat(paged.isLoaded(CompanyViewModel.PAGE_SIZE)).as("only the first page was read").isFalse();
        assertThat(rows.get(MESSAGES - 1).title()).isEqualTo("message 0");
    }

    @Test
    void choosingAnotherKindShowsItsRecords() {
        CompanyViewModel model = model(Service.FACEBOOK);
        model.open();

        model.choose(model.kinds().get(1));

        assertThat(model.chosenKindProperty().get().category()).isEqualTo(Category.SEARCHES);
        assertThat(model.rowsTextProperty().get()).isEqualTo("1 record");
        assertThat(model.rowsProperty().get()).extracting(ItemRow::title).containsExactly("running shoes");
    }

    @Test
    void opensOnTheKindOfDataAskedFor() {
        CompanyViewModel model = model(Service.FACEBOOK, CompanyFocus.records(Category.SEARCHES), new SameThreadTaskRunner());

        model.open();

        assertThat(model.chosenKindProperty().get().category()).isEqualTo(Category.SEARCHES);
        assertThat(model.rowsProperty().get()).extracting(ItemRow::title).containsExactly("running shoes");
        assertThat(model.focus()).isEqualTo(CompanyFocus.records(Category.SEARCHES));
    }

    @Test
    void aKindTheCompanyDoesNotHoldOpensOnItsLargestKind() {
        CompanyViewModel model = model(Service.FACEBOOK, CompanyFocus.records(Category.LOCATIONS), new SameThreadTaskRunner());

        model.open();

        assertThat(model.chosenKindProperty().get().category()).isEqualTo(Category.MESSAGES);
    }

    @Test
    void theProfileIsReadWithTheCompany() {
        CompanyViewModel model = model(Service.FACEBOOK);

        model.open();

        // Opening the company analyses the imported test export first (nothing was analysed yet).
        assertThat(model.profile().headlineProperty().get())
                .isEqualTo("5 conclusions about you: 4 stated by Facebook, 1 implied by its data");
    }

    @Test
    void aCountArrivingAfterAnotherKindWasChosenIsIgnored() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        CompanyViewModel model = model(Service.FACEBOOK, CompanyFocus.START, tasks);
        model.open();
        tasks.runNext(); // the company is read; the count of messages is asked for
        KindLine searches = model.kinds().get(1);

        model.choose(searches);
        tasks.runAll();

        assertThat(model.chosenKindProperty().get()).isEqualTo(searches);
        assertThat(model.rowsProperty().get()).hasSize(1);
    }

    @Test
    void opensOnTheRecordFollowedWithItsRowToSelect() {
        long message100 = messageId("message 100");
        CompanyViewModel model = model(Service.FACEBOOK, CompanyFocus.record(Category.MESSAGES, message100),
                new SameThreadTaskRunner());

        model.open();

        assertThat(model.chosenKindProperty().get().category()).isEqualTo(Category.MESSAGES);
        assertThat(model.followedRowProperty().get()).as("349 newer messages come before it").isEqualTo(349);
        PagedList<ItemRow> rows = (PagedList<ItemRow>) model.rowsProperty().get();
        assertThat(rows.isLoaded(349)).as("its page is read before the row is given to select").isTrue();
        assertThat(rows.isLoaded(0)).as("and only that page").isFalse();
        assertThat(rows.get(349).id()).isEqualTo(message100);
        assertThat(rows.get(349).title()).isEqualTo("message 100");
        assertThat(model.rowsTextProperty().get()).isEqualTo("450 records, newest first");
    }

    @Test
    void aRecordFromAnOlderSnapshotOpensOnItsKindAndSaysSo() {
        Export older = new ExportBuilder(Service.FACEBOOK, "facebook-jana-2023.zip")
                .exportedAt(Instant.parse("2023-01-10T12:00:00Z"))
                .item(Category.MESSAGES, Instant.parse("2022-12-24T18:00:00Z"), "old message", "messages/old.json", 0)
                .writeTo(db);
        long oldMessage = new ItemQueries(db).page(List.of(older), Category.MESSAGES, 0, 1).get(0).id();
        CompanyViewModel model = model(Service.FACEBOOK, CompanyFocus.record(Category.MESSAGES, oldMessage),
                new SameThreadTaskRunner());

        model.open();

        assertThat(model.chosenKindProperty().get().category()).isEqualTo(Category.MESSAGES);
        assertThat(model.rowsProperty().get()).hasSize(MESSAGES);
        assertThat(model.followedRowProperty().get()).isEqualTo(-1);
        assertThat(model.rowsTextProperty().get()).isEqualTo("450 records, newest first. The record you followed is "
                + "not among them: it is kept in another export of Facebook, such as an older snapshot.");
    }

    @Test
    void theRecordFollowedIsSelectedOnlyOnFirstShowingItsKind() {
        CompanyViewModel model = model(Service.FACEBOOK, CompanyFocus.record(Category.MESSAGES, messageId("message 0")),
                new SameThreadTaskRunner());
        model.open();
        assertThat(model.followedRowProperty().get()).isEqualTo(MESSAGES - 1);

        model.choose(model.kinds().get(1));
        assertThat(model.followedRowProperty().get()).isEqualTo(-1);
        model.choose(model.kinds().get(0));

        assertThat(model.followedRowProperty().get()).isEqualTo(-1);
        assertThat(model.rowsTextProperty().get()).isEqualTo("450 records, newest first");
    }

    @Test
    void theRecordFollowedIsNotSelectedWhenAnotherKindWasChosenMeanwhile() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        CompanyViewModel model = model(Service.FACEBOOK, CompanyFocus.record(Category.MESSAGES, messageId("message 7")),
                tasks);
        model.open();
        tasks.runNext(); // the company is read; the messages and the row of the one followed are asked for

        model.choose(model.kinds().get(1));
        tasks.runAll();

        assertThat(model.chosenKindProperty().get().category()).isEqualTo(Category.SEARCHES);
        assertThat(model.followedRowProperty().get()).isEqualTo(-1);
        assertThat(model.rowsProperty().get()).hasSize(1);
    }

    /** The id a message was stored under, read as the browser reads it. */
    private long messageId(String title) {
        List<Export> exports = new CompanyQueries(db).company(Service.FACEBOOK).currentExports();
        return new ItemQueries(db).page(exports, Category.MESSAGES, 0, MESSAGES).stream()
                .filter(row -> row.title().equals(title)).findFirst().orElseThrow().id();
    }

    @Test
    void aCompanyWithNothingImportedSaysSo() {
        CompanyViewModel model = model(Service.SPOTIFY);

        model.open();

        assertThat(model.problemProperty().get()).isEqualTo("Nothing from Spotify has been imported.");
        assertThat(model.kinds()).isEmpty();
        assertThat(model.rowsProperty().get()).isEmpty();
    }
}
