package app.footprint.bench;

import java.nio.file.Path;

/**
 * What {@code footprint bench} runs.
 *
 * @param scale    size of the heavy persona; scale 1 is about 1 GB uncompressed
 * @param seed     the persona's seed: same scale and seed, same bytes
 * @param fraction share of scale 1 to write, below 1 only for quick checks (the tests)
 * @param keep     folder that keeps the archives and the database afterwards, or null for a temporary one
 * @param ui       also measure the app: startup to the Overview, and the FX thread during an import
 */
public record BenchSettings(int scale, long seed, double fraction, Path keep, boolean ui) {
    public BenchSettings {
        if (scale < 1) {
            throw new IllegalArgumentException("the scale must be at least 1, not " + scale);
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the fraction must be above 0 and at most 1, not " + fraction);
        }
    }
}
