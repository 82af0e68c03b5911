package app.footprint.ui.inferences;

import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.StoredInference;
import app.footprint.ui.common.CompanyFocus;
import app.footprint.ui.common.Navigation;
import app.footprint.ui.common.TaskRunner;
import app.footprint.ui.common.TextClipboard;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The conclusion chosen in a list: at once what the list knows of it, then its evidence, read in the
 * background. From here an evidence entry leads to the records it stands for, and "Challenge this…" copies
 * a summary to object to the conclusion.
 */
public final class InferenceDetailModel {
    private final InferenceSource source;
    private final TaskRunner tasks;
    private final Navigation navigation;
    private final TextClipboard clipboard;
    private final ReadOnlyObjectWrapper<Inference> inference = new ReadOnlyObjectWrapper<>(this, "inference");
    private final ObservableList<Evidence> evidence = FXCollections.observableArrayList();
    private final ObservableList<Evidence> readOnlyEvidence = FXCollections.unmodifiableObservableList(evidence);
    private final ReadOnlyBooleanWrapper evidenceLoaded = new ReadOnlyBooleanWrapper(this, "evidenceLoaded");
    private final ReadOnlyStringWrapper evidenceText = new ReadOnlyStringWrapper(this, "evidenceText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The id of the conclusion shown; a late answer about another one is dropped. */
    private long shownId = -1;
    private boolean closed;

    public InferenceDetailModel(InferenceSource source, TaskRunner tasks, Navigation navigation,
                                TextClipboard clipboard) {
        this.source = source;
        this.tasks = tasks;
        this.navigation = navigation;
        this.clipboard = clipboard;
    }

    /** The conclusion shown, with its evidence once read; null when none is chosen. */
    public ReadOnlyObjectProperty<Inference> inferenceProperty() {
        return inference.getReadOnlyProperty();
    }

    /** The evidence listed, the most telling first; empty until read. */
    public ObservableList<Evidence> evidence() {
        return readOnlyEvidence;
    }

    public ReadOnlyBooleanProperty evidenceLoadedProperty() {
        return evidenceLoaded.getReadOnlyProperty();
    }

    /** "Reading the evidence…", then "Rests on 412 records; the 200 most telling are listed". */
    public ReadOnlyStringProperty evidenceTextProperty() {
        return evidenceText.getReadOnlyProperty();
    }

    /** What the last action did, e.g. that a summary was copied; "" when nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Shows a conclusion (null: none) and reads its evidence in the background. */
    public void show(StoredInference stored) {
        evidence.clear();
        evidenceLoaded.set(false);
        message.set("");
        if (stored == null) {
            shownId = -1;
            inference.set(null);
            evidenceText.set("");
            return;
        }
        long id = stored.id();
        shownId = id;
        inference.set(stored.inference());
        evidenceText.set("Reading the evidence…");
        tasks.run(() -> source.withEvidence(id), found -> {
            if (closed || id != shownId) {
                return;
            }
            if (found.isEmpty()) {
                evidenceText.set("This conclusion is no longer stored: the analysis ran again meanwhile.");
                return;
            }
            inference.set(found.get());
            evidence.setAll(found.get().evidence());
            evidenceLoaded.set(true);
            evidenceText.set(InferenceWords.evidenceHeadline(found.get(), found.get().evidence().size()));
        }, e -> {
            if (!closed && id == shownId) {
                evidenceText.set("The evidence could not be read: " + e.getMessage());
            }
        });
    }

    /**
     * Goes to what an evidence entry stands for: the item itself among the company's records of its kind,
     * its location history, what it states, or its profile.
     */
    public void openEvidence(Evidence e) {
        if (e == null || e.service() == null) {
            return;
        }
        switch (e.kind()) {
            case ITEM -> tasks.run(() -> source.categoryOfItem(e.ref()), category -> {
                if (!closed) {
                    category.ifPresentOrElse(c -> navigation.showCompany(e.service(), CompanyFocus.record(c, e.ref())),
                            () -> message.set("This record is no longer in the database: its export was replaced."));
                }
            }, failure -> message.set("The record could not be found: " + failure.getMessage()));
            case LOCATION_POINTS -> navigation.showCompany(e.service(), CompanyFocus.records(Category.LOCATIONS));
            case STATED_INFERENCE -> navigation.showCompany(e.service(), CompanyFocus.STATED);
            case INFERENCE -> navigation.showCompany(e.service(), CompanyFocus.PROFILE);
        }
    }

    /** Copies a plain-text summary of the conclusion shown, to object to it or have it corrected. */
    public void challenge() {
        Inference shown = inference.get();
        if (shown == null) {
            return;
        }
        clipboard.copy(InferenceWords.challenge(shown));
        String to = shown.service() == null ? "the companies whose data it rests on" : shown.service().displayName();
        message.set("Copied a summary of “" + shown.label() + "” to the clipboard: paste it into an objection or "
                + "a request for correction to " + to + ".");
    }

    /** Answers arriving after this are ignored: the screen was left. */
    public void close() {
        closed = true;
    }
}
