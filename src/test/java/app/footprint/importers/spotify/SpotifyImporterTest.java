package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.CompanySummary;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real runner over synthetic Spotify zips into a real database. */
class SpotifyImporterTest {
    private static final String ACCOUNT = "my_spotify_data/";
    private static final String EXTENDED = "Spotify Extended Streaming History/";

    @TempDir
    Path dir;

    private Path accountZip() throws Exception {
        return new ZipBuilder()
                .add(ACCOUNT + "Userdata.json", """
                        {"username":"someone","email":"someone@example.com","country":"DE","createdFromFacebook":null,
                         "facebookUid":null,"birthdate":"1990-05-06","gender":null,"postalCode":null,"mobileNumber":null,
                         "mobileOperator":null,"mobileBrand":null,"creationTime":"2015-01-01"}""")
                .add(ACCOUNT + "Identifiers.json", "{\"identifierType\":\"email\",\"identifierValue\":\"someone@example.com\"}")
                .add(ACCOUNT + "Payments.json", "{\"payment_method\":\"PayPal\",\"creation_date\":\"2020-01-01\"}")
                .add(ACCOUNT + "Inferences.json", """
                        {"inferences":["3P_Alcohol Consumers_BR","3P_Alcohol Consumers_MX","1P_Custom_Meditation","Business"]}""")
                .add(ACCOUNT + "Marquee.json", """
                        [{"artistName":"The Beatles","segment":"Light listeners"},{"artistName":"Nina Simone","segment":"Super listeners"}]""")
                .add(ACCOUNT + "StreamingHistory_music_0.json", """
                        [{"endTime":"2023-01-01 10:00","artistName":"A","trackName":"One","msPlayed":1000},
                         {"endTime":"2023-01-01 10:04","artistName":"B","trackName":"Two","msPlayed":2000},
                         {"endTime":"2023-01-01 10:08","artistName":"C","trackName":"Three","msPlayed":3000}]""")
                .add(ACCOUNT + "StreamingHistory_music_1.json", """
                        [{"endTime":"2023-02-01 10:00","artistName":"D","trackName":"Four","msPlayed":1000},
                         {"endTime":""")
                .add(ACCOUNT + "StreamingHistory_podcast_0.json", """
                        [{"endTime":"2023-01-02 08:00","podcastName":"Show","episodeName":"Ep 1","msPlayed":60000},
                         {"endTime":"2023-01-03 08:00","podcastName":"Show","episodeName":"Ep 2","msPlayed":60000}]""")
                .add(ACCOUNT + "SearchQueries.json", """
                        [{"platform":"WEB","searchTime":"2022-09-22T04:45:54.424Z[UTC]","searchQuery":"beatles","searchInteractionURIs":[]},
                         {"platform":"WEB","searchTime":"2022-09-22T05:00:00.000Z[UTC]","searchQuery":"nina","searchInteractionURIs":[]}]""")
                .add(ACCOUNT + "YourLibrary.json", """
                        {"tracks":[{"artist":"A","album":"X","track":"One","uri":"spotify:track:1"},
                                   {"artist":"B","album":"Y","track":"Two","uri":"spotify:track:2"}],
                         "albums":[],"artists":[{"name":"C","uri":"spotify:artist:3"}],"bannedTracks":[]}""")
                .add(ACCOUNT + "Playlist1.json", """
                        {"playlists":[{"name":"Mix","lastModifiedDate":"2023-01-05","items":[{"track":{"trackName":"One"}}],
                                       "description":null,"numberOfFollowers":0},
                                      {"name":"Chill","lastModifiedDate":"2023-01-06","items":[],"description":"calm","numberOfFollowers":1}]}""")
                .add(ACCOUNT + "Follow.json", "{\"followerCount\":1,\"followingUsersCount\":2,\"dismissingUsersCount\":0}")
                .add(ACCOUNT + "Read_Me_First.pdf", "%PDF-1.4")
                .add(ACCOUNT + "Wrapped2023.json", "{\"topArtists\":[]}")
                .writeTo(dir.resolve("my_spotify_data.zip"));
    }

    private Path extendedZip() throws Exception {
        return new ZipBuilder()
                .add(EXTENDED + "Streaming_History_Audio_2019-2023_0.json", """
                        [{"ts":"2019-01-01T10:00:00Z","platform":"ios","ms_played":1000,"conn_country":"DE","ip_addr":"192.0.2.1",
                          "master_metadata_track_name":"One","master_metadata_album_artist_name":"A"},
                         {"ts":"2020-01-01T10:00:00Z","platform":"ios","ms_played":2000,"episode_name":"Ep 1","episode_show_name":"Show"},
                         {"ts":"2021-01-01T10:00:00Z","platform":"ios","ms_played":3000,"master_metadata_track_name":"Two",
                          "master_metadata_album_artist_name":"B"}]""")
                .add(EXTENDED + "Streaming_History_Video_2019-2023.json", """
                        [{"ts":"2022-01-01T10:00:00Z","platform":"ios","ms_played":4000,"episode_name":"Live","episode_show_name":"Cam"}]""")
                .add(EXTENDED + "ReadMeFirst_ExtendedStreamingHistory.pdf", "%PDF-1.4")
                .writeTo(dir.resolve("my_spotify_data (1).zip"));
    }

