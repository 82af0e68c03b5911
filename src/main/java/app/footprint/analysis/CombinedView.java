package app.footprint.analysis;

import app.footprint.analysis.LifeEventCatalogue.LifeEvent;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.SensitiveCategory;
import app.footprint.model.Service;
import app.footprint.model.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What someone holding several exports at once, a data broker for instance, could conclude that no single
 * export shows: where you live and when your home is empty; a life event together with where you live, work
 * and go; a sensitive topic that several companies each know. Each conclusion is drawn only when at least two
 * companies contribute, and rests on their inferences, which are its evidence.
 */
final class CombinedView {
    static final int MAX_EVIDENCE = 200;
    /** Kinds that are themselves comparisons across companies, not one company's knowledge. */
    private static final Set<InferenceKind> ACROSS = EnumSet.of(InferenceKind.AGREEMENT, InferenceKind.CONTRADICTION,
            InferenceKind.COMBINED);
    private static final Comparator<Inference> SUREST = Comparator.comparingDouble(Inference::confidence).reversed();

    private CombinedView() {
    }

    /** What someone holding all these exports could conclude that no single export shows. */
    static List<Inference> combine(List<Inference> inferences) {
        List<Inference> ones = inferences.stream()
                .filter(i -> i.service() != null && !ACROSS.contains(i.kind())).toList();
        List<Inference> out = new ArrayList<>();
        whenHomeIsEmpty(ones).ifPresent(out::add);
        out.addAll(lifeEvents(ones));
        out.addAll(sensitiveTopics(ones));
        return out;
    }

    /** Home from one company, the daily routine or workplace from another: when nobody is likely home. */
    private static Optional<Inference> whenHomeIsEmpty(List<Inference> ones) {
        Optional<Inference> home = best(ones, InferenceKind.HOME, null);
        if (home.isEmpty()) {
            return Optional.empty();
        }
        Service homeService = home.get().service();
        List<Inference> parts = new ArrayList<>(List.of(home.get()));
        best(ones, InferenceKind.DAILY_RHYTHM, homeService).ifPresent(parts::add);
        workOf(ones, home.get()).ifPresent(parts::add);
        if (companies(parts).size() < 2) {
            return Optional.empty();
        }
        StringBuilder explanation = new StringBuilder("Put together, ").append(described(parts))
                .append(" tell anyone holding these exports where you live and at which hours you are usually "
                        + "away, so when your home is likely empty. No single company's export says this as directly;"
                        + " a data broker who buys or collects several does. This is the kind of profile burglars, "
                        + "stalkers and scammers would want.");
        Inference where = home.get();
        return Optional.of(combined("When your home is likely empty", null, SensitiveCategory.PRECISE_LOCATION,
                "Where you live together with when you are away reveals when your home is empty: "
                        + SensitiveCategory.PRECISE_LOCATION.why(),
                weakest(parts), where.latitude(), where.longitude(), explanation.toString(), parts));
    }

