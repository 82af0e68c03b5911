package app.footprint.analysis;

import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.Service;
import app.footprint.model.Topic;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where companies agree ("4 companies think you are interested in Hiking") and where they contradict each other
 * on age and gender. Each is a combined inference (no single company) resting on the companies' stated rows.
 */
final class CrossCompanyView {
    /** The kinds that say what a person is interested in. */
    static final Set<InferenceKind> INTEREST_KINDS = EnumSet.of(InferenceKind.AD_INTEREST, InferenceKind.TOPIC,
            InferenceKind.AUDIENCE_CATEGORY, InferenceKind.AD_SEGMENT, InferenceKind.TARGETING, InferenceKind.TASTE);

    private CrossCompanyView() {
    }

    /** Where companies agree ("4 companies think you are interested in Hiking") and where they contradict each other. */
    static List<Inference> compare(List<Inference> stated) {
        List<Inference> out = new ArrayList<>(agreementsOnTopics(stated));
        out.addAll(ages(stated));
        out.addAll(genders(stated));
        return out;
    }

    private static List<Inference> agreementsOnTopics(List<Inference> stated) {
        Set<Service> withInterests = EnumSet.noneOf(Service.class);
        Map<String, Map<Service, List<Inference>>> byTopic = new LinkedHashMap<>();
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (Inference i : stated) {
            if (i.service() == null || !INTEREST_KINDS.contains(i.kind())) {
                continue;
            }
            withInterests.add(i.service());
            if (i.topic() != null) {
                topics.putIfAbsent(i.topic().id(), i.topic());
                byTopic.computeIfAbsent(i.topic().id(), k -> new EnumMap<>(Service.class))
                        .computeIfAbsent(i.service(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Inference> out = new ArrayList<>();
        byTopic.forEach((id, perCompany) -> {
            if (perCompany.size() < 2) {
                return;
            }
            Topic topic = topics.get(id);
            int n = perCompany.size();
            String names = names(perCompany.keySet());
            String wordings = perCompany.values().stream().flatMap(List::stream).map(i -> "“" + i.label() + "”")
                    .distinct().limit(6).collect(Collectors.joining(", "));
            String explanation = names + " each state an interest in " + topic.label() + " (as " + wordings + "). "
                    + "When separate companies reach the same conclusion, it is likely true, or they bought it from the "
                    + "same data brokers; either way it is part of how you are profiled across the web.";
            String why = topic.sensitive() == null ? null : n + " companies link you to " + topic.label().toLowerCase()
                    + ". " + topic.sensitive().why();
            out.add(combined(InferenceKind.AGREEMENT, n + " companies think you are interested in " + topic.label(), topic,
                    topic.sensitive() == null ? null : why, Math.min(1.0, (double) n / Math.max(2, withInterests.size())),
                    explanation, perCompany));
        });
        return out;
    }

    private static List<Inference> ages(List<Inference> stated) {
        Map<Service, List<Inference>> perCompany = new EnumMap<>(Service.class);
        Map<Service, Set<Demographics.AgeRange>> ranges = new EnumMap<>(Service.class);
        for (Inference i : stated) {
            if (i.service() == null) {
                continue;
            }
            Demographics.ageOfLabel(i.label()).ifPresent(range -> {
                perCompany.computeIfAbsent(i.service(), k -> new ArrayList<>()).add(i);
                ranges.computeIfAbsent(i.service(), k -> new LinkedHashSet<>()).add(range);
            });
        }
        if (perCompany.size() < 2) {
            return List.of();
        }
        List<Demographics.AgeRange> all = ranges.values().stream().flatMap(Set::stream).toList();
        boolean overlap = true;
        for (Demographics.AgeRange a : all) {
            for (Demographics.AgeRange b : all) {
                overlap &= a.overlaps(b);
            }
        }
        Set<String> distinct = new TreeSet<>();
        all.forEach(r -> distinct.add(r.label()));
        String statements = ranges.entrySet().stream()
                .map(e -> e.getKey().displayName() + " " + e.getValue().stream().map(Demographics.AgeRange::label)
                        .collect(Collectors.joining(" and ")))
                .collect(Collectors.joining(", "));
        int n = perCompany.size();
        if (overlap) {
            int from = all.stream().mapToInt(Demographics.AgeRange::from).max().orElseThrow();
            Integer to = all.stream().map(Demographics.AgeRange::to).filter(t -> t != null).min(Integer::compare).orElse(null);
            String common = new Demographics.AgeRange(from, to).label();
            String label = distinct.size() == 1 ? n + " companies put your age at " + common
                    : n + " companies' age estimates meet at " + common;
            return List.of(combined(InferenceKind.AGREEMENT, label, null, null, 1.0, "Several companies state your age: "
                    + statements + ". Their ranges are consistent, so together they narrow your age to " + common
                    + ", which is more than any one of them says.", perCompany));
        }
        return List.of(combined(InferenceKind.CONTRADICTION, "Age: " + statements, null, null, 1.0,
                "The companies state ages that cannot all be right: " + statements + ". At least one of them holds a wrong "
                        + "age for you and may show you ads or content meant for another age group; you can ask it to "
                        + "correct it (GDPR Art. 16).", perCompany));
    }

    private static List<Inference> genders(List<Inference> stated) {
        Map<Service, List<Inference>> perCompany = new EnumMap<>(Service.class);
        Map<Service, Set<String>> genders = new EnumMap<>(Service.class);
        for (Inference i : stated) {
            if (i.service() == null) {
                continue;
            }
            Demographics.genderOfLabel(i.label()).ifPresent(g -> {
                perCompany.computeIfAbsent(i.service(), k -> new ArrayList<>()).add(i);
                genders.computeIfAbsent(i.service(), k -> new LinkedHashSet<>()).add(g);
            });
        }
        if (perCompany.size() < 2) {
            return List.of();
        }
        Set<String> distinct = genders.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        int n = perCompany.size();
        String statements = genders.entrySet().stream()
                .map(e -> e.getKey().displayName() + " " + String.join(" and ", e.getValue()))
                .collect(Collectors.joining(", "));
        if (distinct.size() == 1) {
            String gender = distinct.iterator().next();
            return List.of(combined(InferenceKind.AGREEMENT, n + " companies think you are " + gender, null, null, 1.0,
                    names(perCompany.keySet()) + " all state or infer that you are " + gender + ". Most of them guessed it"
                            + " from your name, your activity or a model rather than asking you.", perCompany));
        }
        return List.of(combined(InferenceKind.CONTRADICTION, "Gender: " + statements, null, null, 1.0,
                "The companies do not agree on your gender: " + statements + ". Inferred genders decide which ads you see;"
                        + " a wrong one can be corrected (GDPR Art. 16) or objected to (Art. 21).", perCompany));
    }

    private static Inference combined(InferenceKind kind, String label, Topic topic, String why, double confidence,
                                      String explanation, Map<Service, List<Inference>> perCompany) {
        long count = 0;
        for (List<Inference> list : perCompany.values()) {
            for (Inference i : list) {
                count += i.evidenceCount();
            }
        }
        return new Inference(InferenceOrigin.STATED, null, kind, label, topic, topic == null ? null : topic.sensitive(),
                why, confidence, null, null, null, explanation, interleave(perCompany), count, perCompany.keySet());
    }

    /** The companies' evidence taken in turns, so that the first entries show every company. */
    private static List<Evidence> interleave(Map<Service, List<Inference>> perCompany) {
        List<Iterator<Evidence>> sources = new ArrayList<>();
        for (List<Inference> list : perCompany.values()) {
            sources.add(list.stream().flatMap(i -> i.evidence().stream()).iterator());
        }
        List<Evidence> out = new ArrayList<>();
        boolean any = true;
        while (any && out.size() < StatedInferences.MAX_EVIDENCE) {
            any = false;
            for (Iterator<Evidence> it : sources) {
                if (it.hasNext() && out.size() < StatedInferences.MAX_EVIDENCE) {
                    out.add(it.next());
                    any = true;
                }
            }
        }
        return out;
    }

    private static String names(Set<Service> services) {
        List<String> names = services.stream().map(Service::displayName).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
