package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Moment;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/**
 * {@code Takeout/archive_browser.html} (German {@code Archiv_Übersicht.html}) describes the archive. Its
 * head states when Google made it: {@code <div class="header_subtext">Mar 12, 2024, 10:14:00 AM CET •
 * 1.5 GB • …</div>}. Only the head is read (the rest lists every file and can be large); where no date is
 * stated, the export date is left to the runner.
 */
final class ArchiveBrowserParser implements FileParser {
    /** The head comes first; a description this far in without one states no date. */
    private static final int HEAD_CHARS = 256 * 1024;
    private static final String SUBTEXT = "class=\"header_subtext\"";

    @Override
    public void parse(ImportFile file) throws IOException {
        Reader in = new InputStreamReader(file.content(), StandardCharsets.UTF_8);
        char[] head = new char[HEAD_CHARS];
        int length = 0;
        int n;
        while (length < head.length && (n = in.read(head, length, head.length - length)) != -1) {
            length += n;
        }
        Moment made = exportDate(new String(head, 0, length));
        if (made != null) {
            file.export().exportedAt(made.instant());
        }
    }

    static Moment exportDate(String html) {
        int at = html.indexOf(SUBTEXT);
        if (at < 0) {
            return null;
        }
        int start = html.indexOf('>', at);
        int end = html.indexOf("</div>", start);
        if (start < 0 || end < 0) {
            return null;
        }
        String text = Jsoup.parseBodyFragment(html.substring(start + 1, end)).text();
        int bullet = text.indexOf('•');
        return ActivityDates.parse(bullet > 0 ? text.substring(0, bullet) : text);
    }
}
