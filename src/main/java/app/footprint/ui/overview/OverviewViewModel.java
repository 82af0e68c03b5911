package app.footprint.ui.overview;

import app.footprint.model.CompanySummary;
import app.footprint.model.Service;
import app.footprint.store.CompanyQueries;
import app.footprint.ui.common.Formats;
import app.footprint.ui.common.Navigation;
import app.footprint.ui.common.ScreenModel;
import app.footprint.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Every company whose data was imported, the one holding the most first. */
public final class OverviewViewModel implements ScreenModel {
    private final CompanyQueries companies;
    private final TaskRunner tasks;
    private final Navigation navigation;
    private final ObservableList<CompanyCard> cards = FXCollections.observableArrayList();
    private final ObservableList<CompanyCard> readOnlyCards = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean closed;

    public OverviewViewModel(CompanyQueries companies, TaskRunner tasks, Navigation navigation) {
        this.companies = companies;
        this.tasks = tasks;
        this.navigation = navigation;
    }

    @Override
    public void open() {
        loading.set(true);
        tasks.run(companies::overview, this::show, e -> {
            loading.set(false);
            problem.set("The overview could not be read: " + e.getMessage());
        });
    }

    @Override
    public void close() {
        closed = true;
    }

    public ObservableList<CompanyCard> cards() {
        return readOnlyCards;
    }

    /** "2 companies hold 12,345 records about you". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void openCompany(Service service) {
        navigation.showCompany(service);
    }

    private void show(List<CompanySummary> summaries) {
        loading.set(false);
        if (closed) {
            return;
        }
        long items = summaries.stream().mapToLong(CompanySummary::items).sum();
        headline.set((summaries.size() == 1 ? "1 company holds " : summaries.size() + " companies hold ")
                + Formats.count(items, "record", "records") + " about you");
        cards.setAll(summaries.stream().map(CompanyCard::of).toList());
    }
}
