package app.footprint.ui;

import app.footprint.ui.shell.MainWindow;
import app.footprint.ui.shell.SystemArchiveChooser;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Measures the app as a person meets it, for {@code footprint bench --ui}, which starts it in a fresh JVM:
 * {@code java -cp footprint.jar app.footprint.ui.UiProbe --db FILE [ARCHIVE...]}.
 *
 * <p>Prints {@code startup_ms}, the time from the JVM's start to the first frame that shows the Overview's
 * cards (or the Welcome screen on an empty database). Given archives, it then imports them from the Import
 * screen as a person would, while a pulse monitor (an animation timer, called once per frame) notes the
 * longest time between two frames, which is how long the FX thread was ever unable to draw: from the first
 * file shown in progress to the end of the import ({@code fx_max_frame_gap_ms}), and over everything from
 * the click to the report, the first building of both screens in a fresh JVM included
 * ({@code fx_max_frame_gap_overall_ms}). {@code ui_first_progress_ms} is how long the click took to show
 * progress.
 */
public final class UiProbe {
    private static final long GIVE_UP_MINUTES = 60;
    private static final long CLOSE_SECONDS = 10;

    private enum Step { STARTING, IMPORTING, DONE }

    private final List<Path> archives;
    private final CountDownLatch done = new CountDownLatch(1);
    private AppContext context;
    private MainWindow window;
    private Step step = Step.STARTING;
    private long importStartNanos;
    private long lastFrameNanos;
    private long longestGapNanos;
    private long firstProgressNanos;
    private long longestGapWhileImportingNanos;
    private long frames;

    private UiProbe(List<Path> archives) {
        this.archives = archives;
    }

    /** What {@code footprint bench --ui} passes. */
    @Command(name = "UiProbe")
    static final class Arguments {
        @Option(names = "--db", required = true)
        Path database;

        @Parameters(arity = "0..*")
        List<Path> archives = new ArrayList<>();
    }

    public static void main(String[] args) throws InterruptedException {
        Arguments arguments = new Arguments();
        try {
            new CommandLine(arguments).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.err.println("usage: UiProbe --db FILE [ARCHIVE...]: " + e.getMessage());
            System.exit(1);
        }
        UiProbe probe = new UiProbe(arguments.archives);
        FootprintApp.useDatabase(arguments.database);
        Platform.startup(probe::open);
        boolean finished = probe.done.await(GIVE_UP_MINUTES, TimeUnit.MINUTES);
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            probe.close();
            closed.countDown();
        });
        closed.await(CLOSE_SECONDS, TimeUnit.SECONDS);
        System.exit(finished ? 0 : 1);
    }

    private void open() {
        context = FootprintApp.openedContext();
        Stage windowStage = new Stage();
        window = MainWindow.show(windowStage, context, new SystemArchiveChooser());
        Scene scene = windowStage.getScene();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(scene, now);
            }
        }.start();
    }

    private void frame(Scene scene, long now) {
        switch (step) {
            case STARTING -> {
                if (scene.lookup(".company-card") != null || scene.lookup("#welcomeScreen") != null) {
                    long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("startup_ms=" + sinceStart);
                    startImport(now);
                }
            }
            case IMPORTING -> {
                long gap = now - lastFrameNanos;
                lastFrameNanos = now;
                frames++;
                longestGapNanos = Math.max(longestGapNanos, gap);
                boolean importing = window.model().importingProperty().get();
                if (firstProgressNanos == 0) {
                    if (scene.lookup("#currentFile") instanceof Labeled file && !file.getText().isEmpty()) {
                        firstProgressNanos = System.nanoTime();
                    }
                } else if (importing) {
                    longestGapWhileImportingNanos = Math.max(longestGapWhileImportingNanos, gap);
                }
                if (!importing) {
                    report();
                    finish();
                }
            }
            case DONE -> { }
        }
    }

    private void report() {
        System.out.println("ui_import_s=" + String.format(Locale.ROOT, "%.2f", (System.nanoTime() - importStartNanos) / 1e9));
        String firstProgress = firstProgressNanos == 0 ? "none" : milliseconds(firstProgressNanos - importStartNanos);
        System.out.println("ui_first_progress_ms=" + firstProgress
                + "  (from the click to the Import screen showing the first file read)");
        System.out.println("fx_frames=" + frames);
        System.out.println("fx_max_frame_gap_ms=" + milliseconds(longestGapWhileImportingNanos)
                + "  (from the first file shown to the end of the import)");
        System.out.println("fx_max_frame_gap_overall_ms=" + milliseconds(longestGapNanos)
                + "  (from the click to the report, building both screens included)");
    }

    private static String milliseconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private void startImport(long now) {
        if (archives.isEmpty()) {
            finish();
            return;
        }
        step = Step.IMPORTING;
        importStartNanos = System.nanoTime();
        lastFrameNanos = now;
        window.model().startImport(archives);
    }

    private void finish() {
        step = Step.DONE;
        done.countDown();
    }

    private void close() {
        if (context != null) {
            context.close();
        }
        Platform.exit();
    }
}
