package app.footprint.importers.google;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.ItemQueries;
import app.footprint.testing.ZipBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real runner over synthetic Takeouts into a real database, one test per generation and language. */
class GoogleImporterTest {
    @TempDir
    Path dir;

    private final ImportRunner runner = new ImportRunner(List.of(new GoogleImporter()), ArchiveLimits.defaults());

    private ImportReport importOne(Database db, List<Path> files) throws Exception {
        try (ImportPlan plan = runner.plan(files)) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).hasSize(1);
            assertThat(plan.exports().get(0).service()).isEqualTo(Service.GOOGLE);
            ImportReport report = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
            assertThat(report.result()).isEqualTo(ImportReport.Result.IMPORTED);
            return report;
        }
    }

    static String htmlRecord(String product, String body, String caption) {
        return ActivityHtmlParserTest.record(product, body, caption);
    }

    private Path englishTakeout() throws Exception {
        String t = "Takeout/";
        return new ZipBuilder()
                .add(t + "archive_browser.html", "<html><body><h1 class=\"header_title\">Archive for someone@example.org</h1>"
                        + "<div class=\"header_subtext\">Mar 1, 2024, 8:00:00\u202fAM UTC • 2 MB</div></body></html>")
                .add(t + "My Activity/Search/MyActivity.json", """
                        [{"header":"Search","title":"Searched for weather","titleUrl":"https://www.google.com/search?q\\u003dweather",
                          "time":"2021-05-01T10:00:00.000Z","products":["Search"],
                          "locationInfos":[{"name":"Around this area","url":"https://www.google.com/maps/@?api\\u003d1\\u0026center\\u003d40.7,-74.0",
                          "source":"From your places (Home)"}]},
                         {"header":"Search","title":"Visited Weather","titleUrl":"https://www.google.com/url?q\\u003dhttps://weather.example.org/",
                          "time":"2021-05-01T10:01:00.000Z","products":["Search"]},
                         {"header":"Search","title":"Searched for bagels","titleUrl":"https://www.google.com/search?q\\u003dbagels",
                          "time":"2021-05-02T10:00:00.000Z","products":["Search"]}]""")
                .add(t + "My Activity/Discover/MyActivity.json", """
                        [{"header":"Discover","title":"2 cards in your feed","time":"2021-05-01T06:00:00Z","products":["Discover"],
                          "subtitles":[{"name":"Running - viewed"},{"name":"Baking"}]},
                         {"header":"Discover","title":"2 cards in your feed","time":"2021-05-02T06:00:00Z","products":["Discover"],
                          "subtitles":[{"name":"Running - viewed, selected"},{"name":"Hiking"}]}]""")
                .add(t + "My Activity/Maps/MyActivity.json", """
                        [{"header":"Maps","title":"Viewed Central Park","time":"2021-05-01T10:00:00Z"},{"hea""")
                .add(t + "YouTube and YouTube Music/history/watch-history.html", "<html><body>"
                        + htmlRecord("YouTube", "Watched <a href=\"https://www.youtube.com/watch?v=1\">One</a><br>"
                                + "May 1, 2021, 10:00:00\u202fAM EDT<br>", "<b>Products:</b><br>&emsp;YouTube<br>")
                        + htmlRecord("YouTube", "Watched <a href=\"https://www.youtube.com/watch?v=2\">Two</a><br>"
                                + "May 1, 2021, 10:05:00\u202fAM EDT<br>", "<b>Products:</b><br>&emsp;YouTube<br>"
                                + "<b>Details:</b><br>&emsp;From Google Ads<br>")
                        + htmlRecord("YouTube", "Watched <a href=\"https://www.youtube.com/watch?v=3\">Three</a><br>"
                                + "May 1, 2021, 10:09:00\u202fAM EDT<br>", "<b>Products:</b><br>&emsp;YouTube<br>")
                        + "</body></html>")
                .add(t + "YouTube and YouTube Music/history/search-history.json", """
                        [{"header":"YouTube","title":"Searched for bagel recipe","titleUrl":"https://www.youtube.com/results?search_query\\u003dbagel+recipe","time":"2021-05-03T10:00:00Z"},
                         {"header":"YouTube","title":"Searched for running form","titleUrl":"https://www.youtube.com/results?search_query\\u003drunning+form","time":"2021-05-04T10:00:00Z"}]""")
                .add(t + "YouTube and YouTube Music/subscriptions/subscriptions.csv",
                        "Channel Id,Channel Url,Channel Title\nUC1,http://www.youtube.com/channel/UC1,Bakers\n"
                                + "UC2,http://www.youtube.com/channel/UC2,Runners\n")
                .add(t + "Location History/Records.json", """
                        {"locations":[{"latitudeE7":407000000,"longitudeE7":-740000000,"timestamp":"2021-05-01T10:00:00Z"},
                          {"latitudeE7":407000100,"longitudeE7":-740000100,"timestamp":"2021-05-01T10:10:00Z"},
                          {"latitudeE7":407100000,"longitudeE7":-740100000,"timestamp":"2021-05-01T10:20:00Z"},
                          {"latitudeE7":407200000,"longitudeE7":-740200000,"timestamp":"2021-05-01T10:30:00Z"}]}""")
                .add(t + "Location History/Semantic Location History/2021/2021_MAY.json", """
                        {"timelineObjects":[
                          {"placeVisit":{"location":{"latitudeE7":407000000,"longitudeE7":-740000000,"placeId":"h","address":"1 Home St",
                           "semanticType":"TYPE_HOME"},"duration":{"startTimestampMs":"1619863200000","endTimestampMs":"1619866800000"}}},
                          {"activitySegment":{"distance":900,"activityType":"WALKING","duration":{"startTimestampMs":"1619866800000",
                           "endTimestampMs":"1619867400000"}}},
                          {"placeVisit":{"location":{"latitudeE7":407500000,"longitudeE7":-739800000,"placeId":"w","name":"Office",
                           "address":"2 Work Ave","semanticType":"TYPE_WORK"},"duration":{"startTimestampMs":"1619867400000",
                           "endTimestampMs":"1619895600000"}}}]}""")
                .add(t + "Location History/Settings.json", "{\"createdTime\":\"2015-01-01T00:00:00Z\"}")
                .add(t + "Chrome/BrowserHistory.json", """
                        {"Browser History":[{"title":"A","url":"https://a.example/","time_usec":1619863200000000},
                          {"title":"B","url":"https://b.example/","time_usec":1619863300000000}]}""")
                .add(t + "Google Play Store/Installs.json", """
                        [{"install":{"doc":{"title":"Maps"},"firstInstallationTime":"2020-01-01T00:00:00Z"}},
                         {"install":{"doc":{"title":"Runner"},"firstInstallationTime":"2020-02-01T00:00:00Z"}}]""")
                .add(t + "Google Play Store/Purchase History.json", """
                        [{"purchaseHistory":{"doc":{"title":"Runner Pro"},"purchaseTime":"2020-03-01T00:00:00Z","invoicePrice":"$2.99"}}]""")
                .add(t + "Profile/Profile.json", """
                        {"name":{"formattedName":"Sam Doe"},"emails":[{"value":"sam@example.org"}],"birthday":"1991-02-03"}""")
                .add(t + "Contacts/All Contacts/All Contacts.vcf",
                        "BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\nEND:VCARD\nBEGIN:VCARD\nFN:C\nEND:VCARD\n")
                .add(t + "Drive/notes.txt", "hello")
                .writeTo(dir.resolve("takeout-20240301T080000Z-001.zip"));
    }

    @Test
    void anEnglishTakeoutOfTheRecordsGenerationWithExactCounts() throws Exception {
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport report = importOne(db, List.of(englishTakeout()));
            Export export = report.export();

            assertThat(export.kind()).isEqualTo("Takeout");
            assertThat(export.layout()).isEqualTo(TakeoutRecogniser.LAYOUT_RECORDS);
            assertThat(export.language()).isEqualTo("en");
            assertThat(export.exportedAt()).isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
            assertThat(countsByCategory(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.SEARCHES, 4L, Category.BROWSING, 3L, Category.ACTIVITY, 3L, Category.WATCHING, 3L,
                    Category.FOLLOWS, 2L, Category.LOCATIONS, 7L, Category.APPS, 2L, Category.PURCHASES, 1L,
                    Category.PROFILE, 3L, Category.CONTACTS, 3L));
            assertThat(export.items()).isEqualTo(31);
            assertThat(export.inferences()).isEqualTo(6);
            assertThat(export.problems()).isEqualTo(1);

            Map<InferenceKind, List<StatedInferenceRow>> stated = new CompanyQueries(db)
                    .statedInferences(new CompanyQueries(db).company(Service.GOOGLE));
            assertThat(stated.keySet()).containsExactlyInAnyOrder(InferenceKind.TOPIC, InferenceKind.INFERRED_LOCATION);
            assertThat(stated.get(InferenceKind.TOPIC)).extracting(StatedInferenceRow::value)
                    .containsExactly("Running", "Baking", "Hiking");
            assertThat(stated.get(InferenceKind.TOPIC).get(0).attributes()).containsEntry("listed", "2")
                    .containsEntry("viewed", "2").containsEntry("selected", "1");
            assertThat(stated.get(InferenceKind.INFERRED_LOCATION)).extracting(StatedInferenceRow::value)
                    .containsExactlyInAnyOrder("Home near 40.7, -74.0", "Home: 1 Home St", "Work: 2 Work Ave");

            assertThat(statusOf(report, "Takeout/My Activity/Maps/MyActivity.json")).isEqualTo(FileStatus.FAILED);
            assertThat(report(report, "Takeout/My Activity/Maps/MyActivity.json").records()).isEqualTo(1);
            assertThat(statusOf(report, "Takeout/Drive/notes.txt")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(statusOf(report, "Takeout/Location History/Settings.json")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(statusOf(report, "Takeout/archive_browser.html")).isEqualTo(FileStatus.IMPORTED);
            assertThat(statusOf(report, "Takeout/YouTube and YouTube Music/history/watch-history.html"))
                    .isEqualTo(FileStatus.IMPORTED);
        }
    }

    /** The same small Takeout in the names and words of each language. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "de | Meine Aktivitäten | MeineAktivitäten | Suche | Gesucht nach | Produkte: | Standorte: | Aus deinen Orten (Zuhause) "
                    + "| 12.03.2024, 10:14:00 MEZ | YouTube und YouTube Music/Verlauf/Wiedergabeverlauf.html "
                    + "| Standortverlauf (Zeitachse) | " + TakeoutRecogniser.LAYOUT_TIMELINE_FOLDER,
            "fr | Mon activité | MonActivité | Recherche | Vous avez recherché | Produits : | Lieux : | Depuis vos adresses (Domicile) "
                    + "| 12 mars 2024, 10:14:00 CET | YouTube et YouTube Music/historique/historique-des-vidéos-regardées.html "
                    + "| Historique des positions | " + TakeoutRecogniser.LAYOUT_RECORDS,
            "es | Mi actividad | MiActividad | Búsqueda | Has buscado | Productos: | Ubicaciones: | De tus sitios (Casa) "
                    + "| 12 mar 2024, 10:14:00 CET | YouTube y YouTube Music/historial/historial-de-reproducciones.html "
                    + "| Historial de ubicaciones | " + TakeoutRecogniser.LAYOUT_RECORDS,
            "it | Le mie attività | Le mie attività | Ricerca | Hai cercato | Prodotti: | Luoghi: | Dai tuoi luoghi (Casa) "
                    + "| 12 mar 2024, 10:14:00 CET | YouTube e YouTube Music/cronologia/cronologia-visualizzazioni.html "
                    + "| Cronologia delle posizioni | " + TakeoutRecogniser.LAYOUT_RECORDS,
            "nl | Mijn activiteit | MijnActiviteit | Zoeken | Gezocht naar | Producten: | Locaties: | Van je plaatsen (Thuis) "
                    + "| 12 mrt 2024 10:14:00 CET | YouTube en YouTube Music/geschiedenis/kijkgeschiedenis.html "
                    + "| Locatiegeschiedenis (Tijdlijn) | " + TakeoutRecogniser.LAYOUT_TIMELINE_FOLDER,
            "pt | Minha atividade | MinhaAtividade | Pesquisa | Pesquisou | Produtos: | Locais: | Dos seus lugares (Casa) "
                    + "| 12 de mar. de 2024, 10:14:00 CET | YouTube e YouTube Music/histórico/histórico-de-visualização.html "
                    + "| Histórico de localização | " + TakeoutRecogniser.LAYOUT_RECORDS})
    void eachLanguageImportsWithTheSameCounts(String language, String activityFolder, String activityFile, String search,
                                              String searched, String products, String locations, String home, String date,
                                              String watchHistory, String locationFolder, String layout) throws Exception {
        String caption = "<b>" + products + "</b><br>&emsp;" + search + "<br><b>" + locations + "</b><br>&emsp;"
                + "<a href=\"https://www.google.com/maps/@?api=1&amp;center=51.33,12.33&amp;zoom=12\">x</a> - " + home + "<br>";
        Path zip = new ZipBuilder()
                .add("Takeout/" + activityFolder + "/" + search + "/" + activityFile + ".html", "<html><body>"
                        + htmlRecord(search, searched + " <a href=\"https://www.google.com/search?q=a\">a</a><br>" + date + "<br>", caption)
                        + htmlRecord(search, searched + " <a href=\"https://www.google.com/search?q=b\">b</a><br>" + date + "<br>", caption)
                        + "</body></html>")
                .add("Takeout/" + watchHistory, "<html><body>" + htmlRecord("YouTube",
                        "<a href=\"https://www.youtube.com/watch?v=1\">Video</a><br>" + date + "<br>",
                        "<b>" + products + "</b><br>&emsp;YouTube<br>") + "</body></html>")
                .add("Takeout/" + locationFolder + "/Records.json", """
                        {"locations":[{"latitudeE7":513300000,"longitudeE7":123300000,"timestamp":"2024-03-12T09:00:00Z"},
                                      {"latitudeE7":513300000,"longitudeE7":123300000,"timestamp":"2024-03-12T09:10:00Z"}]}""")
                .writeTo(dir.resolve("takeout-" + language + ".zip"));
        try (Database db = Database.open(dir.resolve(language + ".db"))) {
            ImportReport report = importOne(db, List.of(zip));
            Export export = report.export();

            assertThat(report.filesWithProblems()).isEmpty();
            assertThat(export.language()).isEqualTo(language);
            assertThat(export.layout()).isEqualTo(layout);
            assertThat(countsByCategory(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.SEARCHES, 2L, Category.WATCHING, 1L, Category.LOCATIONS, 2L));
            Map<InferenceKind, List<StatedInferenceRow>> stated = new CompanyQueries(db)
                    .statedInferences(new CompanyQueries(db).company(Service.GOOGLE));
            assertThat(stated.get(InferenceKind.INFERRED_LOCATION)).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo("Home near 51.33, 12.33");
                assertThat(r.attributes()).containsEntry("records", "2").containsEntry("source", home);
            });
            Instant searchedAt = new ItemQueries(db).page(List.of(export), Category.SEARCHES, 0, 10).get(0).at();
            assertThat(searchedAt).isEqualTo(Instant.parse("2024-03-12T09:14:00Z"));
        }
    }

    @Test
    void theLegacyGenerationWithLocationHistoryJson() throws Exception {
        Path zip = new ZipBuilder()
                .add("Takeout/Location History/Location History.json", """
                        {"locations":[{"timestampMs":"1437263846012","latitudeE7":376955289,"longitudeE7":-1219287261,"accuracy":45}]}""")
                .add("Takeout/Searches/index.html", "<html></html>")
                .writeTo(dir.resolve("takeout-2016.zip"));
        try (Database db = Database.open(dir.resolve("legacy.db"))) {
            Export export = importOne(db, List.of(zip)).export();

            assertThat(export.layout()).isEqualTo(TakeoutRecogniser.LAYOUT_LEGACY);
            assertThat(export.language()).isEqualTo("en");
            assertThat(countsByCategory(db, export)).isEqualTo(Map.of(Category.LOCATIONS, 1L));
        }
    }

    @Test
    void theOnDeviceTimelineExportIsItsOwnKindOfExport() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("Zeitleiste.json"), """
                {"semanticSegments":[{"startTime":"2024-05-01T08:00:00.000+02:00","endTime":"2024-05-01T17:00:00.000+02:00",
                  "visit":{"topCandidate":{"placeId":"w","semanticType":"WORK","placeLocation":{"latLng":"51.31°, 12.36°"}}}}],
                 "rawSignals":[{"position":{"LatLng":"51.33°, 12.33°","timestamp":"2024-05-01T18:00:00.000+02:00"}}],
                 "userLocationProfile":{"frequentPlaces":[{"placeId":"h","placeLocation":"51.33°, 12.33°","label":"HOME"}],
                  "persona":{"travelModeAffinities":[{"mode":"WALKING","affinity":0.5}]}}}""");
        try (Database db = Database.open(dir.resolve("device.db"))) {
            Export export = importOne(db, List.of(file)).export();

            assertThat(export.kind()).isEqualTo("on-device Timeline");
            assertThat(export.layout()).isEqualTo(TakeoutRecogniser.LAYOUT_ANDROID);
            assertThat(export.language()).isEqualTo("de");
            assertThat(countsByCategory(db, export)).isEqualTo(Map.of(Category.LOCATIONS, 2L));
            assertThat(export.inferences()).isEqualTo(3);
            Map<InferenceKind, List<StatedInferenceRow>> stated = new CompanyQueries(db)
                    .statedInferences(new CompanyQueries(db).company(Service.GOOGLE));
            assertThat(stated.get(InferenceKind.INFERRED_LOCATION)).extracting(StatedInferenceRow::value)
                    .containsExactly("Home: 51.33, 12.33", "Work: 51.31, 12.36");
            assertThat(stated.get(InferenceKind.OTHER)).extracting(StatedInferenceRow::value)
                    .containsExactly("Travel mode: WALKING");
        }
    }

    @Test
    void theOnDeviceIosExportIsAListOfSegments() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("location-history.json"), """
                [{"startTime":"2024-05-01T08:00:00.000+02:00","endTime":"2024-05-01T17:00:00.000+02:00",
                  "visit":{"topCandidate":{"semanticType":"Work","placeID":"w","placeLocation":"geo:51.310000,12.360000"}}},
                 {"startTime":"2024-05-01T17:00:00.000+02:00","endTime":"2024-05-01T17:20:00.000+02:00",
                  "activity":{"start":"geo:51.31,12.36","end":"geo:51.33,12.33","distanceMeters":"2900",
                  "topCandidate":{"type":"walking"}}}]""");
        try (Database db = Database.open(dir.resolve("ios.db"))) {
            Export export = importOne(db, List.of(file)).export();

            assertThat(export.kind()).isEqualTo("on-device Timeline");
            assertThat(export.layout()).isEqualTo(TakeoutRecogniser.LAYOUT_IOS);
            assertThat(export.language()).isEqualTo("en");
            assertThat(countsByCategory(db, export)).isEqualTo(Map.of(Category.LOCATIONS, 2L));
            assertThat(export.inferences()).isEqualTo(1);
        }
    }

    @Test
    void twoTakeoutPartsThatBothHoldTheArchiveDescriptionAreOneExport() throws Exception {
        // The runner takes a part as part of an export when at most a tenth of the smaller part's paths repeat
        // the other's: each part here holds ten files besides the repeated description.
        ZipBuilder first = new ZipBuilder()
                .add("Takeout/archive_browser.html", "<div class=\"header_subtext\">Mar 1, 2024, 8:00:00 AM UTC</div>");
        for (String product : List.of("Search", "Image Search", "Video Search", "Books", "News", "Shopping", "Gmail",
                "Drive", "Help", "Takeout")) {
            first.add("Takeout/My Activity/" + product + "/MyActivity.json", """
                    [{"header":"%s","title":"Searched for a","titleUrl":"https://www.google.com/search?q\\u003da","time":"2021-05-01T10:00:00Z"}]"""
                    .formatted(product));
        }
        ZipBuilder second = new ZipBuilder()
                .add("Takeout/archive_browser.html", "<div class=\"header_subtext\">Mar 1, 2024, 8:00:00 AM UTC</div>");
        for (String month : List.of("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
                "OCTOBER")) {
            second.add("Takeout/Location History/Semantic Location History/2021/2021_" + month + ".json", """
                    {"timelineObjects":[{"activitySegment":{"activityType":"WALKING","duration":{"startTimestampMs":"1619866800000"}}}]}""");
        }
        Path one = first.writeTo(dir.resolve("takeout-20240301T080000Z-001.zip"));
        Path two = second.writeTo(dir.resolve("takeout-20240301T080000Z-002.zip"));
        try (Database db = Database.open(dir.resolve("parts.db"))) {
            ImportReport report = importOne(db, List.of(one, two));

            assertThat(report.source()).isEqualTo("takeout-20240301T080000Z-001.zip, takeout-20240301T080000Z-002.zip");
            assertThat(countsByCategory(db, report.export())).isEqualTo(Map.of(Category.SEARCHES, 10L, Category.LOCATIONS, 10L));
            assertThat(report.filesWith(FileStatus.SKIPPED)).singleElement().satisfies(f -> {
                assertThat(f.path()).isEqualTo("takeout-20240301T080000Z-002.zip: Takeout/archive_browser.html");
                assertThat(f.problems()).containsExactly("also in takeout-20240301T080000Z-001.zip; that copy was used");
            });
            assertThat(report.filesWithProblems()).isEmpty();
            assertThat(report.export().exportedAt()).isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
        }
    }

    @Test
    void theImporterIsRegisteredForTheServiceLoader() {
        assertThat(ImportRunner.withInstalledImporters().importers()).anyMatch(i -> i instanceof GoogleImporter);
    }

    static Map<Category, Long> countsByCategory(Database db, Export export) {
        ItemQueries items = new ItemQueries(db);
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            long n = items.count(List.of(export), category);
            if (n > 0) {
                counts.put(category, n);
            }
        }
        return counts;
    }

    private static FileStatus statusOf(ImportReport report, String path) {
        return report(report, path).status();
    }

    private static FileReport report(ImportReport report, String path) {
        return report.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + path + " among "
                        + report.files().stream().map(FileReport::path).collect(Collectors.joining(", "))));
    }
}
