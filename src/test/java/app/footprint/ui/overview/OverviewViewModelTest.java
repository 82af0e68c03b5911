package app.footprint.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.ui.common.SameThreadTaskRunner;
import app.footprint.ui.overview.CompanyCard.KindCount;
import app.footprint.ui.testing.DeferredTaskRunner;
import app.footprint.ui.testing.RecordingNavigation;
import app.footprint.ui.testing.TestData.ExportBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewViewModelTest {
    private static final Instant JUNE_2011 = Instant.parse("2011-06-15T12:00:00Z");
    private static final Instant MARCH_2024 = Instant.parse("2024-03-15T12:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private final RecordingNavigation navigation = new RecordingNavigation();

    @BeforeEach
    void fill() {
        db = Database.open(dir.resolve("footprint.db"));
        // Facebook: two snapshots; the newer (exported later) is the one shown.
        new ExportBuilder(Service.FACEBOOK, "facebook-2023.zip").exportedAt(Instant.parse("2023-01-15T12:00:00Z"))
                .item(Category.POSTS, JUNE_2011, "old post", "posts.json", 0)
                .writeTo(db);
        new ExportBuilder(Service.FACEBOOK, "facebook-2024.zip").exportedAt(MARCH_2024)
                .item(Category.MESSAGES, JUNE_2011, "first message", "messages/1.json", 0)
                .item(Category.MESSAGES, MARCH_2024, "last message", "messages/1.json", 1)
                .item(Category.SEARCHES, Instant.parse("2020-05-15T12:00:00Z"), "shoes", "search.json", 0)
                .inference(InferenceKind.AD_INTEREST, "Running", Map.of(), "ads_interests.json", 0)
                .inference(InferenceKind.AD_INTEREST, "Running", Map.of(), "ads_interests.json", 1)
                .inference(InferenceKind.ADVERTISER, "Shoe Shop", Map.of(), "advertisers.json", 0)
                .writeTo(db);
        // Spotify holds more items, so it comes first.
        ExportBuilder spotify = new ExportBuilder(Service.SPOTIFY, "my_spotify_data.zip").exportedAt(MARCH_2024);
        for (int i = 0; i < 4; i++) {
            spotify.item(Category.LISTENING, Instant.parse("2024-02-1" + i + "T12:00:00Z"), "song " + i, "history.json", i);
        }
        spotify.writeTo(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void oneCardPerCompanyTheOneHoldingTheMostFirst() {
        OverviewViewModel model = new OverviewViewModel(new CompanyQueries(db), new SameThreadTaskRunner(), navigation);

        model.open();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.headlineProperty().get()).isEqualTo("2 companies hold 7 records about you");
        assertThat(model.cards()).extracting(CompanyCard::service).containsExactly(Service.SPOTIFY, Service.FACEBOOK);

        CompanyCard spotify = model.cards().get(0);
        assertThat(spotify.items()).isEqualTo("4 items");
        assertThat(spotify.kinds()).containsExactly(new KindCount("Listening history", "4"));
        assertThat(spotify.timeSpan()).isEqualTo("Feb 2024");
        assertThat(spotify.headline()).as("Spotify states nothing here").isNull();
        assertThat(spotify.snapshots()).isNull();

        CompanyCard facebook = model.cards().get(1);
        assertThat(facebook.name()).isEqualTo("Facebook");
        assertThat(facebook.company()).isEqualTo("Meta Platforms");
        assertThat(facebook.items()).isEqualTo("3 items");
        assertThat(facebook.kinds()).containsExactly(new KindCount("Messages", "2"), new KindCount("Searches", "1"));
        assertThat(facebook.timeSpan()).isEqualTo("Jun 2011 – Mar 2024");
        assertThat(facebook.headline()).as("repeats count once")
                .isEqualTo("2 conclusions stated · 1 advertiser has your data");
        assertThat(facebook.snapshots()).isEqualTo("2 snapshots");
    }

    @Test
    void nothingShowsUntilTheDatabaseAnswers() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        OverviewViewModel model = new OverviewViewModel(new CompanyQueries(db), tasks, navigation);

        model.open();

        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.cards()).isEmpty();
        tasks.runAll();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.cards()).hasSize(2);
    }

    @Test
    void aResultArrivingAfterTheScreenWasLeftIsIgnored() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        OverviewViewModel model = new OverviewViewModel(new CompanyQueries(db), tasks, navigation);
        model.open();

        model.close();
        tasks.runAll();

        assertThat(model.cards()).isEmpty();
    }

    @Test
    void aCardOpensItsCompany() {
        OverviewViewModel model = new OverviewViewModel(new CompanyQueries(db), new SameThreadTaskRunner(), navigation);
        model.open();

        model.openCompany(Service.FACEBOOK);

        assertThat(navigation.requests).containsExactly("company facebook");
    }
}
