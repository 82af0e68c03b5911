package app.footprint.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.ui.DemoArchives;
import app.footprint.ui.common.SameThreadTaskRunner;
import app.footprint.ui.testing.DeferredTaskRunner;
import app.footprint.ui.testing.RecordingNavigation;
import app.footprint.ui.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelcomeViewModelTest {
    @TempDir
    Path dir;
    private final RecordingNavigation navigation = new RecordingNavigation();

    @Test
    void theDemoIsWrittenThenImported() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        WelcomeViewModel model = new WelcomeViewModel(TestData.demo(dir), tasks, navigation);

        model.exploreDemo();
        assertThat(model.writingDemoProperty().get()).isTrue();
        model.exploreDemo(); // a second click while writing changes nothing
        tasks.runAll();

        assertThat(model.writingDemoProperty().get()).isFalse();
        assertThat(navigation.requests).containsExactly("import");
        assertThat(navigation.imports.get(0)).extracting(p -> p.getFileName().toString())
                .containsExactly("facebook-jana.zip", "my_spotify_data.zip");
        assertThat(navigation.imports.get(0)).allMatch(Files::isRegularFile);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aDemoThatCannotBeWrittenSaysWhy() {
        DemoArchives missing = () -> {
            throw new IOException("demo persona not available in this build");
        };
        WelcomeViewModel model = new WelcomeViewModel(missing, new SameThreadTaskRunner(), navigation);

        model.exploreDemo();

        assertThat(model.problemProperty().get())
                .isEqualTo("The demo persona could not be written: demo persona not available in this build");
        assertThat(model.writingDemoProperty().get()).isFalse();
        assertThat(navigation.requests).isEmpty();
    }

    @Test
    void thePersonaIsIntroducedByItsDescription() {
        WelcomeViewModel model = new WelcomeViewModel(TestData.demo(dir), new SameThreadTaskRunner(), navigation);
        DemoArchives plain = List::of;

        assertThat(model.demoDescription()).isEqualTo("Jana, a made-up nurse from Leipzig.");
        assertThat(plain.description()).startsWith("A made-up person's exports from twelve companies");
    }

    @Test
    void leavingWhileTheDemoIsWrittenStaysOnTheNewScreen() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        WelcomeViewModel model = new WelcomeViewModel(TestData.demo(dir), tasks, navigation);
        model.exploreDemo();

        model.close();
        tasks.runAll();

        assertThat(navigation.requests).isEmpty();
    }
}
