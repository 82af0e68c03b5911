package app.footprint.ui.inferences;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.analysis.ProfileUpdater;
import app.footprint.model.Evidence;
import app.footprint.model.Service;
import app.footprint.store.Database;
import app.footprint.ui.common.SameThreadTaskRunner;
import app.footprint.ui.testing.ProfileFixture;
import app.footprint.ui.testing.RecordingNavigation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileModelTest {
    @TempDir
    Path dir;
    private Database db;
    private final RecordingNavigation navigation = new RecordingNavigation();

    @BeforeEach
    void fill() {
        db = Database.open(dir.resolve("footprint.db"));
        ProfileFixture.write(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ProfileModel model(Service service) {
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        InferenceSource source = new InferenceSource(db, ProfileUpdater.standard());
        return new ProfileModel(service, source, tasks, new InferenceDetailModel(source, tasks, navigation, t -> { }));
    }

    private static List<String> lines(ProfileModel model) {
        return model.entries().stream().map(e -> e instanceof InferenceEntry.Heading h ? "# " + h.title() + " · " + h.count()
                : ((InferenceEntry.Row) e).stored().inference().label()).toList();
    }

    @Test
    void listsTheCompanysConclusionsGroupedByKind() {
        ProfileModel model = model(Service.FACEBOOK);

        model.open();

        assertThat(lines(model)).containsExactly("# Ad interests · 2", "Hiking", "Pregnancy",
                "# People you interact with most · 1", "Tom");
        assertThat(model.headlineProperty().get())
                .isEqualTo("3 conclusions about you: 2 stated by Facebook, 1 implied by its data");
    }

    @Test
    void choosingOneReadsItsEvidenceAndAHeadingChoosesNone() {
        ProfileModel model = model(Service.FACEBOOK);
        model.open();

        model.select(model.entries().get(4));
        assertThat(model.detail().evidence()).extracting(Evidence::kind)
                .containsExactly(Evidence.Kind.ITEM, Evidence.Kind.ITEM);

        model.select(model.entries().get(0));
        assertThat(model.detail().inferenceProperty().get()).isNull();
        assertThat(model.detail().evidence()).isEmpty();
    }

    @Test
    void aCompanyWithoutConclusionsSaysSo() {
        ProfileModel model = model(Service.SPOTIFY);

        model.open();

        assertThat(model.entries()).isEmpty();
        assertThat(model.headlineProperty().get()).isEqualTo("No conclusions about you from Spotify yet.");
    }
}
