package app.footprint.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Counts the bytes really decompressed from one entry and stops the read when a limit is broken. The
 * compressed count, where the container has one, gives the compression ratio.
 */
final class GuardedInputStream extends FilterInputStream {
    private final String name;
    private final ArchiveLimits limits;
    private final ReadBudget budget;
    private final InputStreamStatistics compression;
    private final ReadListener listener;
    private long read;

    /**
     * @param compression counts of the compressed stream this entry is read from (the entry's own in a
     *                    zip, the whole stream's in a tar.gz), or null when nothing is compressed
     */
    GuardedInputStream(InputStream in, String name, ArchiveLimits limits, ReadBudget budget,
                       InputStreamStatistics compression, ReadListener listener) {
        super(in);
        this.name = name;
        this.limits = limits;
        this.budget = budget;
        this.compression = compression;
        this.listener = listener;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping still decompresses; read through so the caps see every byte.
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > limits.maxEntryBytes()) {
            throw new LimitExceededException(name + ": larger than " + limits.maxEntryBytes()
                    + " bytes once decompressed; reading stopped");
        }
        budget.spend(n, name);
        if (compression != null && compression.getUncompressedCount() > limits.ratioGraceBytes()) {
            double ratio = (double) compression.getUncompressedCount()
                    / Math.max(1, compression.getCompressedCount());
            if (ratio > limits.maxRatio()) {
                throw new LimitExceededException(name + ": compression ratio above "
                        + (long) limits.maxRatio() + ":1 (a possible zip bomb); reading stopped");
            }
        }
        listener.bytesRead(n);
    }

    /** Leaves the underlying stream open: a tar stream continues with the next entry. */
    @Override
    public void close() {
        // nothing: the archive part closes its own streams
    }
}
