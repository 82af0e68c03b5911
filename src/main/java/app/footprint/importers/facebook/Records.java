package app.footprint.importers.facebook;

import app.footprint.importers.ImportFile;
import app.footprint.importers.common.JsonLists;

/** The two kinds of list Facebook files hold, as readers for {@link RootFields}. */
final class Records {
    private Records() {
    }

    /** A list of objects, handed over one at a time. */
    static RootFields.Reader objects(ImportFile file, JsonLists.RecordHandler handler) {
        return parser -> {
            if (JsonLists.isList(file, parser)) {
                JsonLists.forEachObject(file, parser, handler);
            }
        };
    }

    /** A list of texts, mojibake repaired. */
    static RootFields.Reader texts(ImportFile file, JsonLists.TextHandler handler) {
        return parser -> {
            if (JsonLists.isList(file, parser)) {
                JsonLists.forEachText(file, parser, handler);
            }
        };
    }
}
