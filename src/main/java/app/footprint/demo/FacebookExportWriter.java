package app.footprint.demo;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes Jana's Facebook export as Meta hands it out since 2024: a zip without wrapper folder, English
 * labels, every text escaped byte by byte, epoch seconds (milliseconds in messages).
 */
final class FacebookExportWriter {
    static final String FILE_NAME = "facebook-janakoehler-2024-03-12-Xy7Kq2.zip";

    private FacebookExportWriter() {
    }

    static DemoFacts.Facebook write(OutputStream out) throws IOException {
        FacebookTally tally = new FacebookTally();
        FacebookPeople people = FacebookPeople.generate();
        try (DemoZip zip = new DemoZip(out)) {
            FacebookProfileWriter profile = new FacebookProfileWriter(zip, tally, people);
            profile.writeProfileAndFriends();
            new FacebookActivityWriter(zip, tally, people).write();
            new FacebookMessagesWriter(zip, tally).write(people);
            new FacebookLoginsWriter(zip, tally).write();
            new FacebookAdsWriter(zip, tally).write();
            profile.writeUnreadSettings();
        }
        return tally.toFacts();
    }
}
