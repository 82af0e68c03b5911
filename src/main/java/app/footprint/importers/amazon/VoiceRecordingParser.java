package app.footprint.importers.amazon;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audio file in an Alexa folder: one recording of the person's voice that Amazon kept. The sound is not
 * read; the recording is listed, with the time its name carries ("2023-08-01T07_15_02…") when it has one.
 */
final class VoiceRecordingParser implements FileParser {
    private static final Pattern TIME_IN_NAME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T _](\\d{2})[:_.-]?(\\d{2})[:_.-]?(\\d{2})");

    @Override
    public void parse(ImportFile file) {
        String name = file.fileName();
        Moment when = null;
        Matcher m = TIME_IN_NAME.matcher(name);
        if (m.find()) {
            when = Timestamps.parse(m.group(1) + " " + m.group(2) + ":" + m.group(3) + ":" + m.group(4));
        }
        file.item(Category.VOICE, when, "Voice recording " + name, null, Attrs.of("file", file.path()), 0);
    }
}
