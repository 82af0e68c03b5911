package app.footprint.ui.testing;

import app.footprint.ui.common.TaskRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** Keeps jobs until the test lets them run, as if the background thread were busy or slow. */
public final class DeferredTaskRunner implements TaskRunner {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T, P> void run(Job<T, P> job, Consumer<? super P> onProgress, Consumer<? super T> onDone,
                           Consumer<? super Throwable> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = job.run(onProgress::accept);
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onDone.accept(result);
        });
    }

    public int pending() {
        return queue.size();
    }

    /** Runs the oldest waiting job only. */
    public void runNext() {
        queue.poll().run();
    }

    /** Runs the jobs waiting now and those they queue in turn. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Override
    public void close() {
        queue.clear();
    }
}
