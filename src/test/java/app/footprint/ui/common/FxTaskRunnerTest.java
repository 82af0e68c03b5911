package app.footprint.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskRunnerTest {
    private final FxTaskRunner runner = new FxTaskRunner();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void theJobRunsInTheBackgroundAndItsResultArrivesOnTheFxThread() throws Exception {
        CompletableFuture<String> jobThread = new CompletableFuture<>();
        CompletableFuture<String> result = new CompletableFuture<>();

        runner.run(() -> {
            jobThread.complete(Thread.currentThread().getName() + (Platform.isFxApplicationThread() ? " (fx)" : ""));
            return 42;
        }, n -> result.complete(n + (Platform.isFxApplicationThread() ? " on fx" : " elsewhere")), result::completeExceptionally);

        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("42 on fx");
        assertThat(jobThread.get()).isEqualTo("footprint-background");
    }

    @Test
    void progressIsCoalescedAndItsLastValueArrivesBeforeTheResult() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();

        runner.<String, Integer>run(progress -> {
            for (int i = 1; i <= 10_000; i++) {
                progress.accept(i);
            }
            return "done";
        }, p -> seen.add(Platform.isFxApplicationThread() ? "progress " + p : "off fx"), r -> {
            seen.add(r);
            done.complete(null);
        }, done::completeExceptionally);

        done.get(5, TimeUnit.SECONDS);
        assertThat(seen).last().isEqualTo("done");
        assertThat(seen.get(seen.size() - 2)).isEqualTo("progress 10000");
        assertThat(seen).doesNotContain("off fx");
        assertThat(seen.size()).as("far fewer hand-overs than reports").isLessThan(10_000);
    }

    @Test
    void aFailureArrivesOnTheFxThread() throws Exception {
        CompletableFuture<String> failure = new CompletableFuture<>();

        runner.run(() -> {
            throw new IllegalStateException("disk full");
        }, r -> failure.complete("no failure"), e -> failure.complete(e.getMessage()
                + (Platform.isFxApplicationThread() ? " on fx" : " elsewhere")));

        assertThat(failure.get(5, TimeUnit.SECONDS)).isEqualTo("disk full on fx");
    }

    @Test
    void jobsRunOneAfterTheOtherInOrder() throws Exception {
        List<Integer> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> last = new CompletableFuture<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            runner.run(() -> {
                order.add(n);
                return n;
            }, r -> {
                if (r == 4) {
                    last.complete(null);
                }
            }, last::completeExceptionally);
        }

        last.get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void afterCloseNewWorkIsRefusedWithAReason() {
        runner.close();
        CompletableFuture<String> failure = new CompletableFuture<>();

        runner.run(() -> 1, r -> failure.complete("ran"), e -> failure.complete(e.getMessage()));

        assertThat(failure).isCompletedWithValue("the application is closing");
    }
}
