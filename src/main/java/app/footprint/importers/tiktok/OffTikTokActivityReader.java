package app.footprint.importers.tiktok;

import app.footprint.importers.common.EventTally;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordItems;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * "Off TikTok Activity" ({@code OffTikTokActivityDataList[{TimeStamp, Source, Event}]}) and the 2022
 * "Usage Data From Third-Party Apps And Websites": what other apps and websites told TikTok the person did
 * there. Each event becomes an item; each source also becomes one stated inference summing its events up
 * (how many, which, from when to when), because "this shop reports your purchases to TikTok" is itself
 * what TikTok knows. Only the per-source tallies are held until the section ends.
 */
final class OffTikTokActivityReader implements SectionReader {
    private static final String[] SOURCE = {"Source", "App", "Website", "Advertiser", "Name", "Partner"};
    private static final String[] EVENT = {"Event", "Action", "Type", "EventType"};

    /** What each source reported. */
    private final Map<String, EventTally> bySource = new LinkedHashMap<>();

    @Override
    public void record(FileRecords out, String field, String key, JsonNode record) {
        if (!record.isObject()) {
            String source = LooseFields.value(record);
            if (source != null) {
                out.item(Category.OFF_SITE_ACTIVITY, null, source, null, Map.of());
                tally(source, null, null);
            }
            return;
        }
        Set<String> used = new HashSet<>();
        String timeField = LooseFields.nameOf(record, RecordItems.TIME_FIELDS);
        Moment when = timeField == null ? null : out.time(record, timeField);
        String sourceField = LooseFields.nameOf(record, SOURCE);
        String eventField = LooseFields.nameOf(record, EVENT);
        String source = sourceField == null ? null : LooseFields.value(record.get(sourceField));
        String event = eventField == null ? null : LooseFields.value(record.get(eventField));
        if (source == null) {
            out.problem("an off-TikTok event without a source; skipped");
            return;
        }
        used.add(sourceField);
        if (timeField != null) {
            used.add(timeField);
        }
        if (eventField != null) {
            used.add(eventField);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (event != null) {
            attributes.put("event", event);
        }
        attributes.putAll(LooseFields.attributes(record, used));
        out.item(Category.OFF_SITE_ACTIVITY, when, source, null, attributes);
        tally(source, event, when);
    }

    private void tally(String source, String event, Moment when) {
        bySource.computeIfAbsent(source, s -> new EventTally()).add(event, when);
    }

    @Override
    public void end(FileRecords out) {
        bySource.forEach((source, tally) ->
                out.inference(InferenceKind.OFF_SITE_ACTIVITY, source, tally.attributes()));
        bySource.clear();
    }
}
