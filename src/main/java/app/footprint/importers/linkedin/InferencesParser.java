package app.footprint.importers.linkedin;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Csv;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code Inferences_about_you.csv} ({@code Category,Type of inference,Description,Inference}): what
 * LinkedIn concludes about the member, with its own explanation of the basis in Description. The value
 * shown is "type: answer" ("Interested in a new job: yes", "Inferred gender: FEMALE"), since LinkedIn
 * states negative answers too ("People leader: no"). The category picks the kind: personal
 * characteristics are demographics, inferred interests are interests, the rest (career, job search,
 * activity, sales) are other conclusions.
 */
final class InferencesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String category = row.get("Category");
            String type = row.get("Type of inference");
            String answer = row.get("Inference");
            if (type == null && answer == null) {
                file.problem("record " + index + ": neither a type of inference nor an inference; skipped");
                return;
            }
            String value = type == null ? answer : answer == null ? type : type + ": " + shown(answer);
            file.inference(kind(category), value, Attrs.of(
                    "category", category,
                    "inference", answer,
                    "LinkedIn's explanation", row.get("Description")), index);
        });
    }

    static InferenceKind kind(String category) {
        String c = category == null ? "" : category.toLowerCase(Locale.ROOT);
        if (c.contains("personal characteristic")) {
            return InferenceKind.DEMOGRAPHIC;
        }
        if (c.contains("interest")) {
            return InferenceKind.AD_INTEREST;
        }
        return InferenceKind.OTHER;
    }

    /** LinkedIn mixes "true"/"false" with "Yes"/"No" and literal values; the booleans read as yes and no. */
    private static String shown(String answer) {
        return switch (answer.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> "yes";
            case "false", "no" -> "no";
            default -> answer;
        };
    }
}
