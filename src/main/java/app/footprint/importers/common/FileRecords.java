package app.footprint.importers.common;

import app.footprint.importers.ImportFile;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Where the readers of one file put what they read, for exports whose one file holds many lists (TikTok,
 * Snapchat): every fact is numbered in file order across all lists, and times are read from the zoo of
 * text formats ("2024-11-20 15:18:33", "2022-07-22 19:28:21 UTC", epoch digits), problems naming the record.
 */
public final class FileRecords {
    private final ImportFile file;
    private long position;

    public FileRecords(ImportFile file) {
        this.file = file;
    }

    public ImportFile file() {
        return file;
    }

    /** The number the next fact will get; problems name it as "record N". */
    public long position() {
        return position;
    }

    public void item(Category category, Moment when, String title, String detail, Map<String, String> attributes) {
        file.item(category, when, title, detail, attributes, position++);
    }

    public void inference(InferenceKind kind, String value, Map<String, String> attributes) {
        if (value == null || value.isBlank()) {
            return;
        }
        file.inference(kind, value, attributes, position++);
    }

    public void problem(String message) {
        file.problem("record " + position + ": " + message);
    }

    /**
     * A time as TikTok writes it ("2024-11-20 15:18:33", "2022-03-01 10:00:00 UTC", epoch seconds);
     * null for placeholders. A time that cannot be read is reported and left out.
     */
    public Moment time(JsonNode record, String field) {
        JsonNode node = record == null ? null : record.get(field);
        String text = LooseFields.value(node);
        if (text == null || text.equals("0")) {
            return null;
        }
        Moment moment = Timestamps.parse(text);
        if (moment == null) {
            problem("\"" + field + "\" holds no time that can be read; kept without a time");
        }
        return moment;
    }
}
