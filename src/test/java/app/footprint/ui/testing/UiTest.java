package app.footprint.ui.testing;

import app.footprint.model.Service;
import app.footprint.store.Database;
import app.footprint.ui.AppContext;
import app.footprint.ui.DemoArchives;
import app.footprint.ui.common.FxTaskRunner;
import app.footprint.ui.shell.ArchiveChooser;
import app.footprint.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the headless click-through tests: the real main window on a database in a temporary folder,
 * the app's own background thread, importers made for tests, and a stand-in for the system's file
 * dialogs (which cannot be driven headless).
 */
public abstract class UiTest {
    /** Waits end as soon as the screen is ready; the bound only matters on a busy machine (the whole demo imports). */
    protected static final long WAIT_SECONDS = 30;

    static {
        // TestFX glides the mouse to each target in up to 200 steps, a third of a second per click; one
        // step clicks just the same. It reads this once per run; a value given on the command line wins.
        System.getProperties().putIfAbsent("testfx.robot.move_max_count", "1");
    }

    @TempDir
    protected Path dir;
    protected final FxRobot robot = new FxRobot();
    protected final TestImporter facebook = new TestImporter(Service.FACEBOOK);
    protected final TestImporter spotify = new TestImporter(Service.SPOTIFY);
    /** What the file and folder dialogs "choose". */
    protected final List<Path> toChoose = new ArrayList<>();
    /** Counted down after each test, so that no importer a test held stays blocked. */
    protected final CountDownLatch release = new CountDownLatch(1);
    protected Stage stage;
    protected AppContext context;

    private final ArchiveChooser chooser = new ArchiveChooser() {
        @Override
        public List<Path> chooseArchives(Window owner) {
            return List.copyOf(toChoose);
        }

        @Override
        public Optional<Path> chooseFolder(Window owner) {
            return toChoose.stream().findFirst();
        }
    };

    @BeforeEach
    void registerStage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        release.countDown();
        FxToolkit.cleanupStages();
        if (context != null) {
            context.close();
        }
    }

    /** The database file the window will open, for tests that fill it first. */
    protected Path databaseFile() {
        return dir.resolve("footprint.db");
    }

    /** Fills the database before the window opens. */
    protected void beforeOpening(Consumer<Database> fill) {
        try (Database db = Database.open(databaseFile())) {
            fill.accept(db);
        }
    }

    protected void open() throws TimeoutException {
        open(TestData.demo(dir));
    }

    protected void open(DemoArchives demo) throws TimeoutException {
        context = new AppContext(Database.open(databaseFile()), TestData.runner(facebook, spotify), new FxTaskRunner(),
                demo, dir);
        FxToolkit.setupStage(s -> MainWindow.show(s, context, chooser));
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void waitUntilShown(String query) throws TimeoutException {
        waitUntil(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    protected String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    protected String text(Node parent, String query) {
        return robot.from(parent).lookup(query).queryAs(Labeled.class).getText();
    }

    /** The texts of every label below a node, in scene-graph order. */
    protected List<String> labels(Node parent) {
        return robot.from(parent).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    protected boolean disabled(String query) {
        return robot.lookup(query).query().isDisabled();
    }
}
