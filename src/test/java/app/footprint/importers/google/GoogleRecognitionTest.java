package app.footprint.importers.google;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.importers.Recognition;
import app.footprint.testing.ZipBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoogleRecognitionTest {
    @TempDir
    Path dir;

    private final GoogleImporter importer = new GoogleImporter();

    private Recognition recognise(String... paths) throws IOException {
        ZipBuilder zip = new ZipBuilder();
        for (String path : paths) {
            zip.add(path, "{}");
        }
        Path file = zip.writeTo(Files.createTempFile(dir, "export", ".zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            return importer.recognise(tree);
        }
    }

    @Test
    void anEnglishTakeoutWithRecordsJson() throws IOException {
        Recognition r = recognise("Takeout/archive_browser.html",
                "Takeout/My Activity/Search/MyActivity.html",
                "Takeout/Location History/Records.json",
                "Takeout/Location History/Semantic Location History/2021/2021_MAY.json",
                "Takeout/YouTube and YouTube Music/history/watch-history.html",
                "Takeout/Chrome/BrowserHistory.json");

        assertThat(r.confidence()).isEqualTo(0.95);
        assertThat(r.kind()).isEqualTo("Takeout");
        assertThat(r.layout()).isEqualTo(TakeoutRecogniser.LAYOUT_RECORDS);
        assertThat(r.language()).isEqualTo("en");
        assertThat(r.exportedAt()).isNull();
    }

    @Test
    void aGermanTakeoutWithTheTimelineFolderUnderAWrapperFolder() throws IOException {
        Recognition r = recognise("takeout-20240312T091400Z-001/Takeout/Archiv_Übersicht.html",
                "takeout-20240312T091400Z-001/Takeout/Meine Aktivitäten/Suche/MeineAktivitäten.html",
                "takeout-20240312T091400Z-001/Takeout/Standortverlauf (Zeitachse)/Records.json",
                "takeout-20240312T091400Z-001/Takeout/YouTube und YouTube Music/Verlauf/Wiedergabeverlauf.html",
                "takeout-20240312T091400Z-001/Takeout/Chrome/BrowserHistory.json",
                "takeout-20240312T091400Z-001/Takeout/Profil/Profil.json");

        assertThat(r.confidence()).isEqualTo(0.95);
        assertThat(r.layout()).isEqualTo(TakeoutRecogniser.LAYOUT_TIMELINE_FOLDER);
        assertThat(r.language()).isEqualTo("de");
    }

    @Test
    void anEnglishTakeoutIsNotTakenForGermanBecauseOfItsTimelineFolder() throws IOException {
        // google_takeout_parser #69: "Location History (Timeline)" once made an English export German.
        Recognition r = recognise("Takeout/Location History (Timeline)/Records.json",
                "Takeout/Location History (Timeline)/Settings.json",
                "Takeout/Profile/Profile.json");

        assertThat(r.language()).isEqualTo("en");
        assertThat(r.layout()).isEqualTo(TakeoutRecogniser.LAYOUT_TIMELINE_FOLDER);
    }

    @Test
    void theLegacyGenerationAndTheLanguagesOfItalianSpanishFrenchDutchAndPortugueseExports() throws IOException {
        assertThat(recognise("Takeout/Location History/Location History.json", "Takeout/My Activity/Search/My Activity.json"))
                .satisfies(r -> {
                    assertThat(r.layout()).isEqualTo(TakeoutRecogniser.LAYOUT_LEGACY);
                    assertThat(r.language()).isEqualTo("en");
                });
        assertThat(recognise("Takeout/Le mie attività/Discover/Le mie attività.html", "Takeout/Profilo/Profilo.json",
                "Takeout/YouTube e YouTube Music/cronologia/cronologia-visualizzazioni.html").language()).isEqualTo("it");
        assertThat(recognise("Takeout/Mi actividad/Búsqueda/MiActividad.html",
                "Takeout/YouTube y YouTube Music/historial/historial-de-búsqueda.json").language()).isEqualTo("es");
        assertThat(recognise("Takeout/Mon activité/Recherche/MonActivité.html", "Takeout/Profil/Profil.json")
                .language()).isEqualTo("fr");
        assertThat(recognise("Takeout/Mijn activiteit/Zoeken/MijnActiviteit.html", "Takeout/Locatiegeschiedenis/Records.json")
                .language()).isEqualTo("nl");
        assertThat(recognise("Takeout/Minha atividade/Pesquisa/MinhaAtividade.json",
                "Takeout/YouTube e YouTube Music/histórico/histórico-de-visualização.html").language()).isEqualTo("pt");
    }

    @Test
    void aTakeoutOfOnlyNamesCommonToAllLanguagesLeavesTheLanguageOpen() throws IOException {
        Recognition r = recognise("Takeout/Chrome/History.json", "Takeout/Google Play Store/Installs.json");

        assertThat(r.confidence()).isEqualTo(0.6);
        assertThat(r.language()).isNull();
        assertThat(r.layout()).isEqualTo(TakeoutRecogniser.LAYOUT_NO_LOCATIONS);
    }

    @Test
    void theFirstPartOfANewerTakeoutHoldsOnlyTheArchiveDescription() throws IOException {
        assertThat(recognise("Takeout/archive_browser.html").confidence()).isEqualTo(0.95);
    }

    @Test
    void aTakeoutOfProductsFootprintDoesNotReadIsStillGoogles() throws IOException {
        Recognition r = recognise("Takeout/Drive/Notes.docx", "Takeout/Google Photos/Photos from 2023/IMG_1.jpg");

        assertThat(r.confidence()).isEqualTo(0.5);
        assertThat(r.kind()).isEqualTo("Takeout");
    }

    @Test
    void anUnpackedTakeoutWithoutItsTakeoutFolderIsKnownByGooglesFolderNames() throws IOException {
        Recognition r = recognise("Meine Aktivitäten/Suche/MeineAktivitäten.html",
                "Meine Aktivitäten/Maps/MeineAktivitäten.json", "Standortverlauf/Records.json");

        assertThat(r.confidence()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.language()).isEqualTo("de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Timeline.json", "Zeitleiste.json", "Vos trajets.json", "Cronología.json"})
    void theOnDeviceAndroidExportIsOneLocalisedFile(String name) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "{\"semanticSegments\":[]}");
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            Recognition r = importer.recognise(tree);
            assertThat(r.confidence()).isEqualTo(0.6);
            assertThat(r.kind()).isEqualTo("on-device Timeline");
            assertThat(r.layout()).isEqualTo(TakeoutRecogniser.LAYOUT_ANDROID);
            assertThat(r.language()).isNotNull();
        }
    }

    @Test
    void theOnDeviceIosExport() throws IOException {
        Recognition r = recognise("location-history.json");

        assertThat(r.kind()).isEqualTo("on-device Timeline");
        assertThat(r.layout()).isEqualTo(TakeoutRecogniser.LAYOUT_IOS);
    }

    @Test
    void otherServicesExportsAreNeverClaimed() throws IOException {
        List<String[]> others = List.of(
                new String[] {"personal_information/profile_information/profile_information.json",
                        "connections/friends/your_friends.json", "your_facebook_activity/messages/inbox/a_1/message_1.json",
                        "logged_information/location/primary_location.json", "ads_information/ad_preferences.json",
                        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"},
                new String[] {"your_instagram_activity/content/posts_1.json",
                        "personal_information/personal_information/personal_information.json",
                        "personal_information/information_about_you/profile_based_in.json",
                        "preferences/your_topics/recommended_topics.json", "ads_information/instagram_ads_and_businesses/"
                        + "other_categories_used_to_reach_you.json"},
                new String[] {"my_spotify_data/Userdata.json", "my_spotify_data/StreamingHistory_music_0.json",
                        "my_spotify_data/SearchQueries.json", "my_spotify_data/Inferences.json"},
                new String[] {"Spotify Extended Streaming History/Streaming_History_Audio_2019-2023_0.json"},
                new String[] {"data/manifest.js", "data/tweets.js", "data/personalization.js", "data/profile.js",
                        "Your archive.html"},
                new String[] {"user_data_tiktok.json"},
                new String[] {"Connections.csv", "Profile.csv", "Inferences_about_you.csv", "Ad_Targeting.csv"},
                new String[] {"CONTENT_INTERACTION/ViewingActivity.csv", "PROFILES/Profiles.csv", "Cover sheet.pdf",
                        "IP_ADDRESSES/IpAddressesStreaming.csv"},
                new String[] {"Retail.OrderHistory.1/Retail.OrderHistory.1.csv",
                        "Advertising.1/Advertising.AdvertiserAudiences.csv"},
                new String[] {"json/user_profile.json", "json/account.json", "json/location_history.json",
                        "memories/2023-01-01.jpg"},
                new String[] {"checkfile.csv", "comments.csv", "posts.csv", "sensitive_ads_preferences.csv"},
                new String[] {"README.txt", "account/user.json", "messages/index.json",
                        "activity/analytics/events-2021-00000-of-00001.json", "servers/index.json"});
        for (String[] tree : others) {
            Recognition r = recognise(tree);
            assertThat(r.confidence()).as(String.join(", ", tree)).isLessThan(0.2);
        }
    }
}
