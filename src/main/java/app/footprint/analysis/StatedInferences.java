package app.footprint.analysis;

import app.footprint.model.AnalysedStatedInference;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.SensitiveCategory;
import app.footprint.model.Service;
import app.footprint.model.StatedInference;
import app.footprint.model.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The companies' own conclusions made comparable: one inference per company, kind and value (repeats folded,
 * every row kept as evidence), with a readable label, its topic in the taxonomy, a sensitivity flag that says
 * why, the company's own probability where it gives one, and the place where it states coordinates.
 */
public final class StatedInferences {
    static final int MAX_EVIDENCE = 200;
    /** CCPA § 1798.140(w): precise geolocation locates a person within a circle of radius 1,850 feet (564 m). */
    private static final double PRECISE_METRES = 564;
    private static final Pattern COORDINATES = Pattern.compile("(-?\\d{1,2}\\.(\\d+))\\s*,\\s*(-?\\d{1,3}\\.(\\d+))");
    private static final Pattern TARGETING_TYPE = Pattern.compile("^([^:]{1,40}):\\s*(.+)$");
    private static final Set<String> UNTOPICAL_TARGETING = Set.of("age", "gender", "languages", "locations", "location");

    private final Taxonomy taxonomy;

    public StatedInferences(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** What one stated row says, read on its own. */
    private record Reading(String label, Topic topic, SensitiveCategory sensitive, String sensitiveWhy, Double confidence,
                           Double latitude, Double longitude) {
    }

    private record Key(Service service, InferenceKind kind, String label) {
    }

    private final class Group {
        final Service service;
        final InferenceKind kind;
        final Reading first;
        final List<AnalysedStatedInference> rows = new ArrayList<>();
        final Set<String> files = new LinkedHashSet<>();
        Double lowest;
        Double highest;

        Group(Service service, InferenceKind kind, Reading first) {
            this.service = service;
            this.kind = kind;
            this.first = first;
        }

        void add(AnalysedStatedInference row, Reading reading) {
            rows.add(row);
            files.add(fileName(row.inference().source().path()));
            if (reading.confidence != null) {
                lowest = lowest == null ? reading.confidence : Math.min(lowest, reading.confidence);
                highest = highest == null ? reading.confidence : Math.max(highest, reading.confidence);
            }
        }

        Inference toInference() {
            List<Evidence> evidence = new ArrayList<>();
            for (AnalysedStatedInference row : rows.subList(0, Math.min(MAX_EVIDENCE, rows.size()))) {
                evidence.add(new Evidence(Evidence.Kind.STATED_INFERENCE, row.id(), row.service(), null,
                        row.inference().value(), row.inference().source().path(), 1));
            }
            double confidence = highest == null ? 1.0 : highest;
            return new Inference(InferenceOrigin.STATED, service, kind, first.label, first.topic, first.sensitive,
                    first.sensitiveWhy, confidence, first.latitude, first.longitude, null, explanation(this),
                    evidence, rows.size(), Set.of(service));
        }
    }

    /** The companies' own conclusions, repeats folded, each placed in the taxonomy and flagged if sensitive. */
    public List<Inference> normalise(List<AnalysedStatedInference> stated) {
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (AnalysedStatedInference row : stated) {
            StatedInference s = row.inference();
            Reading reading = read(row.service(), s);
            Key key = new Key(row.service(), s.kind(), Taxonomy.normalise(reading.label));
            groups.computeIfAbsent(key, k -> new Group(row.service(), s.kind(), reading)).add(row, reading);
        }
        return groups.values().stream().map(Group::toInference).toList();
    }

    private Reading read(Service service, StatedInference s) {
        InferenceKind kind = s.kind();
        String value = s.value();
        Optional<String> demographic = Demographics.canonical(kind, value);
        String label = demographic.orElseGet(() -> label(service, s));
        Topic topic = demographic.isPresent() ? null : topic(kind, value, label);
        SensitiveCategory sensitive = topic == null ? null : topic.sensitive();
        String why = sensitive == null ? null : topicWhy(service, label, topic);
        Double[] place = place(s);
        if (kind == InferenceKind.INFERRED_LOCATION && place != null && isPrecise(s, value)) {
            sensitive = SensitiveCategory.PRECISE_LOCATION;
            why = service.displayName() + " states this place to within a few metres, enough to find the building. "
                    + SensitiveCategory.PRECISE_LOCATION.why();
        }
        return new Reading(label, topic, sensitive, why, probability(s), place == null ? null : place[0],
                place == null ? null : place[1]);
    }

    /** The value as a person would read it. */
    private static String label(Service service, StatedInference s) {
        String value = s.value();
        switch (s.kind()) {
            case AD_SEGMENT:
                if (service == Service.SPOTIFY || value.matches("^[13]P_.*")) {
                    return SegmentNames.clean(value);
                }
                return hierarchical(value);
            case LISTENER_SEGMENT: {
                String segment = s.attributes().get("segment");
                return segment == null ? value : segment + ": " + value;
            }
            case AD_PREFERENCE: {
                String shown = s.attributes().get("ads shown");
                if ("yes".equalsIgnoreCase(shown)) {
                    return "Ads about " + value.toLowerCase(Locale.ROOT) + ": allowed";
                }
                if ("no".equalsIgnoreCase(shown)) {
                    return "Ads about " + value.toLowerCase(Locale.ROOT) + ": limited";
                }
                return value;
            }
            default:
                return value;
        }
    }

    /** "In-Market:Baby Products:Nursery" → "Nursery (In-Market › Baby Products)". */
    private static String hierarchical(String value) {
        String[] parts = value.split("\\s*:\\s*");
        if (parts.length < 2) {
            return value;
        }
        String last = parts[parts.length - 1];
        return last + " (" + String.join(" › ", Arrays.copyOf(parts, parts.length - 1)) + ")";
    }

    private Topic topic(InferenceKind kind, String value, String label) {
        switch (kind) {
            case AD_INTEREST:
            case TOPIC:
            case AUDIENCE_CATEGORY:
            case AD_SEGMENT:
            case TASTE:
            case OFF_SITE_ACTIVITY:
            case AD_PREFERENCE:
                return taxonomy.topicOf(value).orElse(null);
            case TARGETING: {
                Matcher m = TARGETING_TYPE.matcher(value);
                if (m.matches()) {
                    String type = m.group(1).strip().toLowerCase(Locale.ROOT);
                    return UNTOPICAL_TARGETING.contains(type) ? null : taxonomy.topicOf(m.group(2)).orElse(null);
                }
                return taxonomy.topicOf(value).orElse(null);
            }
            case DEMOGRAPHIC:
                // Only what makes a demographic sensitive (ethnicity, religion...), not ordinary topics.
                return taxonomy.topicOf(value).filter(t -> t.sensitive() != null).orElse(null);
            default:
                return null;
        }
    }

    private static String topicWhy(Service service, String label, Topic topic) {
        return service.displayName() + "'s “" + label + "” reveals " + topic.label().toLowerCase(Locale.ROOT)
                + " (" + topic.sensitive().label().toLowerCase(Locale.ROOT) + "): " + topic.sensitive().why();
    }

    /** Latitude and longitude when the company states the place with coordinates, else null. */
    private static Double[] place(StatedInference s) {
        if (s.kind() != InferenceKind.INFERRED_LOCATION) {
            return null;
        }
        Double lat = number(s.attributes().get("latitude"));
        Double lon = number(s.attributes().get("longitude"));
        if (lat != null && lon != null && valid(lat, lon)) {
            return new Double[] {lat, lon};
        }
        for (String text : new String[] {s.attributes().get("coordinates"), s.value()}) {
            if (text == null) {
                continue;
            }
            Matcher m = COORDINATES.matcher(text);
            if (m.find()) {
                double la = Double.parseDouble(m.group(1));
                double lo = Double.parseDouble(m.group(3));
                if (valid(la, lo)) {
                    return new Double[] {la, lo};
                }
            }
        }
        return null;
    }

    /** Precise when the stated accuracy is within the CCPA's radius, or the coordinates have at least 3 decimals (about 100 m). */
    private static boolean isPrecise(StatedInference s, String value) {
        Double accuracy = number(s.attributes().get("accuracy_meters"));
        if (accuracy != null) {
            return accuracy <= PRECISE_METRES;
        }
        String text = s.attributes().getOrDefault("coordinates", value);
        Matcher m = COORDINATES.matcher(text);
        if (!m.find()) {
            text = value;
            m = COORDINATES.matcher(text);
            if (!m.find()) {
                return s.attributes().containsKey("latitude");
            }
        }
        return m.group(2).length() >= 3 && m.group(4).length() >= 3;
    }

    private static boolean valid(double lat, double lon) {
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 && !(lat == 0 && lon == 0);
    }

    /** The company's own probability (Discord's predicted age and gender, Google's candidates), as 0..1. */
    private static Double probability(StatedInference s) {
        Double p = number(s.attributes().get("probability"));
        if (p == null || p < 0) {
            return null;
        }
        if (p > 1) {
            p = p <= 100 ? p / 100 : null;
        }
        return p;
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String explanation(Group g) {
        String company = g.service.displayName();
        String label = "“" + g.first.label + "”";
        String file = String.join(", ", g.files);
        String what = switch (g.kind) {
            case AD_INTEREST -> company + " lists " + label + " among the interests it uses to choose ads for you (in "
                    + file + ").";
            case TOPIC -> company + " links you to the topic " + label + " to decide what to show you (in " + file + ").";
            case AUDIENCE_CATEGORY -> company + " puts you in the category " + label
                    + ", which advertisers can choose to reach you (in " + file + ").";
            case AD_SEGMENT -> company + " places you in the advertising segment " + label + " (in " + file
                    + "); advertisers buy ads aimed at such segments.";
            case LISTENER_SEGMENT -> company + " classes you as " + label + " (in " + file
                    + "), a grading it can offer to artists and advertisers.";
            case TARGETING -> "Advertisers on " + company + " reached you with ads aimed at " + label + " (in " + file + ").";
            case ADVERTISER -> g.first.label + " holds data about you and used it to reach you through " + company
                    + " (in " + file + "), usually from a customer list or your visits to its website or app.";
            case OFF_SITE_ACTIVITY -> company + " received records of what you did in " + label
                    + ", an app or website outside " + company + " (in " + file + ").";
            case INFERRED_LOCATION -> company + " records " + label + " as a place linked to you (in " + file + ").";
            case TASTE -> company + " keeps " + label + " among your stated tastes or ratings (in " + file
                    + ") and uses them for recommendations.";
            case AD_PREFERENCE -> company + " records your advertising setting " + label + " (in " + file + ").";
            default -> company + " states " + label + " about you (in " + file + ").";
        };
        StringBuilder text = new StringBuilder(what);
        if (g.rows.size() > 1) {
            text.append(" It appears ").append(g.rows.size()).append(" times in the export.");
        }
        if (g.highest != null) {
            text.append(String.format(Locale.ROOT, " %s's own model gives it a probability of %s.", company,
                    g.lowest.equals(g.highest) ? percent(g.highest) : percent(g.lowest) + " to " + percent(g.highest)));
        } else if (g.kind != InferenceKind.ADVERTISER && g.kind != InferenceKind.AD_PREFERENCE) {
            text.append(" The company states it without a probability, so it counts as certain here; that says"
                    + " what the company believes, not that it is true.");
        }
        return text.toString();
    }

    private static String percent(double p) {
        return Math.round(p * 100) + " %";
    }
}
