package app.footprint.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where screens send work that must not block the window: imports and database reads. The app runs it on
 * one background thread and hands progress and results back on the FX thread; ViewModel tests run it on
 * the calling thread.
 */
public interface TaskRunner extends AutoCloseable {

    /** Work that may report progress while it runs. */
    @FunctionalInterface
    interface Job<T, P> {
        T run(Consumer<P> progress) throws Exception;
    }

    /**
     * Runs a job. Progress may be coalesced (only the latest value matters); it always arrives before the
     * result. Exactly one of {@code onDone} and {@code onFailure} is called.
     */
    <T, P> void run(Job<T, P> job, Consumer<? super P> onProgress, Consumer<? super T> onDone,
                    Consumer<? super Throwable> onFailure);

    /** Runs work that reports no progress. */
    default <T> void run(Callable<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onFailure) {
        run(progress -> work.call(), ignored -> { }, onDone, onFailure);
    }

    /** Stops the background thread; work still queued is dropped. */
    @Override
    void close();
}
