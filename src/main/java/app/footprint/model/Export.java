package app.footprint.model;

import java.time.Instant;

/**
 * One imported export: a snapshot of what a company held on the day it produced the archive.
 *
 * @param kind       which export of the service this is (account data, extended streaming history...)
 * @param source     the file names the person gave, joined with ", "
 * @param exportedAt when the company produced the archive, if known
 * @param problems   how many files had problems
 */
public record Export(long id, Service service, String kind, String source, String fingerprint,
                     Instant importedAt, Instant exportedAt, String layout, String language,
                     long items, long inferences, long problems) {
}
