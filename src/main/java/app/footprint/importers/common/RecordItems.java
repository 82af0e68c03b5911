package app.footprint.importers.common;

import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Records of a list that each become one item of one kind (watch history, searches, likes, logins,
 * friends...), for exports that spell fields loosely (see {@link LooseFields}). The title comes from the
 * record's main field, the time from its date field, and every other field with a value is kept as an
 * attribute, so nothing in the record is lost.
 */
public final class RecordItems {
    /** How TikTok and Snapchat name the time of a record, across files and generations. */
    public static final String[] TIME_FIELDS = {"Date", "date", "Time", "TimeStamp", "Timestamp", "CreateTime",
        "CreateDate", "WatchTime", "CommentTime", "order_date", "browsing_date", "ReceivedDate", "Created",
        "Creation Timestamp", "Start Time", "Story Date", "Acceptance Date", "Purchase Date"};

    private final Category category;
    private final String fallbackTitle;
    private String[] titleFields = {};
    private String[] timeFields = TIME_FIELDS;
    private String[] detailFields = {};
    private Function<JsonNode, String> titleMaker;
    private final Map<String, String> fixed = new LinkedHashMap<>();

    /** @param fallbackTitle the title when the record names nothing better ("Gift sent") */
    public RecordItems(Category category, String fallbackTitle) {
        this.category = category;
        this.fallbackTitle = fallbackTitle;
    }

    /** The fields that name the record, in order of preference. */
    public RecordItems title(String... fields) {
        this.titleFields = fields;
        return this;
    }

    /** A title made from the whole record; where it gives none, the title fields are used. */
    public RecordItems titleFrom(Function<JsonNode, String> maker) {
        this.titleMaker = maker;
        return this;
    }

    /** The fields that hold the record's time, in order of preference, instead of the usual ones. */
    public RecordItems time(String... fields) {
        this.timeFields = fields;
        return this;
    }

    /** Fields holding longer text (a message, a review). */
    public RecordItems detail(String... fields) {
        this.detailFields = fields;
        return this;
    }

    /** An attribute every record of this list gets, such as relation = follower. */
    public RecordItems with(String attribute, String value) {
        fixed.put(attribute, value);
        return this;
    }

    /**
     * Hands one record over as an item.
     *
     * @param key the list or conversation the record belongs to when its name is a dynamic key; else null
     */
    public void add(FileRecords out, String key, JsonNode record) {
        if (!record.isObject()) {
            String text = LooseFields.value(record);
            if (text != null) {
                out.item(category, null, text, null, attributes(key, Map.of()));
            }
            return;
        }
        Set<String> used = new HashSet<>();
        String timeField = LooseFields.nameOf(record, timeFields);
        Moment when = null;
        if (timeField != null) {
            used.add(timeField);
            when = out.time(record, timeField);
        }
        String titleField = LooseFields.nameOf(record, titleFields);
        String detailField = LooseFields.nameOf(record, detailFields);
        String detail = detailField == null ? null : LooseFields.value(record.get(detailField));
        if (detailField != null) {
            used.add(detailField);
        }
        String title = titleMaker == null ? null : titleMaker.apply(record);
        if (title == null && titleField != null) {
            title = LooseFields.value(record.get(titleField));
            used.add(titleField);
        }
        Map<String, String> fromRecord = LooseFields.attributes(record, used);
        if (title == null && when == null && detail == null && fromRecord.isEmpty()) {
            return; // a record of placeholders only ("N/A" everywhere) holds nothing
        }
        out.item(category, when, title == null ? fallbackTitle : title, detail, attributes(key, fromRecord));
    }

    private Map<String, String> attributes(String key, Map<String, String> fromRecord) {
        Map<String, String> all = new LinkedHashMap<>(fixed);
        if (key != null) {
            all.put("group", key);
        }
        all.putAll(fromRecord);
        return all;
    }

    /** The first of the fields with a value, for title makers. */
    public static String first(JsonNode record, String... fields) {
        return LooseFields.text(record, fields);
    }

    /** "a · b": the values present, for titles made of several fields. */
    public static String joined(JsonNode record, List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (String field : fields) {
            String value = LooseFields.text(record, field);
            if (value != null) {
                out.append(out.length() == 0 ? "" : " · ").append(value);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
