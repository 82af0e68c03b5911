package app.footprint.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The operating system's file and folder dialogs; the next dialog opens where the last one ended. */
public final class SystemArchiveChooser implements ArchiveChooser {
    private File lastFolder;

    @Override
    public List<Path> chooseArchives(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import archives");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Export archives (zip, tar.gz, tgz, json)",
                        "*.zip", "*.tar.gz", "*.tgz", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        startIn(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import an unpacked export folder");
        startIn(chooser::setInitialDirectory);
        File folder = chooser.showDialog(owner);
        if (folder == null) {
            return Optional.empty();
        }
        lastFolder = folder.getParentFile();
        return Optional.of(folder.toPath());
    }

    @Override
    public Optional<Path> chooseReportFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a format report");
        chooser.setInitialFileName("footprint-format-report.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Format report (json)", "*.json"));
        startIn(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private void startIn(Consumer<File> setter) {
        if (lastFolder != null && lastFolder.isDirectory()) {
            setter.accept(lastFolder);
        }
    }
}
