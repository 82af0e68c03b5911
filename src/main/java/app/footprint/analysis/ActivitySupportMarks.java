package app.footprint.analysis;

import app.footprint.model.ActivitySupport;
import app.footprint.model.Inference;
import app.footprint.model.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks each stated interest as supported by the person's own activity (an activity interest of the same topic, or
 * of a broader or narrower one, in any company's data) or as leaving no trace there. Without a topic, no mark.
 */
final class ActivitySupportMarks {
    private ActivitySupportMarks() {
    }

    /** The stated inferences, each interest marked as supported by the person's activity or not. */
    static List<Inference> mark(List<Inference> stated, List<Inference> activityInterests) {
        Map<String, Topic> shown = new LinkedHashMap<>();
        for (Inference a : activityInterests) {
            if (a.topic() != null) {
                shown.putIfAbsent(a.topic().id(), a.topic());
            }
        }
        List<Inference> out = new ArrayList<>(stated.size());
        for (Inference s : stated) {
            if (s.topic() == null || !CrossCompanyView.INTEREST_KINDS.contains(s.kind())) {
                out.add(s);
                continue;
            }
            boolean supported = shown.values().stream().anyMatch(t -> Taxonomy.related(t, s.topic()));
            out.add(s.withSupport(supported ? ActivitySupport.SUPPORTED : ActivitySupport.NO_TRACE));
        }
        return out;
    }
}
