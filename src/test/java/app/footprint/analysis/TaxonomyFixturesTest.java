package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.Importer;
import app.footprint.importers.amazon.AmazonImporter;
import app.footprint.importers.facebook.FacebookImporter;
import app.footprint.importers.google.GoogleImporter;
import app.footprint.importers.linkedin.LinkedInImporter;
import app.footprint.importers.spotify.SpotifyImporter;
import app.footprint.model.InferenceKind;
import app.footprint.model.StatedInference;
import app.footprint.model.Topic;
import app.footprint.testing.Fixtures;
import app.footprint.testing.ParserRun;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The taxonomy over the real shared samples, read by the real parsers: how many stated values find a topic. The
 * counts were checked by reading each mapping (printed by {@link #mapping}); a change of keywords that moves them
 * must be looked at again.
 */
class TaxonomyFixturesTest {
    private static final Taxonomy TAXONOMY = Taxonomy.standard();

    private static List<StatedInference> parse(Importer importer, String path, String sample) throws Exception {
        return ParserRun.ofFile(importer.parserFor(path).orElseThrow(), path, Fixtures.file(sample)).sink.inferences;
    }

    /** value → topic id (or "-"), for reading and for failure messages. */
    static Map<String, String> mapping(List<StatedInference> values) {
        Map<String, String> out = new TreeMap<>();
        for (StatedInference s : values) {
            out.put(s.value(), TAXONOMY.topicOf(s.value()).map(Topic::id).orElse("-"));
        }
        return out;
    }

    private static long mapped(Map<String, String> mapping) {
        return mapping.values().stream().filter(v -> !v.equals("-")).count();
    }

    @Test
    void germanFacebookAdInterests() throws Exception {
        Map<String, String> m = mapping(parse(new FacebookImporter(), "logged_information/other_logged_information/ads_interests.json",
                "facebook/prioss-de-2023-12/logged_information/other_logged_information/ads_interests.json"));
        assertThat(m).hasSize(245);
        assertThat(mapped(m)).as(m.toString()).isEqualTo(111);
        assertThat(m).containsEntry("Hochzeit", "family.weddings").containsEntry("Küche", "food.cooking")
                .containsEntry("Kinderbekleidung", "family.parenting").containsEntry("Schlafsack", "outdoors.camping")
                .containsEntry("Hip-Hop-Musik", "music.hiphop").containsEntry("Chance the Rapper", "-")
                // Known false matches, kept visible: keywords cannot tell an artist's name from a language or
                // from the French word for bread.
                .containsEntry("French Montana", "education.languages").containsEntry("T-Pain", "food.baking");
    }

    @Test
    void italianGoogleDiscover() throws Exception {
        List<StatedInference> all = parse(new GoogleImporter(), "Takeout/Le mie attività/Discover/Le mie attività.html",
                "google/hudi-it-2021/Takeout/YourActivities/Discover/MyActivities.html");
        Map<String, String> m = mapping(all.stream().filter(s -> s.kind() == InferenceKind.TOPIC).toList());
        assertThat(m).hasSize(199);
        assertThat(mapped(m)).as(m.toString()).isEqualTo(47);
        assertThat(m).containsEntry("Gioco d'azzardo", "gambling").containsEntry("Genitorialità", "family.parenting")
                .containsEntry("Salute mentale", "health.mental").containsEntry("Corsa", "sports.running")
                .containsEntry("Politica", "politics").containsEntry("Tempo", "-");
    }

    @Test
    void spotifyInferences() throws Exception {
        Map<String, String> m = mapping(parse(new SpotifyImporter(), "my_spotify_data/Inferences.json",
                "spotify/prioss-2024/my_spotify_data/Inferences.json"));
        assertThat(m).hasSize(124);
        assertThat(mapped(m)).as(m.toString()).isEqualTo(120);
        assertThat(m).containsEntry("Alcohol Consumers", "alcohol").containsEntry("Beer Drinkers", "alcohol")
                .containsEntry("Custom_Workout_Moment_Listeners", "music.moods")
                .containsEntry("Custom__ Entertainment - Mobile & App - Sport - Running_19-Feb-2021", "sports.running")
                .containsEntry("Custom_Moments_Casual", "-");
    }

    @Test
    void linkedInInferencesAndAdTargeting() throws Exception {
        Map<String, String> m = mapping(parse(new LinkedInImporter(), "Ad_Targeting.csv", "linkedin/hudi-2022/Ad_Targeting.csv"));
        assertThat(m).hasSize(343);
        assertThat(mapped(m)).as(m.toString()).isEqualTo(123);
        assertThat(m).containsEntry("Video Games", "games.video").containsEntry("Job Seekers", "work.jobsearch")
                .containsEntry("Interface locale: it_IT", "-").containsEntry("Age: 25 to 34", "-");
    }

    @Test
    void amazonAdvertiserAudiencesAreAdvertisersWithoutTopics() throws Exception {
        List<StatedInference> all = parse(new AmazonImporter(), "Advertising.1/Advertising.AdvertiserAudiences.csv",
                "amazon/hudi-it-2021/Advertising.1/Advertising.AdvertiserAudiences.csv");
        assertThat(all).hasSize(101).allSatisfy(s -> assertThat(s.kind()).isEqualTo(InferenceKind.ADVERTISER));
        var normalised = new StatedInferences(TAXONOMY).normalise(all.stream()
                .map(s -> new app.footprint.model.AnalysedStatedInference(1, app.footprint.model.Service.AMAZON, s)).toList());
        assertThat(normalised).hasSize(101).allSatisfy(i -> assertThat(i.topic()).isNull());
    }
}
