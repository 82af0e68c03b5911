package app.footprint.archive;

import java.time.Instant;

/**
 * A file inside an archive, as listed (no content).
 *
 * @param path     normalised path with '/' separators, never absolute, never containing ".."
 * @param size     declared size in bytes (-1 if unknown); used for progress only, never trusted
 * @param checksum CRC-32 from the zip directory, or -1 where the container has none
 * @param modified modification time recorded in the archive, if any
 */
public record ArchiveEntry(String path, long size, long checksum, Instant modified) {

    /** The file name without its folders. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