    /** A life event read from purchases, with where the person lives, works and goes and what else is known. */
    private static List<Inference> lifeEvents(List<Inference> ones) {
        LifeEventCatalogue catalogue = LifeEventCatalogue.standard();
        Map<String, List<Inference>> byEvent = new LinkedHashMap<>();
        for (Inference i : ones) {
            if (i.kind() == InferenceKind.LIFE_EVENT && i.topic() != null
                    && catalogue.eventOfTopic(i.topic().id()).isPresent()) {
                byEvent.computeIfAbsent(i.topic().id(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Inference> out = new ArrayList<>();
        for (List<Inference> events : byEvent.values()) {
            events.sort(SUREST);
            Inference event = events.get(0);
            LifeEvent what = catalogue.eventOfTopic(event.topic().id()).orElseThrow();
            List<Inference> parts = new ArrayList<>(events);
            List<String> label = new ArrayList<>(List.of(event.label()));
            Optional<Inference> home = best(ones, InferenceKind.HOME, null);
            Optional<Inference> work = home.flatMap(h -> workOf(ones, h)).or(() -> best(ones, InferenceKind.WORK, null));
            home.ifPresent(h -> {
                parts.add(h);
                label.add(lowerFirst(h.label()));
            });
            work.ifPresent(w -> {
                parts.add(w);
                label.add(lowerFirst(w.label()));
            });
            List<Inference> places = ones.stream().filter(i -> i.kind() == InferenceKind.REGULAR_PLACE
                    && what.places().matches(Keywords.normalise(i.label()))).sorted(SUREST).toList();
            if (!places.isEmpty()) {
                parts.addAll(places);
                label.add("visits " + places.get(0).label());
            }
            List<Inference> corroborating = new ArrayList<>(events);
            if (event.sensitive() != null) {
                ones.stream().filter(i -> i.sensitive() == event.sensitive() && i.kind() != InferenceKind.LIFE_EVENT
                        && !parts.contains(i)).sorted(SUREST).forEach(i -> {
                            parts.add(i);
                            corroborating.add(i);
                        });
            }
            // The event grows surer with every company's sign of it; the whole is as sure as its weakest place.
            double confidence = Math.min(0.95, atLeastOne(corroborating));
            for (Optional<Inference> place : List.of(home, work)) {
                confidence = Math.min(confidence, place.map(Inference::confidence).orElse(1.0));
            }
            if (companies(parts).size() < 2) {
                continue;
            }
            String explanation = "A data broker holding these exports could link " + described(parts.subList(0,
                    Math.min(parts.size(), 6))) + (parts.size() > 6 ? ", and " + (parts.size() - 6) + " more" : "")
                    + ". Each company knows only its part; together they make a profile of a person in a "
                    + "particular moment of life, where they live and where they go, which is what targeted "
                    + "advertising and data brokers sell, and which " + (event.sensitive() != null
                    ? "touches a sensitive category." : "can be used to single you out.");
            out.add(combined(String.join("; ", label), event.topic(), event.sensitive(), null, confidence,
                    null, null, explanation, parts));
        }
        return out;
    }

    /** A sensitive category that several companies each know or imply. */
    private static List<Inference> sensitiveTopics(List<Inference> ones) {
        Map<SensitiveCategory, List<Inference>> byCategory = new EnumMap<>(SensitiveCategory.class);
        for (Inference i : ones) {
            if (i.sensitive() != null) {
                byCategory.computeIfAbsent(i.sensitive(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Inference> out = new ArrayList<>();
        byCategory.forEach((category, all) -> {
            Set<Service> companies = companies(all);
            if (companies.size() < 2) {
                return;
            }
            List<Inference> parts = oneOfEachCompanyFirst(all);
            String names = PurchaseLifeEvents.list(companies.stream().map(Service::displayName).toList());
            Topic topic = all.stream().map(Inference::topic).filter(Objects::nonNull)
                    .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                    .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            String explanation = category.label() + " shows up in the data of " + companies.size() + " companies: "
                    + described(parts.subList(0, Math.min(parts.size(), 5)))
                    + (parts.size() > 5 ? ", and " + (parts.size() - 5) + " more conclusions" : "")
                    + ". Each of them may hold it separately; anyone combining their exports holds it from "
                    + companies.size() + " independent sources, which makes it all the more certain. "
                    + category.why();
            out.add(combined(category.label() + ", known to " + names, topic, category, null,
                    Math.min(0.95, atLeastOne(parts)), null, null, explanation, parts));
        });
        return out;
    }

    private static Inference combined(String label, Topic topic, SensitiveCategory sensitive, String why,
                                      double confidence, Double latitude, Double longitude, String explanation,
                                      List<Inference> parts) {
        List<Evidence> evidence = parts.stream().limit(MAX_EVIDENCE).map(i -> new Evidence(Evidence.Kind.INFERENCE, 0,
                i.service(), null, i.service().displayName() + ": " + i.label(), null, 1)).toList();
        return new Inference(InferenceOrigin.DERIVED, null, InferenceKind.COMBINED, label, topic, sensitive, why,
                Math.max(0, Math.min(1, confidence)), latitude, longitude, null, explanation, evidence, parts.size(),
                companies(parts));
    }

    /**
     * The workplace to go with a home: the one from the same company, whose places are read the same way, else
     * the surest from another.
     */
    private static Optional<Inference> workOf(List<Inference> ones, Inference home) {
        return ones.stream().filter(i -> i.kind() == InferenceKind.WORK && i.service() == home.service()).findFirst()
                .or(() -> best(ones, InferenceKind.WORK, null));
    }

    /** The surest inference of a kind, from another company than {@code notFrom} when there is one. */
    private static Optional<Inference> best(List<Inference> ones, InferenceKind kind, Service notFrom) {
        List<Inference> all = ones.stream().filter(i -> i.kind() == kind).sorted(SUREST).toList();
        return all.stream().filter(i -> i.service() != notFrom).findFirst().or(() -> all.stream().findFirst());
    }

    /** Every company first with its surest conclusion, then the rest, surest first. */
    private static List<Inference> oneOfEachCompanyFirst(List<Inference> all) {
        List<Inference> sorted = all.stream().sorted(SUREST).toList();
        Set<Service> seen = EnumSet.noneOf(Service.class);
        List<Inference> first = new ArrayList<>();
        List<Inference> rest = new ArrayList<>();
        for (Inference i : sorted) {
            (seen.add(i.service()) ? first : rest).add(i);
        }
        first.addAll(rest);
        return first;
    }

    private static Set<Service> companies(List<Inference> parts) {
        Set<Service> companies = EnumSet.noneOf(Service.class);
        parts.forEach(i -> companies.add(i.service()));
        return companies;
    }

    /** How likely at least one of these independent conclusions is right. */
    private static double atLeastOne(List<Inference> parts) {
        double allWrong = 1;
        for (Inference i : parts) {
            allWrong *= 1 - i.confidence();
        }
        return 1 - allWrong;
    }

    private static double weakest(List<Inference> parts) {
        return parts.stream().mapToDouble(Inference::confidence).min().orElse(0);
    }

    /** "Google's Home near X, Spotify's Active 7:00–23:00". */
    private static String described(List<Inference> parts) {
        return PurchaseLifeEvents.list(parts.stream()
                .map(i -> i.service().displayName() + "'s \"" + i.label() + "\"").toList());
    }

    private static String lowerFirst(String text) {
        if (text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
