package app.footprint.importers;

import app.footprint.importers.common.Moment;
import app.footprint.model.Category;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.ImportSink;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.LocationPoint;
import app.footprint.model.SourceRef;
import app.footprint.model.StatedInference;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One file being imported, as a parser sees it: its content, and where to put what it reads. It counts
 * the records and collects the problems for the file's line in the import report.
 */
public final class ImportFile {
    /** Problems kept word for word per file; beyond this only the count grows. */
    static final int MAX_PROBLEM_MESSAGES = 20;

    private final String path;
    private final long size;
    private final InputStream content;
    private final ImportSink sink;
    private final ExportFacts facts;
    private final List<String> problems = new ArrayList<>();
    private long problemCount;
    private long records;

    public ImportFile(String path, long size, InputStream content, ImportSink sink, ExportFacts facts) {
        this.path = path;
        this.size = size;
        this.content = content;
        this.sink = sink;
        this.facts = facts;
    }

    /** The file's path inside the export. */
    public String path() {
        return path;
    }

    /** The file name without its folders. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    /** The content; read it once, as a stream. */
    public InputStream content() {
        return content;
    }

    /**
     * Hands over one record of personal data.
     *
     * @param when     when it happened, or null when the export gives no usable time
     * @param position the record's number in this file, starting at 0
     */
    public void item(Category category, Moment when, String title, String detail,
                     Map<String, String> attributes, long position) {
        Instant at = when == null ? null : when.instant();
        boolean assumed = when != null && when.zoneAssumed();
        sink.item(new Item(category, at, assumed, title, detail, attributes, new SourceRef(path, position)));
        records++;
    }

    /**
     * Hands over one raw location record (Google's location history holds millions). A point off the globe
     * is reported and left out.
     *
     * @param accuracyMeters the radius of uncertainty, or -1 when the export does not say
     * @param method         how the device located itself ("WIFI", "GPS"...), or null
     * @param activity       what the company guessed the person was doing, or null
     */
    public void point(Moment when, int latitudeE7, int longitudeE7, int accuracyMeters, String method,
                      String activity, long position) {
        if (Math.abs((long) latitudeE7) > 900_000_000L || Math.abs((long) longitudeE7) > 1_800_000_000L) {
            problem("record " + position + ": coordinates off the globe; left out");
            return;
        }
        sink.point(new LocationPoint(when == null ? null : when.instant(), latitudeE7, longitudeE7, accuracyMeters,
                method, activity, new SourceRef(path, position)));
        records++;
    }

    /** Hands over one conclusion the company states about the person. */
    public void inference(InferenceKind kind, String value, Map<String, String> attributes, long position) {
        if (value == null || value.isBlank()) {
            problem("record " + position + ": an empty " + kind.label().toLowerCase() + " entry was left out");
            return;
        }
        sink.inference(new StatedInference(kind, value.strip(), attributes, new SourceRef(path, position)));
        records++;
    }

    /** Notes something wrong with part of the file; the import goes on. */
    public void problem(String message) {
        problemCount++;
        if (problems.size() < MAX_PROBLEM_MESSAGES) {
            problems.add(message);
        }
    }

    /** Facts about the whole export that this file reveals (its language, when it was made). */
    public ExportFacts export() {
        return facts;
    }

    public long records() {
        return records;
    }

    public long problemCount() {
        return problemCount;
    }

    FileReport report(FileStatus status, String failure) {
        List<String> messages = new ArrayList<>(problems);
        if (problemCount > problems.size()) {
            messages.add("… and " + (problemCount - problems.size()) + " more problems like these");
        }
        if (failure != null) {
            messages.add(failure);
        }
        return new FileReport(path, size, status, records, messages);
    }

    FileStatus statusWhenDone() {
        return problemCount > 0 ? FileStatus.PARTIAL : FileStatus.IMPORTED;
    }
}
