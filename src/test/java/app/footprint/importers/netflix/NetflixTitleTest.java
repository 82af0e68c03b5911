package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetflixTitleTest {
    @Test
    void anEnglishEpisodeIsSplitIntoShowSeasonEpisodeAndNumber() {
        assertThat(NetflixTitle.parse("Stranger Things: Season 4: Chapter One: The Hellfire Club (Episode 1)"))
                .isEqualTo(new NetflixTitle("Stranger Things", "Season 4", "Chapter One: The Hellfire Club", "1"));
    }

    @Test
    void germanItalianSpanishAndFrenchSeasonsAreRecognised() {
        assertThat(NetflixTitle.parse("Nachtschicht: Staffel 2: Triage (Folge 3)"))
                .isEqualTo(new NetflixTitle("Nachtschicht", "Staffel 2", "Triage", "3"));
        assertThat(NetflixTitle.parse("La casa di carta: Stagione 1: Episodio 5 (Episodio 5)"))
                .isEqualTo(new NetflixTitle("La casa di carta", "Stagione 1", "Episodio 5", "5"));
        assertThat(NetflixTitle.parse("Élite: Temporada 3: Polo (Episodio 8)"))
                .isEqualTo(new NetflixTitle("Élite", "Temporada 3", "Polo", "8"));
        assertThat(NetflixTitle.parse("Lupin: Partie 2: Chapitre 6 (Épisode 6)"))
                .isEqualTo(new NetflixTitle("Lupin", "Partie 2", "Chapitre 6", "6"));
    }

    @Test
    void limitedSeriesAndShowNamesWithColonsKeepTheirShow() {
        assertThat(NetflixTitle.parse("The Queen's Gambit: Limited Series: Openings (Episode 1)"))
                .isEqualTo(new NetflixTitle("The Queen's Gambit", "Limited Series", "Openings", "1"));
        assertThat(NetflixTitle.parse("Star Trek: Discovery: Season 2: Brother"))
                .isEqualTo(new NetflixTitle("Star Trek: Discovery", "Season 2", "Brother", null));
    }

    @Test
    void playbackEventsQuoteTheEpisodeName() {
        assertThat(NetflixTitle.parse("Tear Along the Dotted Line: Season 1: \"Episode 6\""))
                .isEqualTo(new NetflixTitle("Tear Along the Dotted Line", "Season 1", "Episode 6", null));
    }

    @Test
    void filmsAndTrailersHaveNoShow() {
        assertThat(NetflixTitle.parse("Der lange Lauf")).isEqualTo(new NetflixTitle(null, null, null, null));
        assertThat(NetflixTitle.parse("Baggio: The Divine Ponytail")).isEqualTo(new NetflixTitle(null, null, null, null));
        assertThat(NetflixTitle.parse("Season 1 Trailer: Squid Game")).isEqualTo(new NetflixTitle(null, null, null, null));
    }
}
