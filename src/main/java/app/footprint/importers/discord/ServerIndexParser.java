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
 * {@code servers/index.json}: the servers ("guilds") the person was a member of when the package was made,
 * {@code {"<server id>": "<server name>"}}. Each is a membership, like a follow or subscription.
 */
final class ServerIndexParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected the servers by id (an object) but found "
                        + Json.describe(p.currentToken()));
            }
            long[] position = {0};
            Json.forEachField(p, (id, value) -> {
                long at = position[0]++;
                String name = value.currentToken().isScalarValue() ? Json.text(value) : null;
                if (name == null || name.isBlank()) {
                    file.problem("record " + at + ": server " + id + " has no name; kept under its id");
                }
                // Membership has no date in the package; the id's time would be when the server was founded.
                file.item(Category.FOLLOWS, null, name == null || name.isBlank() ? "Server " + id : name.strip(),
                        null, Attrs.of("record", "server", "server_id", id), at);
            });
        }
    }
}
