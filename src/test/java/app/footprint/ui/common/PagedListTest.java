package app.footprint.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.ui.testing.DeferredTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class PagedListTest {
    /** Rows are their own index as text; every page read is logged as "offset+limit". */
    private final List<String> reads = new ArrayList<>();
    private final PagedList.PageSource<String> source = (offset, limit) -> {
        reads.add(offset + "+" + limit);
        return LongStream.range(offset, offset + limit).mapToObj(i -> "row " + i).toList();
    };
    private final List<Throwable> failures = new ArrayList<>();

    @Test
    void readsOnlyThePageOfTheRowAskedFor() {
        PagedList<String> list = new PagedList<>(source, 1_000_000, 100, 3, new SameThreadTaskRunner(), failures::add);

        assertThat(list).hasSize(1_000_000);
        assertThat(reads).isEmpty();
        assertThat(list.get(0)).isEqualTo("row 0");
        assertThat(list.get(99)).isEqualTo("row 99");
        assertThat(list.get(123_456)).isEqualTo("row 123456");

        assertThat(reads).containsExactly("0+100", "123400+100");
        assertThat(list.isLoaded(5)).isTrue();
        assertThat(list.isLoaded(100)).isFalse();
    }

    @Test
    void theLastPageAsksOnlyForTheRowsThatExist() {
        PagedList<String> list = new PagedList<>(source, 450, 100, 3, new SameThreadTaskRunner(), failures::add);

        assertThat(list.get(449)).isEqualTo("row 449");

        assertThat(reads).containsExactly("400+50");
    }

    @Test
    void keepsOnlyAFewPagesAndDropsTheLeastRecentlyUsed() {
        PagedList<String> list = new PagedList<>(source, 1000, 100, 2, new SameThreadTaskRunner(), failures::add);

        list.get(0);
        list.get(150);
        list.get(10);      // page 0 used again: page 1 is now the oldest
        list.get(250);     // a third page: page 1 goes
        list.get(20);      // still cached
        list.get(160);     // read again

        assertThat(reads).containsExactly("0+100", "100+100", "200+100", "100+100");
        assertThat(list.isLoaded(0)).isTrue();
        assertThat(list.isLoaded(100)).isTrue();
        assertThat(list.isLoaded(200)).as("the least recently used page was dropped").isFalse();
    }

    @Test
    void aRowIsNullUntilItsPageArrivesThenTheRowsAreReportedReplaced() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        PagedList<String> list = new PagedList<>(source, 250, 100, 3, runner, failures::add);
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replaced " : "other ") + c.getFrom() + "-" + c.getTo());
            }
        });

        assertThat(list.get(120)).isNull();
        assertThat(list.get(130)).isNull();
        assertThat(runner.pending()).as("one read per page, however many rows are asked for").isEqualTo(1);
        runner.runAll();

        assertThat(changes).containsExactly("replaced 100-200");
        assertThat(list.get(120)).isEqualTo("row 120");
        assertThat(reads).containsExactly("100+100");
    }

    @Test
    void anActionWaitingForARowRunsOnceItsPageArrivedAndWasReported() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        PagedList<String> list = new PagedList<>(source, 450, 100, 3, runner, failures::add);
        List<String> log = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> log.add("page reported"));

        list.whenLoaded(349, () -> log.add("row 349 is " + list.get(349)));
        assertThat(log).as("nothing before the page arrives").isEmpty();
        runner.runAll();
        list.whenLoaded(310, () -> log.add("row 310 is " + list.get(310)));

        assertThat(log).containsExactly("page reported", "row 349 is row 349", "row 310 is row 310");
        assertThat(reads).containsExactly("300+100");
    }

    @Test
    void anActionWaitingForAPageThatFailedOrCameAfterCloseIsDropped() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        List<String> log = new ArrayList<>();
        PagedList<String> failing = new PagedList<>((offset, limit) -> {
            throw new IllegalStateException("disk gone");
        }, 450, 100, 3, runner, failures::add);
        PagedList<String> closed = new PagedList<>(source, 450, 100, 3, runner, failures::add);

        failing.whenLoaded(5, () -> log.add("failed page"));
        closed.whenLoaded(5, () -> log.add("closed page"));
        closed.close();
        runner.runAll();

        assertThat(log).isEmpty();
        assertThat(failures).hasSize(1);
    }

    @Test
    void aFailedReadIsReportedAndTriedAgainOnTheNextRequest() {
        int[] attempts = {0};
        PagedList<String> list = new PagedList<>((offset, limit) -> {
            if (attempts[0]++ == 0) {
                throw new IllegalStateException("database is locked");
            }
            return source.page(offset, limit);
        }, 10, 5, 2, new SameThreadTaskRunner(), failures::add);

        assertThat(list.get(3)).isNull();
        assertThat(failures).singleElement().extracting(Throwable::getMessage).isEqualTo("database is locked");
        assertThat(list.get(3)).isEqualTo("row 3");
    }

    @Test
    void pagesArrivingAfterCloseAreDropped() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        PagedList<String> list = new PagedList<>(source, 50, 10, 2, runner, failures::add);
        assertThat(list.get(0)).isNull();

        list.close();
        runner.runAll();

        assertThat(list.isLoaded(0)).isFalse();
        assertThat(list.get(0)).isNull();
        assertThat(runner.pending()).as("a closed list reads nothing more").isZero();
    }

    @Test
    void rowsOutsideTheListAreRefused() {
        PagedList<String> list = new PagedList<>(source, 3, 10, 1, new SameThreadTaskRunner(), failures::add);

        assertThatThrownBy(() -> list.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(reads).isEmpty();
    }
}
