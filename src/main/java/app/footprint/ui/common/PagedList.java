package app.footprint.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * A read-only list of a known size whose rows are fetched a page at a time, when a virtualised control
 * first asks for them, and of which only a few pages are kept. A row not loaded yet reads as null; when
 * its page arrives the list reports the page's rows as replaced, so the control redraws them.
 * Used on the FX thread only; the pages themselves are read through the {@link TaskRunner}.
 */
public final class PagedList<T> extends ObservableListBase<T> {

    /** Reads rows {@code offset} to {@code offset + limit - 1}. Called off the FX thread. */
    @FunctionalInterface
    public interface PageSource<T> {
        List<T> page(long offset, int limit) throws Exception;
    }

    private final PageSource<T> source;
    private final int size;
    private final int pageSize;
    private final TaskRunner runner;
    private final Consumer<Throwable> onFailure;
    private final Map<Integer, List<T>> pages;
    private final Set<Integer> loading = new HashSet<>();
    /** What to do once a page being read arrives. */
    private final Map<Integer, List<Runnable>> waiting = new HashMap<>();
    private boolean insideGet;
    private boolean closed;

    /**
     * @param size        the number of rows (from a count query)
     * @param cachedPages how many pages are kept; the least recently used one is dropped first
     */
    public PagedList(PageSource<T> source, long size, int pageSize, int cachedPages, TaskRunner runner,
                     Consumer<Throwable> onFailure) {
        if (pageSize < 1 || cachedPages < 1) {
            throw new IllegalArgumentException("pages hold at least one row and at least one page is kept");
        }
        this.source = source;
        this.size = (int) Math.min(Integer.MAX_VALUE, Math.max(0, size));
        this.pageSize = pageSize;
        this.runner = runner;
        this.onFailure = onFailure;
        this.pages = new LinkedHashMap<>(cachedPages + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
                return size() > cachedPages;
            }
        };
    }

    @Override
    public int size() {
        return size;
    }

    /** The row, or null while its page is being read. */
    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        int page = index / pageSize;
        List<T> rows = pages.get(page);
        if (rows == null) {
            load(page);
            rows = pages.get(page);
        }
        int inPage = index % pageSize;
        return rows != null && inPage < rows.size() ? rows.get(inPage) : null;
    }

    /** Whether the page holding the row is in the cache (for tests and diagnostics). */
    public boolean isLoaded(int index) {
        return pages.containsKey(index / pageSize);
    }

    /**
     * Runs an action once the row's page is in the list, reading the page if needed: a control selecting
     * a row that is still null would lose the selection when the page replaces it.
     */
    public void whenLoaded(int index, Runnable action) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        int page = index / pageSize;
        if (pages.containsKey(page)) {
            action.run();
            return;
        }
        waiting.computeIfAbsent(page, p -> new ArrayList<>()).add(action);
        load(page);
    }

    /** Pages arriving after this are dropped: the screen that showed the list was left. */
    public void close() {
        closed = true;
        pages.clear();
        waiting.clear();
    }

    private void load(int page) {
        if (closed || !loading.add(page)) {
            return;
        }
        long offset = (long) page * pageSize;
        int limit = (int) Math.min(pageSize, size - offset);
        insideGet = true;
        try {
            runner.run(() -> source.page(offset, limit), rows -> arrived(page, rows), e -> {
                loading.remove(page);
                waiting.remove(page);
                onFailure.accept(e);
            });
        } finally {
            insideGet = false;
        }
    }

    private void arrived(int page, List<T> rows) {
        loading.remove(page);
        if (closed) {
            return;
        }
        pages.put(page, List.copyOf(rows));
        // Read on the spot (same-thread runner), the caller gets the row directly: nothing to report.
        if (!insideGet) {
            int from = page * pageSize;
            int to = (int) Math.min(size, (long) from + pageSize);
            beginChange();
            for (int i = from; i < to; i++) {
                nextSet(i, null);
            }
            endChange();
        }
        List<Runnable> then = waiting.remove(page);
        if (then != null) {
            then.forEach(Runnable::run);
        }
    }
}
