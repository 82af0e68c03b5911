package app.footprint.importers;

import java.time.Instant;

/**
 * An importer's verdict on a tree.
 *
 * @param confidence 0 (not this service) to 1 (certainly this service)
 * @param kind       which export of the service: "account data", "extended streaming history"...
 * @param layout     the generation of the folder layout, e.g. "2024+" or "before 2024"
 * @param language   the export's language as an IETF tag, or null while unknown
 * @param exportedAt when the company produced the export, where the archive states it; else null
 */
public record Recognition(double confidence, String kind, String layout, String language, Instant exportedAt) {

    public static final double THRESHOLD = 0.2;

    public static Recognition none() {
        return new Recognition(0, "", "", null, null);
    }

    public boolean recognised() {
        return confidence >= THRESHOLD;
    }
}
