package app.footprint.archive;

/** Reading an entry broke one of the {@link ArchiveLimits}: a likely zip bomb or a lying header. */
public class LimitExceededException extends ArchiveException {
    public LimitExceededException(String message) {
        super(message);
    }
}
