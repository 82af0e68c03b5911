package app.footprint.ui.welcome;

import app.footprint.ui.DemoArchives;
import app.footprint.ui.common.Navigation;
import app.footprint.ui.common.ScreenModel;
import app.footprint.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The first screen, while nothing has been imported: import your own archives, or explore the demo. */
public final class WelcomeViewModel implements ScreenModel {
    private final DemoArchives demo;
    private final TaskRunner tasks;
    private final Navigation navigation;
    private final ReadOnlyBooleanWrapper writingDemo = new ReadOnlyBooleanWrapper(this, "writingDemo");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean closed;

    public WelcomeViewModel(DemoArchives demo, TaskRunner tasks, Navigation navigation) {
        this.demo = demo;
        this.tasks = tasks;
        this.navigation = navigation;
    }

    @Override
    public void open() {
        // nothing to load
    }

    @Override
    public void close() {
        closed = true;
    }

    /** Who the demo persona is. */
    public String demoDescription() {
        return demo.description();
    }

    /** True while the demo archives are being written. */
    public ReadOnlyBooleanProperty writingDemoProperty() {
        return writingDemo.getReadOnlyProperty();
    }

    /** Why the demo could not be started, or "" when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Writes the demo persona's archives and imports them. */
    public void exploreDemo() {
        if (writingDemo.get()) {
            return;
        }
        writingDemo.set(true);
        problem.set("");
        tasks.run(demo::write, paths -> {
            writingDemo.set(false);
            if (!closed) {
                navigation.importFiles(paths);
            }
        }, e -> {
            writingDemo.set(false);
            problem.set("The demo persona could not be written: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        });
    }
}
