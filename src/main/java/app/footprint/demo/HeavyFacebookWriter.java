package app.footprint.demo;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The heavy persona's Facebook export in the 2024+ layout, every text escaped byte by byte as Meta does:
 * the Messenger inbox and the files in which Meta states its conclusions.
 */
final class HeavyFacebookWriter {
    static final String FILE_NAME = "facebook-janakoehler-2024-03-12-Hv7Zp3.zip";

    private HeavyFacebookWriter() {
    }

    static void write(OutputStream out, HeavyScale scale, HeavyTally tally) throws IOException {
        try (HeavyZip zip = new HeavyZip(out, tally)) {
            new HeavyMetaAdsWriter(scale, tally).write(zip);
            new HeavyMessagesWriter(scale, tally).write(zip);
        }
    }
}
