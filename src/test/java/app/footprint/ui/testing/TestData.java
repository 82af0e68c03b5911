package app.footprint.ui.testing;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.ExportDescription;
import app.footprint.model.ExportWriter;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.Service;
import app.footprint.model.SourceRef;
import app.footprint.model.StatedInference;
import app.footprint.store.Database;
import app.footprint.testing.ZipBuilder;
import app.footprint.ui.AppContext;
import app.footprint.ui.DemoArchives;
import app.footprint.ui.common.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Databases, archives and app contexts for UI tests. */
public final class TestData {
    /** What {@link #facebookArchive} holds: 4 items (3 messages, 1 search) and 3 stated inferences (2 distinct). */
    public static final String FACEBOOK_RECORDS = String.join("\n",
            "item|MESSAGES|2024-03-01T10:00:00Z|Chat with Tom|See you at 8|sender=Tom",
            "item|MESSAGES|2024-02-10T09:00:00Z|Chat with Lena|Happy birthday!|sender=Lena",
            "broken line",
            "item|MESSAGES|2023-11-05T12:00:00Z|Chat with Tom|Running tomorrow?|sender=Jana",
            "item|SEARCHES|2024-01-20T08:30:00Z|running shoes||",
            "inference|AD_INTEREST|Running|",
            "inference|AD_INTEREST|Running|",
            "inference|ADVERTISER|Shoe Shop|has_data_file_custom_audience=true;has_remarketing_custom_audience=false");

    private TestData() {
    }

    /** A Facebook-like export for {@link TestImporter}, with one file it does not recognise. */
    public static Path facebookArchive(Path folder) throws IOException {
        return new ZipBuilder()
                .add("test-facebook/records.txt", FACEBOOK_RECORDS)
                .add("test-facebook/photos/beach.jpg", new byte[] {1, 2, 3})
                .writeTo(folder.resolve("facebook-jana.zip"));
    }

    /** A Spotify-like export for {@link TestImporter}: 2 listening items, 1 ad segment. */
    public static Path spotifyArchive(Path folder) throws IOException {
        return new ZipBuilder()
                .add("test-spotify/records.txt", String.join("\n",
                        "item|LISTENING|2024-03-02T18:00:00Z|Song — Band||artist=Band",
                        "item|LISTENING|2024-03-03T18:00:00Z|Other Song — Band||artist=Band",
                        "inference|AD_SEGMENT|Runners|party=third-party;market=DE"))
                .writeTo(folder.resolve("my_spotify_data.zip"));
    }

    /** A runner that knows only the test importers. */
    public static ImportRunner runner(TestImporter... importers) {
        return new ImportRunner(List.of(importers), ArchiveLimits.defaults());
    }

    public static AppContext context(Path folder, TaskRunner tasks, DemoArchives demo, TestImporter... importers) {
        return new AppContext(Database.open(folder.resolve("footprint.db")), runner(importers), tasks, demo, folder);
    }

    /** A demo that writes the two test archives into the folder's {@code demo/} subfolder. */
    public static DemoArchives demo(Path folder) {
        return DemoArchives.described("Jana, a made-up nurse from Leipzig.", () -> {
            Path demo = Files.createDirectories(folder.resolve("demo"));
            return List.of(facebookArchive(demo), spotifyArchive(demo));
        });
    }

    /** Writes one export straight into the database, as an import would. */
    public static final class ExportBuilder {
        private final Service service;
        private final String source;
        private Instant exportedAt;
        private final List<Item> items = new ArrayList<>();
        private final List<StatedInference> inferences = new ArrayList<>();

        public ExportBuilder(Service service, String source) {
            this.service = service;
            this.source = source;
        }

        public ExportBuilder exportedAt(Instant when) {
            exportedAt = when;
            return this;
        }

        public ExportBuilder item(Category category, Instant at, String title, String file, long position) {
            items.add(new Item(category, at, false, title, null, Map.of(), new SourceRef(file, position)));
            return this;
        }

        public ExportBuilder item(Item item) {
            items.add(item);
            return this;
        }

        public ExportBuilder inference(InferenceKind kind, String value, Map<String, String> attributes, String file,
                                       long position) {
            inferences.add(new StatedInference(kind, value, attributes, new SourceRef(file, position)));
            return this;
        }

        public Export writeTo(Database db) {
            ExportDescription d = new ExportDescription(service, "account data", source, "fingerprint of " + source,
                    exportedAt, "test", "en");
            Set<String> files = new LinkedHashSet<>();
            try (ExportWriter writer = db.begin(d)) {
                items.forEach(i -> {
                    writer.item(i);
                    files.add(i.source().path());
                });
                inferences.forEach(i -> {
                    writer.inference(i);
                    files.add(i.source().path());
                });
                return writer.commit(d, files.stream()
                        .map(f -> new FileReport(f, 100, FileStatus.IMPORTED, 1, List.of())).toList());
            }
        }
    }
}
