package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.AnalysedItem;
import app.footprint.model.AnalysedStatedInference;
import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import app.footprint.testing.MemoryProfileData;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The taste profile on viewing and listening histories whose measures are known. */
class TasteProfileTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final MemoryProfileData data = new MemoryProfileData();

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2023, month, day, hour, minute).atZone(BERLIN).toInstant();
    }

    /** A Netflix play as the importer makes it. */
    private AnalysedItem netflix(String profile, Instant at, String show, int episode, int minutes, boolean autoplayed) {
        String title = show == null ? "Herbstlicht" : show + ": Staffel 1: Teil " + episode + " (Folge " + episode + ")";
        Map<String, String> a = new HashMap<>();
        a.put("Profile Name", profile);
        a.put("duration_seconds", Integer.toString(minutes * 60));
        if (show != null) {
            a.put("show", show);
        }
        if (autoplayed) {
            a.put("autoplayed", "yes");
        }
        return data.item(Service.NETFLIX, Category.WATCHING, at, title, a);
    }

    private void preview(Instant at, boolean autoplayed) {
        data.item(Service.NETFLIX, Category.ACTIVITY, at, "Preview: Trailer: Nordlicht",
                autoplayed ? Map.of("Profile Name", "Jana", "autoplayed", "yes", "Supplemental Video Type", "TRAILER")
                        : Map.of("Profile Name", "Jana", "Supplemental Video Type", "TRAILER"));
    }

    private List<Inference> derive() {
        List<Inference> all = new TasteProfile(BERLIN).derive(data);
        assertThat(all).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(InferenceKind.TASTE_PROFILE);
            assertThat(i.sources()).containsExactly(i.service());
            assertThat(i.evidence()).hasSizeLessThanOrEqualTo(TasteProfile.MAX_EVIDENCE);
            assertThat(i.evidenceCount()).isGreaterThanOrEqualTo(i.evidence().size());
        });
        return all;
    }

    private static Inference labelled(List<Inference> all, Service service, String start) {
        Optional<Inference> found = all.stream().filter(i -> i.service() == service && i.label().startsWith(start)).findFirst();
        assertThat(found).as(start + " in " + all.stream().map(Inference::label).toList()).isPresent();
        return found.get();
    }

    @Test
    void netflixBingesNightViewingAutoplayAndTopSeriesAreExact() {
        // Binge 1: three episodes in a row, the 2nd and 3rd started by Netflix.
        netflix("Jana", at(1, 10, 20, 0), "Dark", 1, 45, false);
        netflix("Tom", at(1, 10, 20, 30), "Kaltfront", 1, 45, false); // another profile does not break her sitting
        netflix("Jana", at(1, 10, 20, 50), "Dark", 2, 45, true);
        netflix("Jana", at(1, 10, 21, 40), "Dark", 3, 45, true);
        // Two episodes only.
        netflix("Jana", at(1, 12, 20, 0), "Dark", 4, 45, false);
        netflix("Jana", at(1, 12, 20, 50), "Dark", 5, 45, false);
        // Binge 2, at night.
        netflix("Jana", at(1, 14, 23, 30), "Dark", 6, 45, false);
        netflix("Jana", at(1, 15, 0, 20), "Dark", 7, 45, false);
        netflix("Jana", at(1, 15, 1, 10), "Dark", 8, 45, false);
        // A 45-minute break after the first episode: two sittings, neither a binge.
        netflix("Jana", at(1, 20, 20, 0), "Kaltfront", 1, 45, false);
        netflix("Jana", at(1, 20, 21, 30), "Kaltfront", 2, 45, false);
        netflix("Jana", at(1, 20, 22, 20), "Kaltfront", 3, 45, false);
        // One episode resumed: three plays but two episodes.
        netflix("Jana", at(2, 1, 19, 0), "Dark", 9, 10, false);
        netflix("Jana", at(2, 1, 19, 15), "Dark", 9, 35, false);
        netflix("Jana", at(2, 1, 19, 55), "Dark", 10, 45, false);
        netflix("Jana", at(2, 2, 22, 0), null, 0, 110, false);
        preview(at(1, 9, 19, 0), true);
        preview(at(1, 11, 19, 0), true);
        preview(at(1, 13, 19, 0), true);
        preview(at(1, 16, 19, 0), false);
        AnalysedStatedInference dark = data.stated(Service.NETFLIX, InferenceKind.TASTE, "Dark", Map.of("Show", "Dark"));
        data.stated(Service.NETFLIX, InferenceKind.TASTE, "Herbstlicht", Map.of("rating", "thumbs down"));

        List<Inference> all = derive();

        assertThat(all).extracting(Inference::label).containsExactly(
                "Most watched on Netflix: Dark, Kaltfront, Herbstlicht",
                "2 binge sessions on Netflix",
                "19% of Netflix viewing at night",
                "25% of Netflix plays started by Netflix itself");
        Inference top = all.get(0);
        assertThat(top.explanation()).contains("Dark (11 plays), Kaltfront (4 plays), Herbstlicht (1 play), of 16 plays")
                .contains("you told Netflix you like Dark").contains("of those, Dark is among what you watched most")
                .contains("2 profiles (Jana, Tom)");
        assertThat(top.evidence()).filteredOn(e -> e.kind() == Evidence.Kind.STATED_INFERENCE)
                .extracting(Evidence::ref).containsExactly(dark.id());
        assertThat(top.evidenceCount()).isEqualTo(11 + 4 + 1 + 1);
        Inference binges = all.get(1);
        assertThat(binges.evidenceCount()).isEqualTo(6);
        assertThat(binges.evidence()).extracting(Evidence::label).containsExactly(
                "Jana: Dark: Staffel 1: Teil 1 (Folge 1)", "Jana: Dark: Staffel 1: Teil 2 (Folge 2)",
                "Jana: Dark: Staffel 1: Teil 3 (Folge 3)", "Jana: Dark: Staffel 1: Teil 6 (Folge 6)",
                "Jana: Dark: Staffel 1: Teil 7 (Folge 7)", "Jana: Dark: Staffel 1: Teil 8 (Folge 8)");
        assertThat(all.get(2).evidenceCount()).isEqualTo(3);
        assertThat(all.get(2).explanation()).startsWith("3 of your 16 plays on Netflix started between 23:00 and 05:00");
        assertThat(all.get(3).evidenceCount()).isEqualTo(5);
        assertThat(all.get(3).explanation()).contains("Of 20 plays").contains("3 previews and trailers")
                .contains("2 next episodes");
    }

    @Test
    void primeVideoEpisodesAreGroupedBySeries() {
        for (int i = 0; i < 3; i++) {
            data.item(Service.AMAZON, Category.WATCHING, at(3, 1, 19 + i, 0), "Folge " + i + "-Die Lausitz-Akte - Staffel 1",
                    Map.of("Playback Hour", "x"));
        }
        data.item(Service.AMAZON, Category.WATCHING, at(3, 5, 19, 0), "Abraum-Die Lausitz-Akte - Staffel 2", Map.of());
        data.item(Service.AMAZON, Category.WATCHING, at(3, 6, 19, 0), "Der Marathonmann", Map.of());

        List<Inference> all = derive();

        assertThat(all).extracting(Inference::label).containsExactly(
                "Most watched on Prime Video: Die Lausitz-Akte, Der Marathonmann", "1 binge session on Prime Video");
        assertThat(labelled(all, Service.AMAZON, "Most watched").explanation())
                .contains("Die Lausitz-Akte (4 plays), Der Marathonmann (1 play), of 5 plays");
    }

    @Test
    void spotifyArtistsByListeningTimeAndNightListening() {
        for (int i = 0; i < 3; i++) {
            data.item(Service.SPOTIFY, Category.LISTENING, at(4, 1 + i, i == 0 ? 1 : 12, 0), "Song — Amselgesang",
                    Map.of("master_metadata_album_artist_name", "Amselgesang", "ms_played", "200000", "kind", "music"));
        }
        for (int i = 0; i < 5; i++) {
            data.item(Service.SPOTIFY, Category.LISTENING, at(4, 10 + i, 12, 0), "Lied — Nordstern",
                    Map.of("artist", "Nordstern", "ms_played", "60000", "kind", "music"));
        }
        data.item(Service.SPOTIFY, Category.LISTENING, at(4, 20, 2, 0), "Lied — Nordstern",
                Map.of("artist", "Nordstern", "ms_played", "10000", "kind", "music"));
        for (int i = 0; i < 2; i++) {
            data.item(Service.SPOTIFY, Category.LISTENING, at(5, 1 + i, 8, 0), "Folge — Bauchgefühl",
                    Map.of("episode_show_name", "Bauchgefühl", "ms_played", "1800000", "kind", "podcast"));
        }

        List<Inference> all = derive();

        assertThat(all).extracting(Inference::label).containsExactly(
                "Most played artists: Amselgesang, Nordstern", "Most played podcasts: Bauchgefühl",
                "10% of Spotify listening at night");
        assertThat(all.get(0).explanation()).contains("Amselgesang (0.2 h, 3 plays), Nordstern (0.1 h, 6 plays)");
        assertThat(all.get(0).evidenceCount()).isEqualTo(9);
        assertThat(all.get(2).evidenceCount()).isEqualTo(1);
    }

    @Test
    void youTubeChannelsLeaveAdsAndOtherProductsOut() {
        for (int i = 0; i < 4; i++) {
            data.item(Service.GOOGLE, Category.WATCHING, at(6, 1 + i, 18, 0), "Lauftechnik " + i + " angesehen",
                    Map.of("product", "YouTube", "channel", "Laufen mit Lisa"));
        }
        data.item(Service.GOOGLE, Category.WATCHING, at(6, 8, 18, 0), "Sauerteig angesehen",
                Map.of("product", "YouTube", "channel", "Brotzeit Backstube"));
        for (int i = 0; i < 6; i++) {
            data.item(Service.GOOGLE, Category.WATCHING, at(6, 9 + i, 18, 0), "Sale angesehen",
                    Map.of("product", "YouTube", "channel", "Laufwerk Sportshop", "ad", "Von Google Ads"));
        }
        data.item(Service.GOOGLE, Category.WATCHING, at(6, 20, 18, 0), "A film", Map.of("product", "Google Play Filme"));

        List<Inference> all = derive();

        assertThat(all).extracting(Inference::label)
                .containsExactly("Most watched YouTube channels: Laufen mit Lisa, Brotzeit Backstube");
        assertThat(all.get(0).explanation()).contains("of 5 plays in all (6 ads left out)");
    }

    @Test
    void noViewingOrListeningNoTasteProfile() {
        data.item(Service.AMAZON, Category.PURCHASES, at(1, 1, 12, 0), "Kaffeebohnen", Map.of());
        data.item(Service.INSTAGRAM, Category.WATCHING, at(1, 2, 12, 0), "david_mayer", Map.of("seen", "video"));
        assertThat(derive()).isEmpty();
    }
}
