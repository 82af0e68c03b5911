package app.footprint.archive;

/**
 * Safety caps applied while archives are listed and read. Declared sizes in archive headers are never
 * trusted: every cap counts the bytes actually decompressed.
 *
 * @param maxEntries     entries listed per archive before the rest is refused
 * @param maxEntryBytes  bytes one entry may decompress to
 * @param maxTotalBytes  bytes a whole export may decompress to
 * @param maxRatio       decompressed / compressed bytes allowed once {@code ratioGraceBytes} were read
 * @param ratioGraceBytes bytes read before the ratio is checked (small files compress unevenly)
 */
public record ArchiveLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, double maxRatio,
                            long ratioGraceBytes) {

    private static final long GIB = 1L << 30;

    /** Generous enough for a 50 GB Takeout, tight enough to stop a zip bomb. */
    public static ArchiveLimits defaults() {
        return new ArchiveLimits(1_000_000, 16 * GIB, 512 * GIB, 100.0, 1L << 20);
    }
}
