package app.footprint.importers.common;

import app.footprint.importers.ImportFile;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Meta's off-site activity, in Facebook's and Instagram's exports alike: a list of companies, each with the
 * events it reported (what other apps and websites told Meta the person did there). Each event becomes an
 * item; each company one stated inference summing its events up ({@link EventTally}).
 */
public final class MetaOffSiteActivity {
    private MetaOffSiteActivity() {
    }

    /** Reads the list of companies the parser stands on; events are numbered across the whole file. */
    public static RootFields.Reader companies(ImportFile file) {
        long[] eventPosition = {0};
        return Records.objects(file, (index, company) -> company(file, index, company, eventPosition));
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
        EventTally tally = new EventTally();
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
                tally.add(type, when);
            }
        }
        file.inference(InferenceKind.OFF_SITE_ACTIVITY, name, tally.attributes(), index);
    }
}
