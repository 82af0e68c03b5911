package app.footprint.requests;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The laws table bundled as {@code laws.json} next to this class (documented in docs/LAWS.md). */
public final class Laws {
    private static final String RESOURCE = "laws.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, Law> byKey;

    private Laws(Map<String, Law> byKey) {
        this.byKey = byKey;
    }

    /** The bundled table; a broken table is a bug in the build, so it fails loudly. */
    public static Laws bundled() {
        try (InputStream in = Laws.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a table: a JSON array of laws, one record at a time. */
    static Laws read(InputStream in) throws IOException {
        Map<String, Law> laws = new LinkedHashMap<>();
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(RESOURCE + ": expected an array of laws");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode record = p.readValueAsTree();
                Law law = law(record);
                if (laws.put(law.key(), law) != null) {
                    throw new IOException(RESOURCE + ": law " + law.key() + " appears twice");
                }
            }
        }
        return new Laws(laws);
    }

    public Collection<Law> all() {
        return byKey.values();
    }

    /** The law with this key, compared without regard to case. */
    public Optional<Law> find(String key) {
        return Optional.ofNullable(byKey.get(key.toLowerCase(Locale.ROOT)));
    }

    private static Law law(JsonNode n) throws IOException {
        String key = text(n, "key");
        Map<RequestType, Provision> rights = new EnumMap<>(RequestType.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("rights").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> right = it.next();
            rights.put(type(key, right.getKey()), new Provision(text(right.getValue(), "cite"),
                    right.getValue().path("verify").asBoolean(false)));
        }
        Map<RequestType, Timing> byType = new EnumMap<>(RequestType.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("timingByType").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> t = it.next();
            byType.put(type(key, t.getKey()), timing(key, t.getValue()));
        }
        try {
            return new Law(key, text(n, "name"), rights, timing(key, n.path("timing")), byType,
                    text(n.path("complaintTo"), "name"), n.path("complaintTo").path("verify").asBoolean(false),
                    n.path("note").asText(""));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(RESOURCE + ": law " + key + ": " + e.getMessage(), e);
        }
    }

    private static Timing timing(String law, JsonNode n) throws IOException {
        if (!n.isObject()) {
            throw new IOException(RESOURCE + ": law " + law + " has no timing");
        }
        return new Timing(rule(law, n.get("due")), rule(law, n.get("extendedDue")), rule(law, n.get("acknowledgeBy")));
    }

    private static DeadlineRule rule(String law, JsonNode n) throws IOException {
        if (n == null || n.isNull()) {
            return null;
        }
        DeadlineRule.Unit unit = switch (text(n, "unit")) {
            case "months" -> DeadlineRule.Unit.MONTHS;
            case "days" -> DeadlineRule.Unit.DAYS;
            case "business-days" -> DeadlineRule.Unit.BUSINESS_DAYS;
            default -> throw new IOException(RESOURCE + ": law " + law + ": unknown unit " + n.get("unit"));
        };
        return new DeadlineRule(unit, n.path("amount").asInt(0), n.path("roll").asBoolean(false), text(n, "basis"),
                n.path("verify").asBoolean(false));
    }

    private static RequestType type(String law, String key) throws IOException {
        return RequestType.fromKey(key)
                .orElseThrow(() -> new IOException(RESOURCE + ": law " + law + ": unknown request type " + key));
    }

    private static String text(JsonNode n, String field) throws IOException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IOException(RESOURCE + ": missing \"" + field + "\" in " + n);
        }
        return v.asText();
    }
}
