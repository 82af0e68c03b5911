package app.footprint.requests;

import app.footprint.model.RequestEvent;
import app.footprint.model.RequestLogEntry;
import app.footprint.model.RequestStatus;
import app.footprint.model.TrackedRequest;
import app.footprint.store.RequestStore;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * Saves every tracked request with its log to JSON and reads such a file back, so that nothing is lost.
 * The file: {@code {"format":"footprint-requests","version":1,"requests":[{..., "log":[...]}]}}.
 */
public final class RequestBackup {
    static final String FORMAT = "footprint-requests";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RequestStore store;

    public RequestBackup(RequestStore store) {
        this.store = store;
    }

    /** Writes every request and its log. */
    public int write(OutputStream out) throws IOException {
        Map<TrackedRequest, List<RequestLogEntry>> all = store.all();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", 1);
            g.writeArrayFieldStart("requests");
            for (Entry<TrackedRequest, List<RequestLogEntry>> e : all.entrySet()) {
                write(g, e.getKey(), e.getValue());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return all.size();
    }

    private static void write(JsonGenerator g, TrackedRequest r, List<RequestLogEntry> log) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", r.id());
        g.writeStringField("reference", r.reference());
        g.writeStringField("service", r.service());
        g.writeStringField("law", r.lawKey());
        g.writeStringField("type", r.typeKey());
        g.writeStringField("status", r.status().key());
        g.writeStringField("sent", iso(r.sent()));
        g.writeStringField("due", iso(r.due()));
        g.writeStringField("extendedDue", iso(r.extendedDue()));
        g.writeStringField("acknowledgeBy", iso(r.acknowledgeBy()));
        g.writeBooleanField("actionNeeded", r.actionNeeded());
        g.writeStringField("created", r.created().toString());
        g.writeStringField("updated", r.updated().toString());
        g.writeStringField("note", r.note());
        g.writeArrayFieldStart("log");
        for (RequestLogEntry e : log) {
            g.writeStartObject();
            g.writeStringField("at", e.at().toString());
            g.writeStringField("event", e.event().key());
            g.writeStringField("text", e.text());
            g.writeStringField("attachment", e.attachment());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Reads a backup whole, checking every record, and only then adds its requests in one transaction: a broken
     * file, or a reference already in the database, changes nothing.
     *
     * @return how many requests were restored
     * @throws IOException naming the broken record ("request 3: ...")
     */
    public int restore(InputStream in) throws IOException {
        Map<TrackedRequest, List<RequestLogEntry>> read = new LinkedHashMap<>();
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a Footprint requests backup: expected a JSON object");
            }
            boolean formatSeen = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (field.equals("format")) {
                    if (!FORMAT.equals(p.getText())) {
                        throw new IOException("not a Footprint requests backup: format " + p.getText());
                    }
                    formatSeen = true;
                } else if (field.equals("requests") && value == JsonToken.START_ARRAY) {
                    int number = 0;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        number++;
                        JsonNode record = p.readValueAsTree();
                        try {
                            TrackedRequest r = request(record);
                            if (read.keySet().stream().anyMatch(k -> k.reference().equals(r.reference()) || k.id() == r.id())) {
                                throw new IllegalArgumentException("appears twice");
                            }
                            read.put(r, log(record.get("log")));
                        } catch (RuntimeException e) {
                            throw new IOException("request " + number + ": " + e.getMessage(), e);
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (!formatSeen) {
                throw new IOException("not a Footprint requests backup: no format field");
            }
        }
        try {
            store.restore(read);
        } catch (RuntimeException e) {
            throw new IOException("cannot restore (is a request already there?): " + e.getMessage(), e);
        }
        return read.size();
    }

    private static TrackedRequest request(JsonNode n) {
        RequestStatus status = RequestStatus.fromKey(text(n, "status", true))
                .orElseThrow(() -> new IllegalArgumentException("unknown status " + n.get("status")));
        JsonNode id = n.get("id");
        if (id == null || !id.canConvertToLong() || id.asLong() <= 0) {
            throw new IllegalArgumentException("id missing or not a positive number");
        }
        JsonNode action = n.get("actionNeeded");
        if (action == null || !action.isBoolean()) {
            throw new IllegalArgumentException("actionNeeded missing or not true/false");
        }
        return new TrackedRequest(id.asLong(), text(n, "reference", true), text(n, "service", true),
                text(n, "law", true), text(n, "type", true), status, date(n, "sent", true), date(n, "due", true),
                date(n, "extendedDue", false), date(n, "acknowledgeBy", false), action.asBoolean(),
                Instant.parse(text(n, "created", true)), Instant.parse(text(n, "updated", true)), text(n, "note", false));
    }

    private static List<RequestLogEntry> log(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("log missing or not a list");
        }
        List<RequestLogEntry> out = new ArrayList<>();
        for (JsonNode e : array) {
            RequestEvent event = RequestEvent.fromKey(text(e, "event", true))
                    .orElseThrow(() -> new IllegalArgumentException("log: unknown event " + e.get("event")));
            out.add(new RequestLogEntry(Instant.parse(text(e, "at", true)), event, text(e, "text", false),
                    text(e, "attachment", false)));
        }
        return out;
    }

    private static String text(JsonNode n, String field, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(field + " missing");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field + " is not text");
        }
        return v.asText();
    }

    private static LocalDate date(JsonNode n, String field, boolean required) {
        String s = text(n, field, required);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + " is not a date (YYYY-MM-DD): " + s);
        }
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
