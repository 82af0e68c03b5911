package app.footprint.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A conclusion about the person: stated by a company, derived by Footprint from one company's data, or
 * combined from several companies' data.
 *
 * @param service       the company, or null for a conclusion across companies ("combined")
 * @param label         the conclusion in a few words: "Hiking", "Home near Zschochersche Straße"
 * @param topic         its topic in Footprint's taxonomy, or null when none fits
 * @param sensitive     the sensitive category it reveals, or null
 * @param sensitiveWhy  why it is flagged, in plain words; null when not sensitive
 * @param confidence    0 to 1: how sure the rule (or, for stated ones, the company) is
 * @param latitude      for a place (home, work, regular place), in decimal degrees; else null
 * @param support       for a stated interest, whether your activity shows it; else null
 * @param explanation   what it means and how it was reached, for a non-expert
 * @param evidence      what it rests on (at most a few hundred, the most telling first)
 * @param evidenceCount how many records it rests on in all, which may exceed the evidence listed
 * @param sources       the companies whose data contributes
 */
public record Inference(InferenceOrigin origin, Service service, InferenceKind kind, String label, Topic topic,
                        SensitiveCategory sensitive, String sensitiveWhy, double confidence, Double latitude,
                        Double longitude, ActivitySupport support, String explanation, List<Evidence> evidence,
                        long evidenceCount, Set<Service> sources) {
    public Inference {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(explanation, "explanation");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("a place needs both latitude and longitude");
        }
        evidence = List.copyOf(evidence);
        sources = Set.copyOf(sources);
        if (sensitive != null && sensitiveWhy == null) {
            sensitiveWhy = sensitive.why();
        }
    }

    public boolean isCombined() {
        return service == null;
    }

    public boolean isSensitive() {
        return sensitive != null;
    }

    public boolean isPlace() {
        return latitude != null;
    }

    /** The same inference with another activity mark. */
    public Inference withSupport(ActivitySupport mark) {
        return new Inference(origin, service, kind, label, topic, sensitive, sensitiveWhy, confidence, latitude,
                longitude, mark, explanation, evidence, evidenceCount, sources);
    }
}
