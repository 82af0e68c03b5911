package app.footprint.ui.inferences;

import app.footprint.model.Inference;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.Service;
import app.footprint.model.StoredInference;
import app.footprint.model.Topic;
import app.footprint.ui.common.Formats;
import app.footprint.ui.common.ScreenModel;
import app.footprint.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Every conclusion about the person: stated by companies, implied by their data, and drawn across
 * companies; filtered by company, origin, topic and sensitivity. Opening it brings the analysis up to date
 * first, in the background.
 */
public final class InferencesViewModel implements ScreenModel {
    static final FilterChoice ALL_COMPANIES = FilterChoice.any("All companies");
    static final FilterChoice ACROSS = new FilterChoice("combined", InferenceWords.ACROSS_COMPANIES,
            Inference::isCombined);
    static final FilterChoice ALL_ORIGINS = FilterChoice.any("Stated and derived");
    static final FilterChoice ALL_TOPICS = FilterChoice.any("All topics");

    private final InferenceSource source;
    private final TaskRunner tasks;
    private final InferenceDetailModel detail;
    private final ObservableList<InferenceEntry> all = FXCollections.observableArrayList();
    private final FilteredList<InferenceEntry> shown = new FilteredList<>(all);
    private final ObservableList<InferenceEntry> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final ObservableList<FilterChoice> companies = FXCollections.observableArrayList(ALL_COMPANIES);
    private final ObservableList<FilterChoice> origins = FXCollections.observableArrayList(ALL_ORIGINS,
            origin(InferenceOrigin.STATED), origin(InferenceOrigin.DERIVED));
    private final ObservableList<FilterChoice> topics = FXCollections.observableArrayList(ALL_TOPICS);
    private final ObservableList<FilterChoice> readOnlyCompanies = FXCollections.unmodifiableObservableList(companies);
    private final ObservableList<FilterChoice> readOnlyOrigins = FXCollections.unmodifiableObservableList(origins);
    private final ObservableList<FilterChoice> readOnlyTopics = FXCollections.unmodifiableObservableList(topics);
    private final ObjectProperty<FilterChoice> company = new SimpleObjectProperty<>(this, "company", ALL_COMPANIES);
    private final ObjectProperty<FilterChoice> origin = new SimpleObjectProperty<>(this, "origin", ALL_ORIGINS);
    private final ObjectProperty<FilterChoice> topic = new SimpleObjectProperty<>(this, "topic", ALL_TOPICS);
    private final BooleanProperty sensitiveOnly = new SimpleBooleanProperty(this, "sensitiveOnly");
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper(this, "analysing");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private boolean closed;

    /** What the screen reads in the background. */
    private record Loaded(boolean nothingImported, List<StoredInference> inferences) {
    }

    public InferencesViewModel(InferenceSource source, TaskRunner tasks, InferenceDetailModel detail) {
        this.source = source;
        this.tasks = tasks;
        this.detail = detail;
        company.addListener((o, was, now) -> refilter());
        origin.addListener((o, was, now) -> refilter());
        topic.addListener((o, was, now) -> refilter());
        sensitiveOnly.addListener((o, was, now) -> refilter());
    }

    private static FilterChoice origin(InferenceOrigin origin) {
        return new FilterChoice(origin.name(), origin.label(), i -> i.origin() == origin);
    }

    @Override
    public void open() {
        analysing.set(true);
        status.set("Analysing your data…");
        tasks.run(() -> source.nothingImported() ? new Loaded(true, List.of()) : new Loaded(false, source.all()),
                this::show, e -> {
                    analysing.set(false);
                    status.set("The conclusions could not be read: " + e.getMessage());
                });
    }

    @Override
    public void close() {
        closed = true;
        detail.close();
    }

    public InferenceDetailModel detail() {
        return detail;
    }

    /** The conclusions the filters let through, in the order of the companies, combined ones last. */
    public ObservableList<InferenceEntry> inferences() {
        return readOnlyShown;
    }

