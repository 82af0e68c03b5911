package app.footprint.importers.discord;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * {@code messages/index.json}: every channel the person wrote in, by id, with the name Discord gives it:
 * "Direct Message with tom.berger" (before 2023 with a "#1234" tag), "allgemein in Laufclub Leipzig" for a
 * server channel (older packages only "allgemein"), a group's name, or null for a channel the person can no
 * longer see. Each channel becomes one item among the messages, marked as a conversation, so that the
 * messages (which carry the channel id) can be told apart by whom and where they were written to.
 */
final class ChannelIndexParser implements FileParser {
    static final String DIRECT_MESSAGE = "Direct Message with ";

    @Override
    public void parse(ImportFile file) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected the channels by id (an object) but found "
                        + Json.describe(p.currentToken()));
            }
            long[] position = {0};
            Json.forEachField(p, (id, value) -> {
                long at = position[0]++;
                if (!value.currentToken().isScalarValue()) {
                    file.problem("record " + at + ": the channel's name is " + Json.describe(value.currentToken())
                            + ", not a text; skipped");
                    return;
                }
                String name = Json.text(value);
                boolean named = name != null && !name.isBlank();
                String kind = !named ? "no longer visible" : name.startsWith(DIRECT_MESSAGE) ? "direct message" : null;
                // No time: the id tells when the channel was made, often by someone else, not when she wrote there.
                file.item(Category.MESSAGES, null,
                        named ? name.strip() : "Unnamed channel " + id, null,
                        Attrs.of("record", "conversation", "channel_id", id, "kind", kind), at);
            });
        }
    }
}
