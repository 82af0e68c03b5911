package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.CsvRow;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * YouTube comments, {@code comments/comments.csv} (2022+): one row per comment with its id, channel,
 * creation time, video and the text as JSON pieces ({@code {"text":"Nice"},{"text":"!"}}). Columns are found
 * by header words where the header is localised, else by their usual position.
 */
final class YouTubeCommentsParser implements FileParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            int[] c = columns(row);
            String text = text(row.get(c[2]));
            if (text == null) {
                file.problem("record " + index + ": a comment without text; skipped");
                return;
            }
            file.item(Category.COMMENTS, LocationRecordsParser.time(file, index, row.get(c[0])), text, null,
                    Attrs.of("video_id", row.get(c[1]), "product", "YouTube"), index);
        });
    }

    /** {time, video, text} column positions. */
    private static int[] columns(CsvRow row) {
        List<String> headers = row.headers();
        int time = find(headers, "timestamp", "zeitstempel", "horodatage", "marca de tiempo", "data e ora",
                "tijdstempel", "carimbo");
        int video = find(headers, "video");
        int text = find(headers, "comment text", "kommentartext", "texte", "texto", "testo", "tekst", "text");
        return new int[] {time >= 0 ? time : 2, video >= 0 ? video : 6, text >= 0 ? text : headers.size() - 1};
    }

    private static int find(List<String> headers, String... words) {
        for (String word : words) {
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).toLowerCase(Locale.ROOT).contains(word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The comment's text from its JSON pieces; a cell that is plain text is taken as it is. */
    private static String text(String cell) {
        if (cell == null) {
            return null;
        }
        String trimmed = cell.strip();
        if (!trimmed.startsWith("{")) {
            return trimmed;
        }
        try {
            StringBuilder out = new StringBuilder();
            for (JsonNode piece : MAPPER.readTree("[" + trimmed + "]")) {
                String part = GoogleJson.text(piece, "text");
                if (part != null) {
                    out.append(part);
                }
            }
            return out.isEmpty() ? null : out.toString();
        } catch (IOException e) {
            return trimmed;
        }
    }
}
