package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FormatException;

/**
 * The HTML twin of a file Footprint reads. Instagram lets people choose HTML or JSON when they request their
 * information; only JSON can be read, so every such file fails with a message that says what to do.
 */
final class HtmlExportParser implements FileParser {
    static final String MESSAGE = "this is an HTML export, which Footprint cannot read: download your "
            + "information from Instagram again and choose the format JSON";

    @Override
    public void parse(ImportFile file) throws FormatException {
        throw new FormatException(MESSAGE);
    }
}
