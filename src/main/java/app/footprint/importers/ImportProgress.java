package app.footprint.importers;

/** Told how far an import has got; called from the importing thread, often, so it must be cheap. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (file, done, total) -> { };

    /**
     * @param currentFile the path of the file being read
     * @param bytesDone   bytes read so far from the files being imported
     * @param bytesTotal  their declared total (an estimate: headers can lie)
     */
    void progress(String currentFile, long bytesDone, long bytesTotal);
}