    @Test
    void accountDataAndExtendedHistoryBecomeTwoExportsWithExactCounts() throws Exception {
        ImportRunner runner = new ImportRunner(List.of(new SpotifyImporter()), ArchiveLimits.defaults());
        try (Database db = Database.open(dir.resolve("footprint.db"));
             ImportPlan plan = runner.plan(List.of(accountZip(), extendedZip()))) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).extracting(e -> e.recognition().kind())
                    .containsExactly("account data", "extended streaming history");
            assertThat(plan.exports()).allMatch(e -> e.service() == Service.SPOTIFY);

            ImportReport account = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
            ImportReport extended = runner.run(plan.exports().get(1), db, ImportProgress.NONE, () -> false);

            assertThat(account.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(extended.result()).isEqualTo(ImportReport.Result.IMPORTED);
            Export accountExport = account.export();
            Export extendedExport = extended.export();
            assertThat(accountExport.kind()).isEqualTo("account data");
            assertThat(accountExport.layout()).isEqualTo("StreamingHistory_music/podcast files");
            assertThat(extendedExport.kind()).isEqualTo("extended streaming history");
            assertThat(extendedExport.layout()).isEqualTo("extended");

            ItemQueries items = new ItemQueries(db);
            assertThat(countsByCategory(items, accountExport)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PROFILE, 9L,
                    Category.LISTENING, 6L,
                    Category.SEARCHES, 2L,
                    Category.LIBRARY, 3L,
                    Category.PLAYLISTS, 2L,
                    Category.FOLLOWS, 3L));
            assertThat(accountExport.items()).isEqualTo(25);
            assertThat(accountExport.inferences()).isEqualTo(6);
            assertThat(accountExport.problems()).isEqualTo(1);
            assertThat(countsByCategory(items, extendedExport)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.LISTENING, 4L));
            assertThat(extendedExport.inferences()).isZero();

            assertThat(statusOf(account, ACCOUNT + "StreamingHistory_music_1.json")).isEqualTo(FileStatus.FAILED);
            assertThat(recordsOf(account, ACCOUNT + "StreamingHistory_music_1.json")).isEqualTo(1);
            assertThat(statusOf(account, ACCOUNT + "Read_Me_First.pdf")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(statusOf(account, ACCOUNT + "Wrapped2023.json")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(statusOf(account, ACCOUNT + "Inferences.json")).isEqualTo(FileStatus.IMPORTED);
            assertThat(statusOf(extended, EXTENDED + "ReadMeFirst_ExtendedStreamingHistory.pdf"))
                    .isEqualTo(FileStatus.NOT_RECOGNISED);

            CompanyQueries companies = new CompanyQueries(db);
            CompanySummary spotify = companies.company(Service.SPOTIFY);
            assertThat(spotify.currentExports()).hasSize(2);
            // Plays appear in both exports; the company counts them from the one holding most (6 here, not 6 + 4).
            assertThat(spotify.items()).isEqualTo(25);
            Map<InferenceKind, List<StatedInferenceRow>> stated = companies.statedInferences(spotify);
            assertThat(stated.keySet()).containsExactlyInAnyOrder(InferenceKind.AD_SEGMENT, InferenceKind.LISTENER_SEGMENT);
            assertThat(stated.get(InferenceKind.AD_SEGMENT)).extracting(StatedInferenceRow::value, StatedInferenceRow::occurrences)
                    .containsExactly(tuple("Alcohol Consumers", 2), tuple("Custom_Meditation", 1), tuple("Business", 1));
            assertThat(stated.get(InferenceKind.AD_SEGMENT).stream().mapToInt(StatedInferenceRow::occurrences).sum())
                    .isEqualTo(4);
            assertThat(stated.get(InferenceKind.LISTENER_SEGMENT)).extracting(StatedInferenceRow::value)
                    .containsExactly("The Beatles", "Nina Simone");
            assertThat(spotify.statedInferences()).isEqualTo(5);
        }
    }

    @Test
    void theImporterIsRegisteredForTheServiceLoader() {
        assertThat(ImportRunner.withInstalledImporters().importers())
                .anyMatch(i -> i instanceof SpotifyImporter);
    }

    private static Map<Category, Long> countsByCategory(ItemQueries items, Export export) {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            long n = items.count(List.of(export), category);
            if (n > 0) {
                counts.put(category, n);
            }
        }
        return counts;
    }

    private static FileStatus statusOf(ImportReport outcome, String path) {
        return report(outcome, path).status();
    }

    private static long recordsOf(ImportReport outcome, String path) {
        return report(outcome, path).records();
    }

    private static FileReport report(ImportReport outcome, String path) {
        return outcome.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + path));
    }
}
