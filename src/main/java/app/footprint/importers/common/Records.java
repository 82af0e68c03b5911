package app.footprint.importers.common;

import app.footprint.importers.ImportFile;

/** Lists of records and lists of texts as readers for {@link RootFields}. */
public final class Records {
    private Records() {
    }

    /** A list of objects, handed over one at a time. */
    public static RootFields.Reader objects(ImportFile file, JsonLists.RecordHandler handler) {
        return parser -> {
            if (JsonLists.isList(file, parser)) {
                JsonLists.forEachObject(file, parser, handler);
            }
        };
    }

    /** A list of texts, mojibake repaired. */
    public static RootFields.Reader texts(ImportFile file, JsonLists.TextHandler handler) {
        return parser -> {
            if (JsonLists.isList(file, parser)) {
                JsonLists.forEachText(file, parser, handler);
            }
        };
    }
}
