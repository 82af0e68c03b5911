package app.footprint.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the person which archives or which unpacked folder to import, and where to save a format report. */
public interface ArchiveChooser {
    /** The chosen files; empty when the person changed their mind. */
    List<Path> chooseArchives(Window owner);

    Optional<Path> chooseFolder(Window owner);

    /** Where to save a format report; empty when the person changed their mind. */
    Optional<Path> chooseReportFile(Window owner);
}
