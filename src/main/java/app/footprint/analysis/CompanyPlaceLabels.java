package app.footprint.analysis;

import app.footprint.model.AnalysedStatedInference;
import app.footprint.model.Evidence;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the companies themselves say the person lives and works, to set beside what the data implies:
 * Google's and Snapchat's home and work labels (with coordinates), and the towns Facebook ("primary
 * location"), Instagram ("based in"), X (location history) and Snapchat (frequent locations) file the
 * person under.
 */
final class CompanyPlaceLabels {
    /** A role a company gave a place. */
    enum Role { HOME, WORK, TOWN }

    record Label(AnalysedStatedInference row, Role role, double[] at) {
        Service service() {
            return row.service();
        }

        String value() {
            return row.inference().value();
        }

        Evidence evidence(String text) {
            return new Evidence(Evidence.Kind.STATED_INFERENCE, row.id(), row.service(), null, text,
                    row.inference().source().path(), 1);
        }
    }

    private final List<Label> labels = new ArrayList<>();

    CompanyPlaceLabels(List<AnalysedStatedInference> stated) {
        for (AnalysedStatedInference s : stated) {
            if (s.inference().kind() != InferenceKind.INFERRED_LOCATION) {
                continue;
            }
            Label label = label(s);
            if (label != null) {
                labels.add(label);
            }
        }
    }

    private static Label label(AnalysedStatedInference s) {
        Map<String, String> a = s.inference().attributes();
        String value = s.inference().value();
        String role = lower(a.get("label") != null ? a.get("label") : a.get("kind"));
        String source = lower(a.get("source") != null ? a.get("source") : a.get("from"));
        if ("home".equals(role) || "work".equals(role)) {
            double[] at = Geo.pair(a.get("coordinates"));
            if (at == null) {
                at = Geo.pair(a.get("latitude"), a.get("longitude"));
            }
            if (at == null) {
                at = Geo.trailingPair(value);
            }
            return at == null ? null : new Label(s, "home".equals(role) ? Role.HOME : Role.WORK, at);
        }
        boolean town = switch (s.service()) {
            case FACEBOOK -> "primary location".equals(source);
            case INSTAGRAM -> "profile based in".equals(source);
            case X -> "location history".equals(source);
            case SNAPCHAT -> "frequent location".equals(role);
            default -> false;
        };
        return town ? new Label(s, Role.TOWN, null) : null;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** Per company, its label of this role nearest to a place. */
    List<Label> nearest(Role role, double latitude, double longitude) {
        Map<Service, Label> best = new LinkedHashMap<>();
        for (Label l : labels) {
            if (l.role() != role) {
                continue;
            }
            Label old = best.get(l.service());
            if (old == null || distance(l, latitude, longitude) < distance(old, latitude, longitude)) {
                best.put(l.service(), l);
            }
        }
        return List.copyOf(best.values());
    }

    /** Per company, the first few towns it files the person under. */
    List<Label> towns() {
        Map<Service, List<Label>> per = new LinkedHashMap<>();
        for (Label l : labels) {
            if (l.role() == Role.TOWN) {
                List<Label> list = per.computeIfAbsent(l.service(), k -> new ArrayList<>());
                if (list.size() < 3 && list.stream().noneMatch(o -> o.value().equalsIgnoreCase(l.value()))) {
                    list.add(l);
                }
            }
        }
        return per.values().stream().flatMap(List::stream).toList();
    }

    static double distance(Label l, double latitude, double longitude) {
        return Geo.meters(l.at()[0], l.at()[1], latitude, longitude);
    }

    /**
     * "Google itself labels a place 60 m away as your home. Facebook places you in Leipzig, Sachsen." The
     * labels compared are added to the evidence.
     */
    String compare(Role role, double latitude, double longitude, List<Evidence> evidence) {
        String what = role == Role.HOME ? "home" : "workplace";
        StringBuilder out = new StringBuilder();
        for (Label l : nearest(role, latitude, longitude)) {
            double d = distance(l, latitude, longitude);
            out.append(' ').append(l.service().displayName()).append(" itself labels a place ")
                    .append(d < 10 ? "at the same spot" : Geo.distance(d) + " away").append(" as your ").append(what)
                    .append('.');
            evidence.add(l.evidence(l.service().displayName() + " labels your " + what + ": " + l.value()
                    + " (" + Geo.distance(d) + " from the derived place)"));
        }
        if (role == Role.HOME) {
            Map<Service, List<String>> towns = new LinkedHashMap<>();
            for (Label l : towns()) {
                towns.computeIfAbsent(l.service(), k -> new ArrayList<>()).add(l.value());
                evidence.add(l.evidence(l.service().displayName() + " places you in " + l.value()));
            }
            towns.forEach((service, names) -> out.append(' ').append(service.displayName())
                    .append(service == Service.INSTAGRAM ? " files your profile under " : " places you in ")
                    .append(String.join("; ", names)).append('.'));
        }
        return out.toString().trim();
    }
}
