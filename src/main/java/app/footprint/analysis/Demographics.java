package app.footprint.analysis;

import app.footprint.model.InferenceKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Age ranges and genders as companies state them ("Age: 25 to 34", "AGE_25_TO_34", "Demographics:Frauen",
 * "Predicted gender: female"), written one way: "Age 25–34", "Age 35+", "Gender: female".
 */
final class Demographics {
    /** An age range; {@code to} is null when open-ended ("35+"). */
    record AgeRange(int from, Integer to) {
        boolean overlaps(AgeRange o) {
            int end = to == null ? Integer.MAX_VALUE : to;
            int otherEnd = o.to == null ? Integer.MAX_VALUE : o.to;
            return from <= otherEnd && o.from <= end;
        }

        String label() {
            return to == null ? from + "+" : from + "–" + to;
        }
    }

    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})\\s*(?:-|–|—|\\bto\\b|\\bbis\\b|\\ba\\b|_to_|_TO_)\\s*(\\d{1,2})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN = Pattern.compile("(\\d{1,2})\\s*(?:\\+|plus\\b|and (?:over|older)|und älter|_PLUS)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CANONICAL_AGE = Pattern.compile("^Age (\\d{1,2})(?:–(\\d{1,2})|\\+)$");
    private static final Pattern AGE_WORDS = Pattern.compile("\\b(?:age|alter|altersgruppe|eta|edad|idade|leeftijd|cohort)\\b|^age_",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> FEMALE = normalised("female", "woman", "women", "frau", "frauen", "weiblich", "femme",
            "femmes", "donna", "donne", "mujer", "mujeres", "mulher", "mulheres", "vrouw", "vrouwen", "feminino",
            "femenino", "femminile", "feminin", "f");
    private static final Set<String> MALE = normalised("male", "man", "men", "mann", "manner", "mannlich", "homme", "hommes",
            "uomo", "uomini", "hombre", "hombres", "homem", "homens", "masculino", "maschile", "masculin", "m");
    private static final Set<String> NON_BINARY = normalised("nonbinary", "divers", "non binary");

    private Demographics() {
    }

    /** Words as {@link Taxonomy#normalise} writes them ("frauen" becomes "fraun"), to compare with normalised text. */
    private static Set<String> normalised(String... words) {
        return Arrays.stream(words).map(Taxonomy::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** "Age 25–34" or "Gender: female" when the value states an age range or a gender, else empty. */
    static Optional<String> canonical(InferenceKind kind, String value) {
        String subject = subject(kind, value);
        if (subject == null) {
            return Optional.empty();
        }
        Optional<String> gender = gender(subject, kind == InferenceKind.DEMOGRAPHIC || mentionsGender(value));
        if (gender.isPresent()) {
            return gender.map(g -> "Gender: " + g);
        }
        boolean ageContext = AGE_WORDS.matcher(value).find() || kind == InferenceKind.DEMOGRAPHIC;
        if (!ageContext) {
            return Optional.empty();
        }
        return age(subject).map(a -> "Age " + a.label());
    }

    /** The age range of a canonical label ("Age 25–34"), if it is one. */
    static Optional<AgeRange> ageOfLabel(String label) {
        Matcher m = CANONICAL_AGE.matcher(label);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new AgeRange(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2))));
    }

    /** The gender of a canonical label ("Gender: female"), if it is one. */
    static Optional<String> genderOfLabel(String label) {
        return label.startsWith("Gender: ") ? Optional.of(label.substring("Gender: ".length())) : Optional.empty();
    }

    /** The part of a value that may state an age or gender, or null when the value cannot be one. */
    private static String subject(InferenceKind kind, String value) {
        switch (kind) {
            case DEMOGRAPHIC:
                return value;
            case TARGETING: {
                String lower = value.toLowerCase();
                return lower.startsWith("age:") || lower.startsWith("gender:") ? value : null;
            }
            case AD_SEGMENT:
                return value.regionMatches(true, 0, "Demographics", 0, "Demographics".length()) ? value : null;
            default:
                return null;
        }
    }

    private static boolean mentionsGender(String value) {
        String n = Taxonomy.normalise(value);
        return n.contains("gender") || n.contains("geschlecht") || n.startsWith("demographics");
    }

    private static Optional<String> gender(String value, boolean allowed) {
        if (!allowed) {
            return Optional.empty();
        }
        String n = " " + Taxonomy.normalise(value.replace("_", " ")) + " ";
        if (NON_BINARY.stream().anyMatch(w -> n.contains(" " + w + " "))) {
            return Optional.of("non-binary");
        }
        boolean female = false;
        boolean male = false;
        for (String word : n.trim().split(" ")) {
            female |= FEMALE.contains(word);
            male |= MALE.contains(word);
        }
        if (female == male) {
            return Optional.empty();
        }
        return Optional.of(female ? "female" : "male");
    }

    private static Optional<AgeRange> age(String value) {
        Matcher m = RANGE.matcher(value);
        if (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            return from <= to ? Optional.of(new AgeRange(from, to)) : Optional.empty();
        }
        Matcher open = OPEN.matcher(value);
        if (open.find()) {
            return Optional.of(new AgeRange(Integer.parseInt(open.group(1)), null));
        }
        return Optional.empty();
    }
}
