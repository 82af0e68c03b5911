package app.footprint.ui.inferences;

import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.Service;
import app.footprint.model.StoredInference;
import app.footprint.ui.common.Formats;
import app.footprint.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One company's profile: every conclusion about the person from its export, stated and derived, grouped by
 * kind, with the same detail as the Inferences screen.
 */
public final class ProfileModel {
    private final Service service;
    private final InferenceSource source;
    private final TaskRunner tasks;
    private final InferenceDetailModel detail;
    private final ObservableList<InferenceEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<InferenceEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private boolean closed;

    public ProfileModel(Service service, InferenceSource source, TaskRunner tasks, InferenceDetailModel detail) {
        this.service = service;
        this.source = source;
        this.tasks = tasks;
        this.detail = detail;
    }

    /** Reads the company's conclusions in the background, the analysis brought up to date first. */
    public void open() {
        headline.set("Reading the conclusions about you…");
        tasks.run(() -> source.of(service), this::show,
                e -> headline.set("The conclusions could not be read: " + e.getMessage()));
    }

    public void close() {
        closed = true;
        detail.close();
    }

    public InferenceDetailModel detail() {
        return detail;
    }

    /** A heading per kind, each followed by its conclusions, in the order of the kinds. */
    public ObservableList<InferenceEntry> entries() {
        return readOnlyEntries;
    }

    /** "7 conclusions about you: 5 stated by Facebook, 2 implied by its data". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Shows an entry's detail; a heading shows none. */
    public void select(InferenceEntry entry) {
        detail.show(entry instanceof InferenceEntry.Row row ? row.stored() : null);
    }

    private void show(List<StoredInference> found) {
        if (closed) {
            return;
        }
        Map<InferenceKind, List<StoredInference>> byKind = new EnumMap<>(InferenceKind.class);
        long stated = 0;
        for (StoredInference s : found) {
            byKind.computeIfAbsent(s.inference().kind(), k -> new ArrayList<>()).add(s);
            if (s.inference().origin() == InferenceOrigin.STATED) {
                stated++;
            }
        }
        List<InferenceEntry> out = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            out.add(new InferenceEntry.Heading(kind.label(), list.size()));
            list.forEach(s -> out.add(new InferenceEntry.Row(s)));
        });
        entries.setAll(out);
        headline.set(found.isEmpty() ? "No conclusions about you from " + service.displayName() + " yet."
                : Formats.count(found.size(), "conclusion", "conclusions") + " about you: "
                + Formats.count(stated) + " stated by " + service.displayName() + ", "
                + Formats.count(found.size() - stated) + " implied by its data");
    }
}
