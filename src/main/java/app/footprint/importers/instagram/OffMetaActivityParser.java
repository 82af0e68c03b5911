package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code your_activity_off_meta_technologies.json} ({@code apps_and_websites_off_meta_activity}): what other
 * apps and websites told Meta the person did there. Each event becomes an item; each company also becomes
 * one stated inference that sums its events up (how many, of which types, from when to when), because
 * "this shop reports your purchases to Meta" is itself what Meta holds.
 */
final class OffMetaActivityParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        long[] eventPosition = {0};
        new RootFields()
                .on("apps_and_websites_off_meta_activity",
                        Records.objects(file, (index, company) -> company(file, index, company, eventPosition)))
                .read(file);
    }

    private static void company(ImportFile file, long index, JsonNode company, long[] eventPosition) {
        String name = Json.text(company, "name");
        if (name == null || name.isBlank()) {
            file.problem("record " + index + ": a company without a name; skipped");
            return;
        }
        JsonNode events = company.get("events");
        if (events != null && !events.isArray()) {
            file.problem("record " + index + ": \"events\" is not a list; its events were skipped");
            events = null;
        }
        Map<String, Integer> types = new LinkedHashMap<>();
        int count = 0;
        Instant first = null;
        Instant last = null;
        if (events != null) {
            for (JsonNode event : events) {
                long position = eventPosition[0]++;
                if (!event.isObject()) {
                    file.problem("event " + position + ": not an object; skipped");
                    continue;
                }
                String type = Json.text(event, "type");
                Moment when = RecordTimes.seconds(file, position, event, "timestamp");
                file.item(Category.OFF_SITE_ACTIVITY, when, name, null,
                        Attrs.of("type", type, "id", Json.text(event, "id")), position);
                count++;
                if (type != null) {
                    types.merge(type, 1, Integer::sum);
                }
                if (when != null) {
                    first = first == null || when.instant().isBefore(first) ? when.instant() : first;
                    last = last == null || when.instant().isAfter(last) ? when.instant() : last;
                }
            }
        }
        file.inference(InferenceKind.OFF_SITE_ACTIVITY, name, Attrs.of(
                "events", Integer.toString(count),
                "types", describe(types),
                "first", first == null ? null : first.toString(),
                "last", last == null ? null : last.toString()), index);
    }

    /** "PURCHASE 19, PAGE_VIEW 2": the most frequent type first. */
    private static String describe(Map<String, Integer> types) {
        return types.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
