package app.footprint.importers.tiktok;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.FormatException;
import java.io.IOException;

/**
 * One file of TikTok's text export ("Activity/Browsing History.txt"), seen 2024–25 in place of the JSON
 * file. The file's name says which section it is; its "Key: value" blocks (see {@link TextBlocks}) go to
 * the same section reader as the JSON lists, so both layouts give the same items. The layout of these files
 * is known only from public parsers, not from a sample: a file that holds text but no such blocks fails
 * with a message that says what to do.
 */
final class TextFileParser implements FileParser {
    static final String UNREADABLE = "this TikTok text file is not laid out as \"Key: value\" lines, which "
            + "is all Footprint can read of TikTok's text export: download your data from TikTok again and "
            + "choose the file format JSON";

    private final Section section;
    private final String name;

    TextFileParser(Section section, String name) {
        this.section = section;
        this.name = name;
    }

    @Override
    public void parse(ImportFile file) throws IOException {
        FileRecords out = new FileRecords(file);
        SectionReader reader = section.reader();
        TextBlocks.Counts counts = TextBlocks.read(file.content(), (heading, block) -> {
            UserDataParser.dropIgnored(section, block);
            reader.record(out, name, heading, block);
        });
        reader.end(out);
        if (counts.blocks() == 0 && counts.looseLines() > 0) {
            throw new FormatException(UNREADABLE);
        }
    }
}
