package app.footprint.ui.shell;

import app.footprint.analysis.ProfileUpdater;
import app.footprint.model.Service;
import app.footprint.store.CompanyQueries;
import app.footprint.store.ItemQueries;
import app.footprint.ui.AppContext;
import app.footprint.ui.common.CompanyFocus;
import app.footprint.ui.common.Navigation;
import app.footprint.ui.common.ScreenModel;
import app.footprint.ui.common.TextClipboard;
import app.footprint.ui.company.CompanyViewModel;
import app.footprint.ui.importing.ImportViewModel;
import app.footprint.ui.inferences.InferenceDetailModel;
import app.footprint.ui.inferences.InferenceSource;
import app.footprint.ui.inferences.InferencesViewModel;
import app.footprint.ui.inferences.ProfileModel;
import app.footprint.ui.overview.OverviewViewModel;
import app.footprint.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Which screen the main window shows, and the ways between them. While an import runs, the window stays
 * on the Import screen: leaving it would lose the report, and a second import would have to wait anyway.
 */
public final class MainWindowViewModel implements Navigation {
    private final AppContext context;
    private final CompanyQueries companies;
    private final ItemQueries items;
    private final ProfileUpdater updater = ProfileUpdater.standard();
    private final InferenceSource inferences;
    private final TextClipboard clipboard;
    private final ReadOnlyObjectWrapper<ScreenModel> screen = new ReadOnlyObjectWrapper<>(this, "screen");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    /** Counts the requests to change screens, so that a late answer does not undo a newer request. */
    private long navigations;

    public MainWindowViewModel(AppContext context) {
        this(context, TextClipboard.system());
    }

    public MainWindowViewModel(AppContext context, TextClipboard clipboard) {
        this.context = context;
        this.clipboard = clipboard;
        this.companies = new CompanyQueries(context.database());
        this.items = new ItemQueries(context.database());
        this.inferences = new InferenceSource(context.database(), updater);
    }

    /** The ViewModel of the screen shown. */
    public ReadOnlyObjectProperty<ScreenModel> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    /** True while an import runs: no other import can start and the window stays on its screen. */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** The Overview, or the Welcome screen while nothing has been imported; decided off the FX thread. */
    @Override
    public void showHome() {
        if (importing.get()) {
            return;
        }
        long asked = ++navigations;
        // A database that cannot be read leads to the Overview, which says why.
        context.tasks().run(context.database()::isEmpty, empty -> home(asked, empty), e -> home(asked, false));
    }

    private void home(long asked, boolean empty) {
        if (asked != navigations) {
            return; // the person went elsewhere meanwhile
        }
        show(empty ? new WelcomeViewModel(context.demoArchives(), context.tasks(), this)
                : new OverviewViewModel(companies, context.tasks(), this));
    }

    @Override
    public void showCompany(Service service) {
        showCompany(service, CompanyFocus.START);
    }

    @Override
    public void showCompany(Service service, CompanyFocus focus) {
        if (!importing.get()) {
            ProfileModel profile = new ProfileModel(service, inferences, context.tasks(), detail());
            show(new CompanyViewModel(service, focus, companies, items, profile, context.tasks()));
        }
    }

    @Override
    public void showInferences() {
        if (!importing.get()) {
            show(new InferencesViewModel(inferences, context.tasks(), detail()));
        }
    }

    private InferenceDetailModel detail() {
        return new InferenceDetailModel(inferences, context.tasks(), this, clipboard);
    }

    /** Starts an import unless one is running; says whether it started. */
    public boolean startImport(List<Path> paths) {
        if (importing.get() || paths.isEmpty()) {
            return false;
        }
        ImportViewModel model = new ImportViewModel(paths, context.importRunner(), context.database(),
                () -> updater.update(context.database()), context.tasks(), this);
        importing.bind(model.runningProperty());
        show(model);
        return true;
    }

    @Override
    public void importFiles(List<Path> paths) {
        startImport(paths);
    }

    private void show(ScreenModel next) {
        navigations++;
        ScreenModel previous = screen.get();
        if (previous != null) {
            previous.close();
        }
        if (!(next instanceof ImportViewModel)) {
            importing.unbind();
            importing.set(false);
        }
        screen.set(next);
        next.open();
    }
}
