package app.footprint.importers.google;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TakeoutPathsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // English, both spellings of the My Activity file
            "Takeout/My Activity/Search/MyActivity.json | MY_ACTIVITY_JSON | en",
            "Takeout/My Activity/Search/My Activity.html | MY_ACTIVITY_HTML | en",
            "Takeout/Location History/Records.json | LOCATION_RECORDS | en",
            "Takeout/Location History/Location History.json | LOCATION_RECORDS | en",
            "Takeout/Location History (Timeline)/Semantic Location History/2023/2023_MAY.json | SEMANTIC_LOCATIONS | en",
            "Takeout/YouTube and YouTube Music/history/watch-history.html | WATCH_HISTORY_HTML | en",
            "Takeout/YouTube and YouTube Music/history/search-history.json | SEARCH_HISTORY_JSON | en",
            "Takeout/YouTube and YouTube Music/subscriptions/subscriptions.csv | YOUTUBE_SUBSCRIPTIONS | en",
            "Takeout/YouTube and YouTube Music/comments/comments.csv | YOUTUBE_COMMENTS | en",
            "Takeout/Profile/Profile.json | PROFILE | en",
            "Takeout/archive_browser.html | ARCHIVE_BROWSER | ''",
            // German
            "Takeout/Meine Aktivitäten/Suche/MeineAktivitäten.html | MY_ACTIVITY_HTML | de",
            "Takeout/Standortverlauf (Zeitachse)/Records.json | LOCATION_RECORDS | de",
            "Takeout/Standortverlauf/Semantic Location History/2019/2019_MAY.json | SEMANTIC_LOCATIONS | de",
            "Takeout/YouTube und YouTube Music/Verlauf/Wiedergabeverlauf.html | WATCH_HISTORY_HTML | de",
            "Takeout/YouTube und YouTube Music/Abos/Abos.csv | YOUTUBE_SUBSCRIPTIONS | de",
            "Takeout/Profil/Profil.json | PROFILE | de fr",
            "Takeout/Google Kontakte/Alle Kontakte/Alle Kontakte.vcf | CONTACTS | de",
            "Takeout/Archiv_Übersicht.html | ARCHIVE_BROWSER | de",
            // French
            "Takeout/Mon activité/Recherche/MonActivité.html | MY_ACTIVITY_HTML | fr",
            "Takeout/Historique des positions/Records.json | LOCATION_RECORDS | fr",
            "Takeout/YouTube et YouTube Music/historique/historique-des-recherches.json | SEARCH_HISTORY_JSON | fr",
            // Spanish
            "Takeout/Mi actividad/Búsqueda/MiActividad.json | MY_ACTIVITY_JSON | es",
            "Takeout/YouTube y YouTube Music/historial/historial-de-búsqueda.json | SEARCH_HISTORY_JSON | es",
            "Takeout/Historial de ubicaciones (Cronología)/Records.json | LOCATION_RECORDS | es",
            // Italian
            "Takeout/Le mie attività/Discover/Le mie attività.html | MY_ACTIVITY_HTML | it",
            "Takeout/Profilo/Profilo.json | PROFILE | it",
            "Takeout/YouTube e YouTube Music/cronologia/cronologia-visualizzazioni.json | WATCH_HISTORY_JSON | it",
            // Dutch
            "Takeout/Mijn activiteit/Zoeken/MijnActiviteit.html | MY_ACTIVITY_HTML | nl",
            "Takeout/Locatiegeschiedenis/Records.json | LOCATION_RECORDS | nl",
            "Takeout/YouTube en YouTube Music/geschiedenis/kijkgeschiedenis.html | WATCH_HISTORY_HTML | nl",
            // Portuguese
            "Takeout/Minha atividade/Pesquisa/MinhaAtividade.json | MY_ACTIVITY_JSON | pt",
            "Takeout/Histórico de localização/Records.json | LOCATION_RECORDS | pt",
            "Takeout/YouTube e YouTube Music/histórico/histórico-de-visualização.html | WATCH_HISTORY_HTML | pt",
            // names common to every language
            "Takeout/Chrome/History.json | CHROME_HISTORY | ''",
            "Takeout/Chrome/BrowserHistory.json | CHROME_HISTORY | ''",
            "Takeout/Google Play Store/Installs.json | PLAY_STORE | ''",
            "Takeout/Google Play Store/Purchase History.json | PLAY_STORE | ''",
            // the on-device export, outside Takeout
            "Timeline.json | ON_DEVICE_TIMELINE | en",
            "Zeitleiste.json | ON_DEVICE_TIMELINE | de",
            "Vos trajets.json | ON_DEVICE_TIMELINE | fr",
            "Downloads/location-history.json | ON_DEVICE_TIMELINE | en"})
    void knowsEveryFileByItsLocalisedNames(String path, TakeoutFile kind, String language) {
        Optional<TakeoutPaths.Match> match = TakeoutPaths.classify(path);
        assertThat(match).as(path).isPresent();
        assertThat(match.get().kind()).isEqualTo(kind);
        // "Profil" is German and French alike: such a name narrows the language without deciding it.
        assertThat(match.get().languages()).isEqualTo(language.isEmpty() ? Set.of() : Set.of(language.split(" ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrapper/Takeout/Meine Aktivitäten/Maps/MeineAktivitäten.json",
            "Meine Aktivitäten/Maps/MeineAktivitäten.json",
            "Takeout/Meine Aktivita\u0308ten/Maps/MeineAktivita\u0308ten.json"})
    void wrapperFoldersAndDecomposedNamesMakeNoDifference(String path) {
        assertThat(TakeoutPaths.classify(path)).get().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(TakeoutFile.MY_ACTIVITY_JSON);
            assertThat(m.product()).isEqualTo("Maps");
            assertThat(m.languages()).containsExactly("de");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Takeout/Location History (Timeline)/Settings.json",
            "Takeout/Location History (Timeline)/Timeline Edits.json",
            "Takeout/Location History (Timeline)/Timeline.json",
            "Takeout/Drive/notes.json", "Takeout/My Activity/Takeout/notes.txt",
            "Takeout/Google Play Store/Subscriptions.json", "Takeout/YouTube and YouTube Music/videos/clip.mp4",
            "Takeout/Chrome/Bookmarks.html", "my_spotify_data/Userdata.json", "Timelines.json"})
    void leavesOtherFilesToTheRunner(String path) {
        assertThat(TakeoutPaths.classify(path)).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Takeout/Location History (Timeline)/Records.json",
            "Takeout/Location History (Timeline)/Semantic Location History/2023/2023_JUNE.json"})
    void theEnglishTimelineFolderIsEnglish(String path) {
        // google_takeout_parser #69 guessed German from this folder; it is English and only English.
        assertThat(TakeoutPaths.classify(path)).get().satisfies(m -> {
            assertThat(m.languages()).containsExactly("en");
            assertThat(m.layout()).isEqualTo(TakeoutPaths.Layout.TIMELINE_FOLDER);
        });
    }
}
