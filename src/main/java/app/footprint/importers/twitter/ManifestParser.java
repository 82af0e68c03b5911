package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.JsWrapper;
import app.footprint.importers.common.Moment;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code data/manifest.js} ({@code window.__THAR_CONFIG = {...}}): whose archive it is ({@code userInfo},
 * kept as one profile item), when X made it ({@code archiveInfo.generationDate}, the export date), and
 * every data file with its parts ({@code dataTypes.<type>.files[].fileName}). Footprint finds the files by
 * their names, parts included; the manifest is the check on that: a file it lists for a kind of data
 * Footprint reads, under a name Footprint would not read, is reported.
 */
final class ManifestParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        JsWrapper.Unwrapped unwrapped = JsWrapper.open(file.content());
        try (JsonParser p = Json.open(unwrapped.json())) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected the manifest (an object) but found " + Json.describe(p.currentToken()));
            }
            JsonNode[] user = {null};
            JsonNode[] archive = {null};
            boolean[] dataTypes = {false};
            Json.forEachField(p, (name, value) -> {
                switch (name) {
                    case "userInfo" -> user[0] = Json.readTree(value);
                    case "archiveInfo" -> archive[0] = Json.readTree(value);
                    case "dataTypes" -> {
                        dataTypes[0] = true;
                        checkDataTypes(file, value);
                    }
                    default -> {
                        // readmeInfo only says where X's field glossary (data/README.txt) is
                    }
                }
            });
            if (user[0] == null && archive[0] == null && !dataTypes[0]) {
                throw new FormatException("expected an X manifest with userInfo, archiveInfo and dataTypes but found none");
            }
            account(file, user[0], archive[0]);
        }
    }

    private static void account(ImportFile file, JsonNode user, JsonNode archive) {
        String generated = Values.text(archive, "generationDate");
        Moment made = TwitterTimes.parse(generated);
        if (made != null) {
            file.export().exportedAt(made.instant());
        } else if (generated != null) {
            file.problem("\"generationDate\" is not a time that can be read; the export date was taken from the archive");
        }
        if (user == null || !user.isObject()) {
            file.problem("the manifest names no account (\"userInfo\")");
            return;
        }
        String userName = Values.text(user, "userName");
        String displayName = Values.text(user, "displayName");
        String title = "Account in this archive: " + (userName != null ? "@" + userName : Values.first(
                displayName, Values.text(user, "accountId"), "unnamed"));
        file.item(Category.PROFILE, null, title, null, Attrs.of(
                "account_id", Values.text(user, "accountId"),
                "display_name", displayName,
                "archive_made", made == null ? generated : made.instant().toString(),
                "archive_bytes", Values.text(archive, "sizeBytes"),
                "partial_archive", Values.yesNo(archive == null ? null : archive.get("isPartialArchive")),
                "largest_part_bytes", Values.text(archive, "maxPartSizeBytes")), 0);
    }

    /** Streams {@code dataTypes}, one small type at a time, and checks each listed file name. */
    private static void checkDataTypes(ImportFile file, JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            file.problem("\"dataTypes\" is not an object; the list of files was not checked");
            return;
        }
        Json.forEachField(p, (type, value) -> {
            JsonNode entry = Json.readTree(value);
            JsonNode files = entry.path("files");
            Optional<DataFile> kind = DataFile.ofManifestType(type);
            if (!files.isArray() || kind.isEmpty() || !kind.get().read()) {
                return; // media folders, and kinds of data Footprint leaves alone
            }
            for (JsonNode listed : files) {
                String fileName = Values.text(listed, "fileName");
                if (fileName != null && DataFile.at(fileName).map(DataFile.Found::kind).filter(kind.get()::equals).isEmpty()) {
                    file.problem("the manifest lists " + fileName + " for \"" + type
                            + "\", a file name Footprint does not read that data from");
                }
            }
        });
    }
}
