package app.footprint.archive;

/** The decompressed bytes a whole export may produce, shared by all its entries. */
final class ReadBudget {
    private final long maxTotalBytes;
    private long total;

    ReadBudget(long maxTotalBytes) {
        this.maxTotalBytes = maxTotalBytes;
    }

    void spend(long n, String name) throws LimitExceededException {
        total += n;
        if (total > maxTotalBytes) {
            throw new LimitExceededException(name + ": the export decompresses to more than "
                    + maxTotalBytes + " bytes; reading stopped");
        }
    }
}
