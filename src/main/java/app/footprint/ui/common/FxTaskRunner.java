package app.footprint.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs jobs one after the other on a single background thread, so that only one of them writes to the
 * database at a time, and hands progress and results to the FX thread. Progress is coalesced: an import
 * reports thousands of times a second, and the window only needs the latest value once per pulse.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "footprint-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T, P> void run(Job<T, P> job, Consumer<? super P> onProgress, Consumer<? super T> onDone,
                           Consumer<? super Throwable> onFailure) {
        LatestProgress<P> progress = new LatestProgress<>(onProgress);
        try {
            thread.execute(() -> {
                T result;
                try {
                    result = job.run(progress);
                } catch (Exception | Error e) {
                    LOG.log(System.Logger.Level.INFO, "background work failed", e);
                    Platform.runLater(() -> onFailure.accept(e));
                    return;
                }
                Platform.runLater(() -> onDone.accept(result));
            });
        } catch (RejectedExecutionException e) {
            onFailure.accept(new IllegalStateException("the application is closing", e));
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps only the newest progress value; one hand-over to the FX thread is pending at most. */
    private static final class LatestProgress<P> implements Consumer<P> {
        private final AtomicReference<P> latest = new AtomicReference<>();
        private final Consumer<? super P> target;

        LatestProgress(Consumer<? super P> target) {
            this.target = target;
        }

        @Override
        public void accept(P value) {
            if (value != null && latest.getAndSet(value) == null) {
                Platform.runLater(() -> target.accept(latest.getAndSet(null)));
            }
        }
    }
}
