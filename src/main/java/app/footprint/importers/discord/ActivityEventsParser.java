package app.footprint.importers.discord;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.NdJson;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code activity/{analytics,modeling,reporting,tns}/events-YYYY-NNNNN-of-NNNNN.json}: one JSON object per
 * line, each an event Discord logged about the person ("app_opened", "send_message", "join_voice_channel"…)
 * with where and on what it happened. Every event becomes an activity item; of its hundred-odd fields only
 * those that say what, where and on which device are kept, and nothing is held between lines, so files of
 * millions of events stay cheap.
 *
 * <p>Some lines carry no event type but a model's output: {@code predicted_gender} or {@code predicted_age}
 * with the probability of each answer. Those are Discord's own conclusions about the person and become
 * demographic stated inferences ("Predicted gender: female") with the probabilities as attributes.
 */
final class ActivityEventsParser implements FileParser {
    /** Event fields kept as attributes: what happened, where, on which device, and to which message or server. */
    private static final Set<String> EVENT_FIELDS = Set.of(
            "event_type", "city", "region_code", "country_code", "time_zone", "ip", "isp", "os", "os_version",
            "device", "browser", "guild_id", "channel_id", "message_id", "emoji_name", "game_name",
            "application_name", "duration", "invite_code", "join_type");
    private static final Set<String> TIME_FIELDS = Set.of("timestamp", "client_track_timestamp");
    /** Fields of a model's output besides its "predicted_…" answers. */
    private static final Set<String> PREDICTION_FIELDS = Set.of("probability", "model_version", "day_pt");
    /** Titles per event type, made once; a file holds a few hundred types at most, but stay bounded. */
    private static final int MAX_TITLES = 2000;

    private final Map<String, String> titles = new HashMap<>();

    @Override
    public void parse(ImportFile file) throws IOException {
        NdJson.forEachLine(file, (index, p) -> line(file, index, p));
    }

    private void line(ImportFile file, long index, JsonParser p) throws IOException {
        Map<String, String> kept = new LinkedHashMap<>();
        Map<String, String> predictions = new LinkedHashMap<>();
        Map<String, String> model = new LinkedHashMap<>();
        String timestamp = null;
        String fallbackTime = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            if (EVENT_FIELDS.contains(name)) {
                kept.put(name, p.getValueAsString());
            } else if (TIME_FIELDS.contains(name)) {
                if (name.equals("timestamp")) {
                    timestamp = p.getValueAsString();
                } else {
                    fallbackTime = p.getValueAsString();
                }
            } else if (name.startsWith("predicted_")) {
                predictions.put(name, p.getValueAsString());
            } else if (name.startsWith("prob") || PREDICTION_FIELDS.contains(name)) {
                model.put(name, p.getValueAsString());
            }
        }
        String type = kept.get("event_type");
        if (type != null && !type.isBlank()) {
            event(file, index, type, kept, timestamp != null ? timestamp : fallbackTime);
        } else if (!predictions.isEmpty()) {
            predictions(file, index, predictions, model);
        } else {
            file.problem("record " + index + ": neither an event type nor a prediction; skipped");
        }
    }

    private void event(ImportFile file, long index, String type, Map<String, String> kept, String timestamp) {
        Moment when = DiscordTimes.event(timestamp);
        if (when == null && timestamp != null) {
            file.problem("record " + index + ": timestamp " + timestamp + " is not a usable time; kept without a time");
        }
        file.item(Category.ACTIVITY, when, title(type), null, kept, index);
    }

    /** One inference per "predicted_…" answer, each with the model's probabilities, version and day. */
    private static void predictions(ImportFile file, long index, Map<String, String> predictions,
                                    Map<String, String> model) {
        Map<String, String> attributes = new LinkedHashMap<>();
        model.forEach((k, v) -> attributes.put(k.equals("day_pt") ? "day" : k, v));
        predictions.forEach((field, answer) -> {
            if (answer == null || answer.isBlank()) {
                file.problem("record " + index + ": an empty " + field + "; left out");
                return;
            }
            Map<String, String> own = new LinkedHashMap<>();
            own.put("model", field);
            own.putAll(attributes);
            file.inference(InferenceKind.DEMOGRAPHIC, label(field) + ": " + answer.strip(), own, index);
        });
    }

    /** "add_reaction" becomes "Add reaction"; made once per type. */
    private String title(String type) {
        String title = titles.get(type);
        if (title == null) {
            title = label(type);
            if (titles.size() < MAX_TITLES) {
                titles.put(type, title);
            }
        }
        return title;
    }

    /** "predicted_gender" becomes "Predicted gender". */
    static String label(String field) {
        String spaced = field.replace('_', ' ').strip();
        if (spaced.isEmpty()) {
            return field;
        }
        return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
    }
}
