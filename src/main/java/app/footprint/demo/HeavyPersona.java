package app.footprint.demo;

import app.footprint.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A heavy synthetic persona for benchmarks: about a gigabyte of exports at scale 1 (every count grows with
 * the scale) in the real layouts, which the importers read without a single problem. Google Takeout with
 * three million raw location points and half a million My Activity records; Facebook with 200,000
 * Messenger messages and its ad inferences; a year of Spotify plays; 50,000 Amazon order lines and its
 * audience lists. Everything is written as it is made, straight into the zips, so memory stays flat at any
 * scale, and the same scale and seed always give the same bytes.
 *
 * <p>The zips carry the names the companies give them; write them into a folder of their own, since the
 * demo persona's Spotify and Amazon zips have the same names.
 */
public final class HeavyPersona {
    private final HeavyScale scale;
    private HeavyTally tally;

    /** The persona at {@code scale} (at least 1); the seed chooses the content. */
    public HeavyPersona(int scale, long seed) {
        this(scale, seed, 1.0);
    }

    /**
     * A miniature of the persona, for tests and the CI-size benchmark: {@code fraction} (above 0, at most 1)
     * shrinks the heavy parts (location points, activity records, messages, plays, order lines, off-Meta
     * events) and the records per split file with them, so that 1/1000 of scale 1 splits its files as scale 1
     * does. The lists of stated inferences, a few hundred entries each, keep their length.
     */
    public HeavyPersona(int scale, long seed, double fraction) {
        this.scale = new HeavyScale(scale, seed, fraction);
    }

    /**
     * Writes the zips into {@code folder} (created if needed), replacing earlier copies: Google, Facebook,
     * Spotify, then Amazon's two.
     *
     * @return the zips, in that order
     */
    public List<Path> writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        HeavyTally counted = new HeavyTally();
        List<Path> written = new ArrayList<>();
        written.add(write(folder, HeavyTakeoutWriter.FILE_NAME, out -> HeavyTakeoutWriter.write(out, scale, counted)));
        written.add(write(folder, HeavyFacebookWriter.FILE_NAME, out -> HeavyFacebookWriter.write(out, scale, counted)));
        written.add(write(folder, HeavySpotifyWriter.FILE_NAME, out -> HeavySpotifyWriter.write(out, scale, counted)));
        written.add(write(folder, HeavyAmazonWriter.ORDERS_FILE_NAME,
                out -> HeavyAmazonWriter.writeOrders(out, scale, counted)));
        written.add(write(folder, HeavyAmazonWriter.ADVERTISING_FILE_NAME,
                out -> HeavyAmazonWriter.writeAdvertising(out, scale, counted)));
        synchronized (this) {
            tally = counted;
        }
        return List.copyOf(written);
    }

    /**
     * Writes only the Takeout's raw location history (Records.json, three million points at scale 1) into
     * {@code folder}; the facts are not touched.
     */
    Path writeLocationHistoryTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        return write(folder, HeavyTakeoutWriter.FILE_NAME,
                out -> HeavyTakeoutWriter.writeLocationHistory(out, scale, new HeavyTally()));
    }

    private static Path write(Path folder, String name, DemoPersona.ZipContent content) throws IOException {
        return DemoPersona.writeFile(folder.resolve(name), content);
    }

    /** What the zips hold, counted while writing them. */
    public synchronized HeavyFacts facts() {
        return written().toFacts();
    }

    /** The stated inferences written for one company; the facts hold them all together. */
    synchronized long statedInferencesOf(Service service) {
        return written().inferencesOf(service);
    }

    private HeavyTally written() {
        if (tally == null) {
            throw new IllegalStateException("the heavy persona has not been written yet: call writeTo first");
        }
        return tally;
    }
}
