package app.footprint.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The heavy persona's Google Takeout, one part with English names: the archive description, My Activity of
 * five products, and the raw location history.
 */
final class HeavyTakeoutWriter {
    static final String FILE_NAME = "takeout-20240312T091500Z-001.zip";
    static final String ROOT = "Takeout/";

    private HeavyTakeoutWriter() {
    }

    static void write(OutputStream out, HeavyScale scale, HeavyTally tally) throws IOException {
        try (HeavyZip zip = new HeavyZip(out, tally)) {
            zip.text(ROOT + "archive_browser.html", HeavyTakeoutWriter::archiveDescription);
            new HeavyActivityWriter(scale, tally).write(zip);
            new HeavyLocationWriter(scale, tally).write(zip);
        }
    }

    /** A Takeout with the location history alone: what the heap test imports under a small heap. */
    static void writeLocationHistory(OutputStream out, HeavyScale scale, HeavyTally tally) throws IOException {
        try (HeavyZip zip = new HeavyZip(out, tally)) {
            zip.text(ROOT + "archive_browser.html", HeavyTakeoutWriter::archiveDescription);
            new HeavyLocationWriter(scale, tally).write(zip);
        }
    }

    /** The head of Google's archive description: for whom, when (10:15 in Leipzig), what it holds. */
    private static void archiveDescription(Writer out) throws IOException {
        out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Archive Overview</title>"
                + "</head><body><div class=\"job-id hidden\">8c2d4f6a-1e3b-4a5c-9d7e-2f4a6c8e0b13</div>"
                + "<h1 class=\"header_title\">Archive for " + Persona.EMAIL + "</h1>"
                + "<div class=\"header_subtext\">Mar 12, 2024, 10:15:00 AM CET • 1 file • "
                + "<a href=\"https://support.google.com/accounts?p=takeout\">Learn more</a></div>"
                + "<div class=\"service-detail\"><div class=\"service-header\"><h1>My Activity</h1></div></div>"
                + "<div class=\"service-detail\"><div class=\"service-header\"><h1>Location History</h1></div></div>"
                + "</body></html>");
    }
}
