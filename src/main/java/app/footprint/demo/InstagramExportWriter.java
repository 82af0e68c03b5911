package app.footprint.demo;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes Jana's Instagram export as Meta hands out large downloads since 2024: two zips split by top
 * folder, no wrapper folder, English labels, every text escaped byte by byte, epoch seconds (local-time
 * milliseconds in direct messages). The first part holds her activity and connections, the second the rest.
 */
final class InstagramExportWriter {
    static final String PART_1 = "instagram-janakoehler-2024-03-12-part_1.zip";
    static final String PART_2 = "instagram-janakoehler-2024-03-12-part_2.zip";

    private InstagramExportWriter() {
    }

    /** Part 1: {@code your_instagram_activity/} and {@code connections/}. */
    static void writeActivity(OutputStream out, InstagramTally tally) throws IOException {
        try (InstagramPart part = new InstagramPart(out)) {
            new InstagramActivityWriter(part, tally, InstagramPeople.generate()).write();
            tally.firstPartFiles += part.files();
        }
    }

    /** Part 2: personal information, searches, ads, topics, off-Meta activity, security and preferences. */
    static void writeAccountAndAds(OutputStream out, InstagramTally tally) throws IOException {
        try (InstagramPart part = new InstagramPart(out)) {
            InstagramPeople people = InstagramPeople.generate();
            new InstagramAccountWriter(part, tally, people).write();
            new InstagramAdsWriter(part, tally, people).write();
            tally.secondPartFiles += part.files();
        }
    }
}
