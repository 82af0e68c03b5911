package app.footprint.ui.inferences;

import app.footprint.model.StoredInference;

/** A line of an inference list: a conclusion, or the heading of a group of them. */
public sealed interface InferenceEntry {

    /** "Ad interests · 12" above the conclusions of one kind. */
    record Heading(String title, int count) implements InferenceEntry {
    }

    record Row(StoredInference stored) implements InferenceEntry {
    }
}
