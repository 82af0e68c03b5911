package app.footprint.ui.testing;

import app.footprint.model.Service;
import app.footprint.ui.common.CompanyFocus;
import app.footprint.ui.common.Navigation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Notes where a screen asked to go. */
public final class RecordingNavigation implements Navigation {
    public final List<String> requests = new ArrayList<>();
    public final List<List<Path>> imports = new ArrayList<>();

    @Override
    public void showHome() {
        requests.add("home");
    }

    @Override
    public void showCompany(Service service) {
        requests.add("company " + service.id());
    }

    /** "company facebook RECORDS LOCATIONS", "company amazon RECORDS PURCHASES record 12", "company facebook STATED". */
    @Override
    public void showCompany(Service service, CompanyFocus focus) {
        requests.add("company " + service.id() + " " + focus.part() + (focus.category() != null ? " " + focus.category() : "")
                + (focus.itemId() != null ? " record " + focus.itemId() : ""));
    }

    @Override
    public void showInferences() {
        requests.add("inferences");
    }

    @Override
    public void importFiles(List<Path> paths) {
        requests.add("import");
        imports.add(paths);
    }
}
