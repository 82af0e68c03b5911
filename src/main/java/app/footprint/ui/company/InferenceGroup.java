package app.footprint.ui.company;

import app.footprint.model.InferenceKind;
import java.util.List;

/**
 * The stated inferences of one kind, e.g. all ad interests.
 *
 * @param count how many different values the export states
 */
public record InferenceGroup(InferenceKind kind, String title, int count, List<InferenceLine> lines) {
    public InferenceGroup {
        lines = List.copyOf(lines);
    }

    /** True when every line is a bare value: they are shown as chips rather than as a list. */
    public boolean plain() {
        return lines.stream().allMatch(InferenceLine::plain);
    }
}