    /** "All companies", each company with conclusions, then "Across companies" when there are combined ones. */
    public ObservableList<FilterChoice> companies() {
        return readOnlyCompanies;
    }

    public ObservableList<FilterChoice> origins() {
        return readOnlyOrigins;
    }

    /** "All topics", then each topic of the taxonomy that a conclusion has, alphabetically. */
    public ObservableList<FilterChoice> topics() {
        return readOnlyTopics;
    }

    /** The company filter: an input, set by the screen. */
    public ObjectProperty<FilterChoice> companyProperty() {
        return company;
    }

    public ObjectProperty<FilterChoice> originProperty() {
        return origin;
    }

    public ObjectProperty<FilterChoice> topicProperty() {
        return topic;
    }

    public BooleanProperty sensitiveOnlyProperty() {
        return sensitiveOnly;
    }

    /** True while the analysis is brought up to date and the conclusions are read. */
    public ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
    }

    /** "Analysing your data…", a hint when there is nothing to show, or "" while the list speaks for itself. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Showing 12 of 345 conclusions". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** Shows an entry's detail; a heading or null shows none. */
    public void select(InferenceEntry entry) {
        detail.show(entry instanceof InferenceEntry.Row row ? row.stored() : null);
    }

    private void show(Loaded loaded) {
        analysing.set(false);
        if (closed) {
            return;
        }
        List<StoredInference> found = loaded.inferences();
        Set<Service> services = EnumSet.noneOf(Service.class);
        Map<String, Topic> byLabel = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        boolean combined = false;
        for (StoredInference s : found) {
            Inference i = s.inference();
            if (i.service() != null) {
                services.add(i.service());
            } else {
                combined = true;
            }
            if (i.topic() != null) {
                byLabel.putIfAbsent(i.topic().label(), i.topic());
            }
        }
        List<FilterChoice> companyChoices = new ArrayList<>(List.of(ALL_COMPANIES));
        services.forEach(s -> companyChoices.add(new FilterChoice(s.id(), s.displayName(), i -> i.service() == s)));
        if (combined) {
            companyChoices.add(ACROSS);
        }
        companies.setAll(companyChoices);
        List<FilterChoice> topicChoices = new ArrayList<>(List.of(ALL_TOPICS));
        byLabel.values().stream().sorted(Comparator.comparing(Topic::label, String.CASE_INSENSITIVE_ORDER))
                .forEach(t -> topicChoices.add(new FilterChoice("topic " + t.id(), t.label(),
                        i -> i.topic() != null && i.topic().id().equals(t.id()))));
        topics.setAll(topicChoices);
        all.setAll(found.stream().map(InferenceEntry.Row::new).toList());
        refilter();
        if (loaded.nothingImported()) {
            status.set("Nothing has been imported yet. Import a company's export to see what it concluded about "
                    + "you, and what your data implies.");
        } else if (found.isEmpty()) {
            status.set("No conclusions were found in the imported exports.");
        } else {
            status.set("");
        }
    }

    private void refilter() {
        FilterChoice c = Objects.requireNonNullElse(company.get(), ALL_COMPANIES);
        FilterChoice o = Objects.requireNonNullElse(origin.get(), ALL_ORIGINS);
        FilterChoice t = Objects.requireNonNullElse(topic.get(), ALL_TOPICS);
        boolean sensitive = sensitiveOnly.get();
        shown.setPredicate(entry -> entry instanceof InferenceEntry.Row row && keeps(row.stored().inference(), c, o, t,
                sensitive));
        int total = all.size();
        countText.set(shown.size() == total ? Formats.count(total, "conclusion", "conclusions")
                : "Showing " + Formats.count(shown.size()) + " of " + Formats.count(total, "conclusion", "conclusions"));
    }

    private static boolean keeps(Inference i, FilterChoice company, FilterChoice origin, FilterChoice topic,
                                 boolean sensitiveOnly) {
        return company.keeps(i) && origin.keeps(i) && topic.keeps(i) && (!sensitiveOnly || i.isSensitive());
    }
}
