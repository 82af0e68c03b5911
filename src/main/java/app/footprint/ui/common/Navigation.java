package app.footprint.ui.common;

import app.footprint.model.Service;
import java.nio.file.Path;
import java.util.List;

/** How a screen asks to go elsewhere; the main window decides what is shown. */
public interface Navigation {
    /** The Overview, or the Welcome screen while nothing has been imported. */
    void showHome();

    void showCompany(Service service);

    /** The company's screen, opened on one part of it: records of a kind, what it states, its profile. */
    void showCompany(Service service, CompanyFocus focus);

    /** Every conclusion about the person, stated, derived and combined. */
    void showInferences();

    /** Starts importing the given archives and folders on the Import screen. */
    void importFiles(List<Path> paths);
}
