package app.footprint.importers;

import app.footprint.archive.ArchiveTree;
import app.footprint.model.Service;

/** An export found among the files the person gave, ready to be imported. */
public record PlannedExport(Importer importer, Recognition recognition, ArchiveTree tree) {
    public Service service() {
        return importer.service();
    }

    /** The names of the files it came from. */
    public String source() {
        return tree.sourceNames();
    }
}
