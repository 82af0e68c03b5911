package app.footprint.ui.inferences;

import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.Service;
import app.footprint.ui.common.Formats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A conclusion and its evidence in words a person reads: lines of the list, of the detail, of a challenge. */
public final class InferenceWords {
    /** Said of conclusions made from several companies' data. */
    public static final String ACROSS_COMPANIES = "Across companies";

    private InferenceWords() {
    }

    /** "Facebook", or "Across companies" for a conclusion drawn from several companies' data. */
    public static String company(Inference i) {
        return i.service() == null ? ACROSS_COMPANIES : i.service().displayName();
    }

    /** "stated" or "derived", as the list's lines say it. */
    public static String origin(Inference i) {
        return i.origin() == InferenceOrigin.STATED ? "stated" : "derived";
    }

    /** "Facebook · Ad interests · Outdoors › Hiking · stated". */
    public static String meta(Inference i) {
        List<String> parts = new ArrayList<>(List.of(company(i), i.kind().label()));
        if (i.topic() != null) {
            parts.add(i.topic().label());
        }
        parts.add(origin(i));
        return String.join(" · ", parts);
    }

    /** "Sensitive: Health". */
    public static String sensitiveBadge(Inference i) {
        return "Sensitive: " + i.sensitive().label();
    }

    /** "very likely (92%)": the rule's (or for stated ones the company's) certainty in words. */
    public static String confidence(double confidence) {
        String words = confidence >= 0.85 ? "very likely" : confidence >= 0.6 ? "likely"
                : confidence >= 0.35 ? "possible" : "a guess";
        return words + " (" + Math.round(confidence * 100) + "%)";
    }

    /** "How sure: likely (72%), as Facebook states it" — stated ones are the company's own claim. */
    public static String howSure(Inference i) {
        String sure = "How sure: " + confidence(i.confidence());
        return i.origin() == InferenceOrigin.STATED && i.service() != null
                ? sure + ". " + i.service().displayName() + " states this itself; Footprint did not conclude it."
                : sure + ".";
    }

    /** "From the data of Facebook and Instagram"; "" when the analysis named no source. */
    public static String sources(Inference i) {
        List<String> names = sorted(i.sources()).stream().map(Service::displayName).toList();
        if (names.isEmpty()) {
            return "";
        }
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return "From the data of " + joined;
    }

    /** "Around 51.33970, 12.37310" for a place; "" otherwise. */
    public static String place(Inference i) {
        return i.isPlace() ? String.format(Locale.ROOT, "Around %.5f, %.5f", i.latitude(), i.longitude()) : "";
    }

    /** "Rests on 412 records; the 200 most telling are listed" — listed may be fewer than all. */
    public static String evidenceHeadline(Inference i, int listed) {
        long all = Math.max(i.evidenceCount(), listed);
        if (all == 0) {
            return "No evidence listed.";
        }
        String rests = "Rests on " + Formats.count(all, "record", "records");
        return listed < all ? rests + "; the " + Formats.count(listed) + " most telling are listed" : rests;
    }

    /** "12 Mar 2024 · Amazon · Retail.OrderHistory.1.csv · 412 records". */
    public static String evidenceWhere(Evidence e) {
        List<String> parts = new ArrayList<>();
        if (e.at() != null) {
            parts.add(Formats.dateTime(e.at()));
        }
        if (e.service() != null) {
            parts.add(e.service().displayName());
        }
        if (e.path() != null) {
            parts.add(e.path());
        }
        if (e.records() > 1) {
            parts.add(e.kind() == Evidence.Kind.LOCATION_POINTS ? Formats.count(e.records(), "point", "points")
                    : Formats.count(e.records(), "record", "records"));
        }
        return String.join(" · ", parts);
    }

    /** Where clicking an evidence entry leads, or "" when it leads nowhere. */
    public static String evidenceLink(Evidence e) {
        if (e.service() == null) {
            return "";
        }
        String company = e.service().displayName();
        return switch (e.kind()) {
            case ITEM -> "Show among " + company + "'s records";
            case LOCATION_POINTS -> "Show " + company + "'s location history";
            case STATED_INFERENCE -> "Show what " + company + " states";
            case INFERENCE -> "Show " + company + "'s profile";
        };
    }

    /**
     * A plain-text summary to object to a conclusion or ask for it to be corrected: the conclusion, the
     * company, what it rests on and the files of the export it comes from.
     */
    public static String challenge(Inference i) {
        StringBuilder out = new StringBuilder();
        out.append("Conclusion: ").append(i.label()).append(" (").append(i.kind().label()).append(")\n");
        out.append("Company: ").append(i.service() == null
                ? ACROSS_COMPANIES + " — " + sorted(i.sources()).stream().map(Service::company).distinct()
                .collect(Collectors.joining(", "))
                : i.service().displayName() + " (" + i.service().company() + ")").append('\n');
        out.append("Origin: ").append(i.origin().label()).append('\n');
        if (i.topic() != null) {
            out.append("Topic: ").append(i.topic().label()).append('\n');
        }
        if (i.isSensitive()) {
            out.append("Sensitive: ").append(i.sensitive().label()).append(". ").append(i.sensitiveWhy()).append('\n');
        }
        if (i.isPlace()) {
            out.append("Place: ").append(place(i)).append('\n');
        }
        out.append(howSure(i)).append('\n');
        out.append("What it rests on: ").append(i.explanation()).append('\n');
        out.append(evidenceHeadline(i, i.evidence().size())).append(i.evidence().isEmpty() ? "\n" : ":\n");
        for (Evidence e : i.evidence()) {
            String where = evidenceWhere(e);
            out.append("- ").append(e.label()).append(where.isEmpty() ? "" : " (" + where + ")").append('\n');
        }
        Set<String> files = new LinkedHashSet<>();
        for (Evidence e : i.evidence()) {
            if (e.path() != null) {
                files.add(e.path() + (e.service() != null ? " (" + e.service().displayName() + " export)" : ""));
            }
        }
        if (!files.isEmpty()) {
            out.append("Files in the export:\n");
            files.forEach(f -> out.append("- ").append(f).append('\n'));
        }
        return out.toString();
    }

    private static List<Service> sorted(Set<Service> services) {
        return services.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
