package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.CompanySummary;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.Service;
import app.footprint.model.StatedInference;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.ItemQueries;
import app.footprint.testing.Fixtures;
import app.footprint.testing.ParserRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance over the real (anonymised) PriOSS Spotify sample. The expected numbers were counted
 * independently of this code, with a separate script over the sample files.
 */
class SpotifySamplesTest {
    private static final String SAMPLE = "spotify/prioss-2024/my_spotify_data/";

    @TempDir
    Path dir;

    private static ParserRun run(SpotifyImporter importer, String name) throws Exception {
        String path = "my_spotify_data/" + name;
        return ParserRun.ofFile(importer.parserFor(path).orElseThrow(), path, Fixtures.file(SAMPLE + name));
    }

    @Test
    void inferencesHold181SegmentsOf124Names() throws Exception {
        ParserRun run = run(new SpotifyImporter(), "Inferences.json");

        List<StatedInference> segments = run.sink.inferences(InferenceKind.AD_SEGMENT);
        assertThat(segments).hasSize(181);
        assertThat(run.sink.inferences).hasSize(181);
        assertThat(run.file.problemCount()).isZero();
        assertThat(segments.stream().filter(s -> "first-party".equals(s.attributes().get("party")))).hasSize(13);
        assertThat(segments.stream().filter(s -> "third-party".equals(s.attributes().get("party")))).hasSize(163);
        assertThat(segments.stream().filter(s -> !s.attributes().containsKey("party")))
                .extracting(StatedInference::value)
                .containsExactly("Business", "General Podcasts 1P", "Interest_Pop Culture", "Podcasts",
                        "Premiumbusiness_Free_Trial-Eligible");
        assertThat(segments.stream().map(StatedInference::value).distinct()).hasSize(124);
        assertThat(segments.stream().filter(s -> s.attributes().containsKey("market"))).hasSize(155);
        assertThat(segments.stream().filter(s -> "DE".equals(s.attributes().get("market")))).hasSize(44);
        assertThat(segments.stream().filter(s -> s.attributes().containsKey("tags")))
                .extracting(s -> s.attributes().get("tags"))
                .containsExactly("Advertiser-Specific", "Advertiser-Restricted");
        assertThat(segments.stream().filter(s -> s.value().equals("Android Users"))).hasSize(7);
        assertThat(segments.get(13).attributes()).containsEntry("raw", "3P_Alcohol Consumers_BR")
                .containsEntry("market", "BR");
        assertThat(segments.get(13).value()).isEqualTo("Alcohol Consumers");
    }

    @Test
    void marqueeHoldsOneListenerSegment() throws Exception {
        ParserRun run = run(new SpotifyImporter(), "Marquee.json");

        assertThat(run.sink.inferences).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(InferenceKind.LISTENER_SEGMENT);
            assertThat(i.value()).isEqualTo("The Beatles");
            assertThat(i.attributes()).isEqualTo(Map.of("segment", "Light listeners"));
        });
    }

    @Test
    void userdataHoldsSevenFilledFields() throws Exception {
        ParserRun run = run(new SpotifyImporter(), "Userdata.json");

        assertThat(run.sink.items).extracting(Item::title).containsExactly(
                "Username: userexample345798hwe4",
                "E-mail address: testdata@example.com",
                "Country: DE",
                "Account created through Facebook: no",
                "Birth date: 2000-01-01",
                "Gender: male",
                "Account created");
        assertThat(run.sink.items.get(6).at()).isEqualTo(Instant.parse("2018-01-01T00:00:00Z"));
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void musicHistoryHolds833Plays() throws Exception {
        ParserRun run = run(new SpotifyImporter(), "StreamingHistory_music_0.json");

        List<Item> plays = run.sink.items(Category.LISTENING);
        assertThat(plays).hasSize(833);
        assertThat(run.sink.items).hasSize(833);
        assertThat(run.file.problemCount()).isZero();
        assertThat(plays.get(0).at()).isEqualTo(Instant.parse("2021-11-04T11:16:00Z"));
        assertThat(plays.get(0).title()).isEqualTo("Orange Room — Morris the Friend");
        assertThat(plays.get(832).at()).isEqualTo(Instant.parse("2022-04-25T07:47:00Z"));
        assertThat(plays.get(832).title()).isEqualTo("Switch — 6LACK");
        assertThat(plays).allMatch(Item::zoneAssumed);
        assertThat(plays.stream().mapToLong(p -> Long.parseLong(p.attributes().get("ms_played"))).sum())
                .isEqualTo(109_144_689L);
        assertThat(plays.stream().map(p -> p.attributes().get("artist")).filter(Objects::nonNull).distinct()).hasSize(114);
    }

    @Test
    void theSampleFolderImportsAsAccountData() throws Exception {
        Path folder = Fixtures.file(SAMPLE + "Userdata.json").getParent();
        ImportRunner runner = new ImportRunner(List.of(new SpotifyImporter()), ArchiveLimits.defaults());
        try (Database db = Database.open(dir.resolve("footprint.db")); ImportPlan plan = runner.plan(List.of(folder))) {
            assertThat(plan.exports()).singleElement().satisfies(e -> {
                assertThat(e.recognition().kind()).isEqualTo("account data");
                assertThat(e.recognition().layout()).isEqualTo("StreamingHistory_music/podcast files");
            });

            ImportReport outcome = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);

            assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(outcome.export().items()).isEqualTo(840);
            assertThat(outcome.export().inferences()).isEqualTo(182);
            ItemQueries items = new ItemQueries(db);
            assertThat(items.count(List.of(outcome.export()), Category.LISTENING)).isEqualTo(833);
            assertThat(items.count(List.of(outcome.export()), Category.PROFILE)).isEqualTo(7);
            CompanySummary spotify = new CompanyQueries(db).company(Service.SPOTIFY);
            assertThat(spotify.statedInferences()).isEqualTo(125);
            assertThat(spotify.firstItem()).isEqualTo(Instant.parse("2018-01-01T00:00:00Z"));
            assertThat(spotify.lastItem()).isEqualTo(Instant.parse("2022-04-25T07:47:00Z"));
        }
    }
}
