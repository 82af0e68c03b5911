package app.footprint.importers.spotify;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.Map;

/**
 * {@code Marquee.json}: the listener segment Spotify put the person in for each artist ("Light
 * listeners"...), which artists use to target their new-release ads.
 */
final class MarqueeParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RecordList.forEach(file, (position, record) -> {
            String artist = RecordList.text(record, "artistName");
            String segment = RecordList.text(record, "segment");
            if (artist == null) {
                file.problem("record " + position + ": a listener segment without an artist name, left out");
                return;
            }
            file.inference(InferenceKind.LISTENER_SEGMENT, artist,
                    segment == null ? Map.of() : Map.of("segment", segment), position);
        });
    }
}
