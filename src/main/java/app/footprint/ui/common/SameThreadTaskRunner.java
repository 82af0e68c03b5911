package app.footprint.ui.common;

import java.util.function.Consumer;

/** Runs every job at once on the calling thread: ViewModel tests need neither a toolkit nor waiting. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T, P> void run(Job<T, P> job, Consumer<? super P> onProgress, Consumer<? super T> onDone,
                           Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = job.run(onProgress::accept);
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        // Outside the try: a failing callback is a bug to see, not a failure of the job.
        onDone.accept(result);
    }

    @Override
    public void close() {
        // nothing runs in the background
    }
}
