package app.footprint.importers.google;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityHtmlParserTest {
    private static final String HEAD = "<html><head><title>My Activity</title><style>.outer-cell{}</style></head>"
            + "<body><div class=\"mdl-grid\">";
    private static final String TAIL = "</div></body></html>";

    private final GoogleImporter importer = new GoogleImporter();

    /** One record as Google writes it: header, body lines, the empty right cell, the caption. */
    static String record(String product, String body, String caption) {
        return "<div class=\"outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp\"><div class=\"mdl-grid\">"
                + "<div class=\"header-cell mdl-cell mdl-cell--12-col\"><p class=\"mdl-typography--title\">" + product
                + "<br></p></div><div class=\"content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1\">" + body
                + "</div><div class=\"content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1 "
                + "mdl-typography--text-right\"></div><div class=\"content-cell mdl-cell mdl-cell--12-col "
                + "mdl-typography--caption\">" + caption + "</div></div></div>";
    }

    private ParserRun run(String path, String... records) throws Exception {
        return ParserRun.of(importer.parserFor(path).orElseThrow(), path, HEAD + String.join("", records) + TAIL);
    }

    @Test
    void englishWatchHistoryKeepsAdsMarkedAndReadsTwelveHourTimes() throws Exception {
        ParserRun run = run("Takeout/YouTube and YouTube Music/history/watch-history.html",
                record("YouTube", "Watched\u00a0<a href=\"https://www.youtube.com/watch?v=a1\">Easy sourdough</a><br>"
                        + "<a href=\"https://www.youtube.com/channel/UC1\">Bread Club</a><br>Mar 3, 2024, 9:15:02\u202fPM CET<br>",
                        "<b>Products:</b><br>&emsp;YouTube<br><b>Why is this here?</b><br>&emsp;This activity was saved<br>"),
                record("YouTube", "Watched\u00a0<a href=\"https://www.youtube.com/watch?v=ad\">Stroller sale</a><br>"
                        + "<a href=\"https://www.youtube.com/channel/UC2\">Wiegenwelt</a><br>Mar 3, 2024, 9:14:00\u202fPM CET<br>",
                        "<b>Products:</b><br>&emsp;YouTube<br><b>Details:</b><br>&emsp;From Google Ads<br>"));

        assertThat(run.file.problemCount()).isZero();
        assertThat(run.sink.items).hasSize(2).allMatch(i -> i.category() == Category.WATCHING);
        Item watch = run.sink.items.get(0);
        assertThat(watch.title()).isEqualTo("Watched Easy sourdough");
        assertThat(watch.at()).isEqualTo(Instant.parse("2024-03-03T20:15:02Z"));
        assertThat(watch.attributes()).containsEntry("channel", "Bread Club")
                .containsEntry("url", "https://www.youtube.com/watch?v=a1").doesNotContainKey("ad");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("ad", "From Google Ads");
        assertThat(run.facts.language()).isEqualTo("en");
    }

    @Test
    void germanSearchActivityWithAnInferredHome() throws Exception {
        ParserRun run = run("Takeout/Meine Aktivitäten/Suche/MeineAktivitäten.html",
                record("Suche", "Gesucht nach\u00a0<a href=\"https://www.google.com/search?q=Hebamme+Leipzig\">Hebamme Leipzig</a>"
                        + "<br>21.07.2023, 20:03:11 MESZ<br>",
                        "<b>Produkte:</b><br>&emsp;Suche<br><b>Standorte:</b><br>&emsp;In <a href=\"https://www.google.com/maps/"
                        + "@?api=1&amp;map_action=map&amp;center=51.332,12.338&amp;zoom=13\">dieser Gegend</a> - "
                        + "Aus deinen Orten (Zuhause)<br>"),
                record("Suche", "<a href=\"https://www.google.com/url?q=https://www.example.org/elterngeld&amp;usg=x\">"
                        + "example.org</a> besucht<br>21.07.2023, 20:04:00 MESZ<br>",
                        "<b>Produkte:</b><br>&emsp;Suche<br>"));

        assertThat(run.sink.items).extracting(Item::category).containsExactly(Category.SEARCHES, Category.BROWSING);
        Item search = run.sink.items.get(0);
        assertThat(search.title()).isEqualTo("Gesucht nach Hebamme Leipzig");
        assertThat(search.at()).isEqualTo(Instant.parse("2023-07-21T18:03:11Z"));
        assertThat(search.attributes()).containsEntry("query", "Hebamme Leipzig").containsEntry("product", "Suche")
                .containsEntry("location", "dieser Gegend (51.332, 12.338)");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("url", "https://www.example.org/elterngeld");
        assertThat(run.sink.inferences).singleElement().satisfies(home -> {
            assertThat(home.kind()).isEqualTo(InferenceKind.INFERRED_LOCATION);
            assertThat(home.value()).isEqualTo("Home near 51.332, 12.338");
            assertThat(home.attributes()).containsEntry("source", "Aus deinen Orten (Zuhause)");
        });
        assertThat(run.facts.language()).isEqualTo("de");
    }

    @Test
    void frenchCaptionTellsTheLanguageWhereThePathDoesNot() throws Exception {
        ParserRun run = run("Takeout/My Activity/Discover/MyActivity.html",
                record("Discover", "2 cartes dans votre flux<br>Course à pied - vue<br>Grossesse<br>3 févr. 2024, 07:00:00 UTC<br>",
                        "<b>Produits :</b><br>&emsp;Discover<br>"));

        assertThat(run.sink.items).singleElement().satisfies(i ->
                assertThat(i.at()).isEqualTo(Instant.parse("2024-02-03T07:00:00Z")));
        assertThat(run.sink.values(InferenceKind.TOPIC)).containsExactly("Course à pied", "Grossesse");
        // The English path told "en" first; the first language stated wins.
        assertThat(run.facts.language()).isEqualTo("en");
    }

    @Test
    void recordsWithoutContentOrDateAreReportedAndTheRestIsKept() throws Exception {
        ParserRun run = run("Takeout/Mi actividad/Búsqueda/MiActividad.html",
                "<div class=\"outer-cell\"><div class=\"header-cell\"><p>Búsqueda</p></div></div>",
                record("Búsqueda", "Has buscado\u00a0<a href=\"https://www.google.com/search?q=pan\">pan</a><br>ayer<br>",
                        "<b>Productos:</b><br>&emsp;Búsqueda<br>"),
                record("Búsqueda", "Has buscado\u00a0<a href=\"https://www.google.com/search?q=sal\">sal</a><br>"
                        + "3 ene 2024, 10:00:00 CET<br>", "<b>Productos:</b><br>&emsp;Búsqueda<br>"));

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Has buscado pan", "Has buscado sal");
        assertThat(run.sink.items.get(0).at()).isNull();
        assertThat(run.sink.items.get(1).at()).isEqualTo(Instant.parse("2024-01-03T09:00:00Z"));
        assertThat(run.file.problemCount()).isEqualTo(2);
        assertThat(run.facts.language()).isEqualTo("es");
    }
}
