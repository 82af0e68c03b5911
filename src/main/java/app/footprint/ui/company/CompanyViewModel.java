package app.footprint.ui.company;

import app.footprint.model.CompanySummary;
import app.footprint.model.Export;
import app.footprint.model.InferenceKind;
import app.footprint.model.ItemRow;
import app.footprint.model.Service;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.ItemQueries;
import app.footprint.ui.common.CompanyFocus;
import app.footprint.ui.common.Formats;
import app.footprint.ui.common.PagedList;
import app.footprint.ui.common.ScreenModel;
import app.footprint.ui.common.TaskRunner;
import app.footprint.ui.inferences.ProfileModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What one company holds and states about the person: its kinds of data, its stated inferences grouped by
 * kind, a browser over its records that reads them a page at a time, and its profile (every conclusion
 * about the person from its data). It opens on the part it was asked for, down to one record.
 */
public final class CompanyViewModel implements ScreenModel {
    static final int PAGE_SIZE = 200;
    static final int CACHED_PAGES = 5;

    private final Service service;
    private final CompanyFocus focus;
    private final CompanyQueries companies;
    private final ItemQueries items;
    private final TaskRunner tasks;
    private final ProfileModel profile;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper sources = new ReadOnlyStringWrapper(this, "sources", "");
    private final ReadOnlyStringWrapper statedHeadline = new ReadOnlyStringWrapper(this, "statedHeadline", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableList<KindLine> kinds = FXCollections.observableArrayList();
    private final ObservableList<KindLine> readOnlyKinds = FXCollections.unmodifiableObservableList(kinds);
    private final ObservableList<InferenceGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<InferenceGroup> readOnlyGroups = FXCollections.unmodifiableObservableList(groups);
    private final ReadOnlyObjectWrapper<KindLine> chosenKind = new ReadOnlyObjectWrapper<>(this, "chosenKind");
    private final ReadOnlyObjectWrapper<ObservableList<ItemRow>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", FXCollections.emptyObservableList());
    private final ReadOnlyStringWrapper rowsText = new ReadOnlyStringWrapper(this, "rowsText", "");
    private final ReadOnlyIntegerWrapper followedRow = new ReadOnlyIntegerWrapper(this, "followedRow", -1);
    private List<Export> exports = List.of();
    private PagedList<ItemRow> paged;
    private boolean closed;
    /** Whether the record asked for is still to be looked for: only on first showing its kind. */
    private boolean followPending;

    /** Everything the screen shows, read in one go. */
    private record Loaded(CompanySummary summary, Map<InferenceKind, List<StatedInferenceRow>> inferences) {
    }

    /** The records of a kind: how many, and the row of the record followed (empty: none, or not among them). */
    private record Counted(long count, OptionalLong followed) {
    }

    public CompanyViewModel(Service service, CompanyFocus focus, CompanyQueries companies, ItemQueries items,
                            ProfileModel profile, TaskRunner tasks) {
        this.service = service;
        this.focus = focus;
        this.profile = profile;
        this.companies = companies;
        this.items = items;
        this.tasks = tasks;
        followPending = focus.itemId() != null;
        title.set(service.displayName());
    }

    @Override
    public void open() {
        tasks.run(() -> {
            CompanySummary summary = companies.company(service);
            return new Loaded(summary, summary == null ? Map.of() : companies.statedInferences(summary));
        }, this::show, e -> problem.set("What " + service.displayName() + " holds could not be read: " + e.getMessage()));
        profile.open();
    }

    /** Drops the pages read so far; results still on their way are ignored. */
    @Override
    public void close() {
        closed = true;
        profile.close();
        if (paged != null) {
            paged.close();
        }
    }

    public Service service() {
        return service;
    }

    /** The part of the screen it opens on. */
    public CompanyFocus focus() {
        return focus;
    }

    /** Every conclusion about the person from this company's data, for the Profile tab. */
    public ProfileModel profile() {
        return profile;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Meta Platforms · 12,345 items · Mar 2011 – Mar 2024". */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** The archives the screen is built from. */
    public ReadOnlyStringProperty sourcesProperty() {
        return sources.getReadOnlyProperty();
    }

    /** "Facebook states 245 things about you". */
    public ReadOnlyStringProperty statedHeadlineProperty() {
        return statedHeadline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The kinds of data, most records first. */
    public ObservableList<KindLine> kinds() {
        return readOnlyKinds;
    }

    /** The stated inferences, one group per kind. */
    public ObservableList<InferenceGroup> groups() {
        return readOnlyGroups;
    }

    /** The kind the item browser shows. */
    public ReadOnlyObjectProperty<KindLine> chosenKindProperty() {
        return chosenKind.getReadOnlyProperty();
    }

    /** The records of the chosen kind, newest first, read a page at a time; a row not read yet is null. */
    public ReadOnlyObjectProperty<ObservableList<ItemRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** "6,012 records, newest first". */
    public ReadOnlyStringProperty rowsTextProperty() {
        return rowsText.getReadOnlyProperty();
    }

    /**
     * The row of the record the screen was opened on, to scroll to and select once its kind and the row's
     * page are read; -1 when none was asked for or it is not among the rows (then {@link #rowsTextProperty}
     * says so).
     */
    public ReadOnlyIntegerProperty followedRowProperty() {
        return followedRow.getReadOnlyProperty();
    }

    /** Shows the records of one kind in the item browser. */
    public void choose(KindLine kind) {
        if (kind == null || kind.equals(chosenKind.get())) {
            return;
        }
        chosenKind.set(kind);
        if (paged != null) {
            paged.close();
            paged = null;
        }
        rows.set(FXCollections.emptyObservableList());
        followedRow.set(-1);
        rowsText.set("Reading…");
        List<Export> current = exports;
        boolean follow = followPending && kind.category() == focus.category();
        followPending = false;
        tasks.run(() -> new Counted(items.count(current, kind.category()),
                follow ? items.position(current, kind.category(), focus.itemId()) : OptionalLong.empty()), counted -> {
            if (closed || !kind.equals(chosenKind.get())) {
                return; // another kind was chosen meanwhile
            }
            long count = counted.count();
            paged = new PagedList<>((offset, limit) -> items.page(current, kind.category(), offset, limit),
                    count, PAGE_SIZE, CACHED_PAGES, tasks, e -> problem.set("Records could not be read: " + e.getMessage()));
            rows.set(paged);
            String text = Formats.count(count, "record", "records") + (count > 1 ? ", newest first" : "");
            if (follow && counted.followed().isEmpty()) {
                text += ". The record you followed is not among them: it is kept in another export of "
                        + service.displayName() + ", such as an older snapshot.";
            }
            rowsText.set(text);
            PagedList<ItemRow> shown = paged;
            counted.followed().ifPresent(row -> {
                int index = (int) Math.min(row, shown.size() - 1);
                // Closing the list (screen left, another kind chosen) drops this.
                shown.whenLoaded(index, () -> followedRow.set(index));
            });
        }, e -> rowsText.set("Records could not be read: " + e.getMessage()));
    }

    private void show(Loaded loaded) {
        if (closed) {
            return;
        }
        CompanySummary s = loaded.summary();
        if (s == null) {
            problem.set("Nothing from " + service.displayName() + " has been imported.");
            return;
        }
        exports = s.currentExports();
        subtitle.set(service.company() + " · " + Formats.count(s.items(), "item", "items") + " · "
                + Formats.span(s.firstItem(), s.lastItem())
                + (s.snapshots() > 1 ? " · " + Formats.count(s.snapshots(), "snapshot", "snapshots") : ""));
        List<String> from = new ArrayList<>();
        for (Export e : exports) {
            from.add(e.source() + (e.exportedAt() != null ? " (made " + Formats.month(e.exportedAt()) + ")" : ""));
        }
        sources.set("From " + String.join(", ", from));
        statedHeadline.set(s.statedInferences() == 0
                ? service.displayName() + " states no conclusions about you in its export"
                : service.displayName() + " states " + Formats.count(s.statedInferences(), "thing", "things")
                + " about you");
        kinds.setAll(s.categories().stream().map(KindLine::of).toList());
        List<InferenceGroup> found = new ArrayList<>();
        loaded.inferences().forEach((kind, list) -> found.add(InferenceText.group(kind, list)));
        groups.setAll(found);
        if (!kinds.isEmpty()) {
            choose(kinds.stream().filter(k -> k.category() == focus.category()).findFirst().orElse(kinds.get(0)));
        }
    }
}
