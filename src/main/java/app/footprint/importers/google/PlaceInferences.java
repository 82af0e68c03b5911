package app.footprint.importers.google;

import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.InferenceKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The home and work places Google labelled in a location file ({@code TYPE_HOME}, {@code HOME},
 * {@code INFERRED_WORK}…). A home is visited daily, so each place is tallied while the file streams and
 * handed over once per file when the file is done (a monthly file names its home once, not
 * thirty times).
 */
final class PlaceInferences {
    private final ImportFile file;
    private final String source;
    private final Map<String, Tally> places = new LinkedHashMap<>();

    PlaceInferences(ImportFile file, String source) {
        this.file = file;
        this.source = source;
    }

    /** "home" or "work" for Google's semantic types; null for anything else (a searched address, a café). */
    static String label(String semanticType) {
        if (semanticType == null) {
            return null;
        }
        String type = semanticType.toUpperCase(Locale.ROOT);
        if (type.endsWith("HOME")) {
            return "home";
        }
        if (type.endsWith("WORK")) {
            return "work";
        }
        return null;
    }

    /**
     * Notes one labelled place.
     *
     * @param where    the place as a person reads it: address, name or coordinates
     * @param key      what identifies the place (its place id, else {@code where})
     * @param type     the label as Google wrote it
     */
    void add(long position, String label, String where, String key, String type, Coordinates point) {
        String value = (label.equals("home") ? "Home: " : "Work: ") + where;
        places.putIfAbsent(label + "\n" + key, new Tally(position, value, label, type, point));
    }

    void finish() {
        places.values().forEach(t -> file.inference(InferenceKind.INFERRED_LOCATION, t.value, Attrs.of(
                "label", t.label,
                "semantic_type", t.type,
                "source", source,
                "coordinates", t.point == null ? null : t.point.toString()), t.position));
    }

    private static final class Tally {
        final long position;
        final String value;
        final String label;
        final String type;
        final Coordinates point;

        Tally(long position, String value, String label, String type, Coordinates point) {
            this.position = position;
            this.value = value;
            this.label = label;
            this.type = type;
            this.point = point;
        }
    }
}
