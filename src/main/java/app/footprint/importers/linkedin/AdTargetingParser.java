package app.footprint.importers.linkedin;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Csv;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code Ad_Targeting.csv}: one row holding every facet advertisers can reach the member by (age,
 * gender, interests, traits, audience segments, locations, companies, schools, skills, job titles...).
 * Header names repeat ("Company Names" three times), so the row is read by position and each value
 * keeps its column's name and number. A cell holds several values joined by "; "; values themselves
 * may hold commas, "||" or a lone ";", so the split is approximate: where a cell holds a ";" that is not
 * a separator, each of its values keeps the whole cell too. The interface locale tells the export's
 * language.
 */
final class AdTargetingParser implements FileParser {
    private static final String SEPARATOR = "; ";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}");

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            List<String> headers = row.headers();
            for (int i = 0; i < headers.size(); i++) {
                String cell = row.get(i);
                String column = headers.get(i) == null ? "" : headers.get(i).strip();
                if (cell == null) {
                    continue;
                }
                Facet facet = Facet.of(column);
                List<String> values = split(cell);
                String whole = approximate(cell) ? cell : null;
                for (String value : values) {
                    file.inference(facet.kind, facet.shown(value), Attrs.of(
                            "targeting", column.isEmpty() ? "column " + (i + 1) : column,
                            "column", Integer.toString(i + 1),
                            "cell", whole), index);
                }
                if (facet == Facet.LOCALE && !values.isEmpty()) {
                    language(values.get(0), file);
                }
            }
        });
    }

    /** The values of a cell, split on "; " and trimmed ("X4 Technology ; HUDI" gives two). */
    static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        for (String part : cell.split(SEPARATOR, -1)) {
            String value = part.strip();
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    /** Whether the cell holds a ";" that "; " splitting does not account for. */
    static boolean approximate(String cell) {
        return cell.replace(SEPARATOR, "").contains(";");
    }

    /** "it_IT" or "de-DE" tells the language "it" or "de". */
    private static void language(String locale, ImportFile file) {
        String tag = locale.split("[_-]")[0].toLowerCase(Locale.ROOT);
        if (LANGUAGE_TAG.matcher(tag).matches()) {
            file.export().language(tag);
        }
    }

    /** What a column says about the member, and how its values read. */
    private enum Facet {
        AGE(InferenceKind.DEMOGRAPHIC, "Age: "),
        GENDER(InferenceKind.DEMOGRAPHIC, "Gender: "),
        LANGUAGE(InferenceKind.DEMOGRAPHIC, "Interface language: "),
        LOCALE(InferenceKind.DEMOGRAPHIC, "Interface locale: "),
        INTERESTS(InferenceKind.AD_INTEREST, ""),
        SEGMENTS(InferenceKind.AD_SEGMENT, ""),
        LOCATIONS(InferenceKind.INFERRED_LOCATION, ""),
        /** Companies, schools, degrees, skills, job titles, groups, traits...: what advertisers pick her by. */
        OTHER(InferenceKind.AUDIENCE_CATEGORY, "");

        final InferenceKind kind;
        private final String label;

        Facet(InferenceKind kind, String label) {
            this.kind = kind;
            this.label = label;
        }

        String shown(String value) {
            return label + value;
        }

        static Facet of(String column) {
            return switch (column.toLowerCase(Locale.ROOT).replace(" ", "")) {
                case "memberage" -> AGE;
                case "membergender" -> GENDER;
                case "interfacelocales" -> LANGUAGE;
                case "interfacelocale" -> LOCALE;
                case "memberinterests" -> INTERESTS;
                case "highvalueaudiencesegments", "standardaudiencesegments", "buyergroups" -> SEGMENTS;
                case "profilelocations" -> LOCATIONS;
                default -> OTHER;
            };
        }
    }
}
