package app.footprint.importers.google;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The folder and file names Google Takeout uses, in the account's language: Takeout translates them
 * (German {@code Meine Aktivitäten/…/MeineAktivitäten.html}, Spanish {@code historial-de-búsqueda.json}).
 * Each name knows the languages it belongs to; names shared by all languages ({@code Chrome},
 * {@code Records.json}) belong to none and never decide the language.
 *
 * <p>Sources: English and German from google_takeout_parser's locale tables and test paths, Spanish and
 * Italian from real samples (FORMATS.md 1.7); the French, Dutch and Portuguese names and the alternatives
 * marked "seen both ways" are Google's translations as users report them and may drift. A name missing
 * here only means that file is listed as not recognised.
 */
final class TakeoutNames {
    /** What a name stands for. */
    enum Role {
        ARCHIVE_BROWSER,
        MY_ACTIVITY_FOLDER,
        /** The file stem inside each product folder; compared without spaces ("My Activity" = "MyActivity"). */
        MY_ACTIVITY_FILE,
        LOCATION_FOLDER,
        /** The 2023+ variant of the location folder ("Location History (Timeline)"). */
        LOCATION_TIMELINE_FOLDER,
        SEMANTIC_FOLDER,
        /** The legacy name of the raw location file, before Records.json. */
        LEGACY_RECORDS_FILE,
        YOUTUBE_FOLDER,
        WATCH_HISTORY_FILE,
        SEARCH_HISTORY_FILE,
        SUBSCRIPTIONS_FILE,
        COMMENTS_FILE,
        CHROME_HISTORY_FILE,
        PLAY_STORE_FOLDER,
        PROFILE_FOLDER,
        PROFILE_FILE,
        CONTACTS_FOLDER,
        /** The on-device Timeline export's file stem, which Google Maps localises (timelinize issue #111). */
        ON_DEVICE_TIMELINE_FILE
    }

    /** The seven languages whose names are tabled. */
    static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "it", "nl", "pt");
    private static final Set<String> ANY = Set.of();

    private static final Map<Role, Map<String, Set<String>>> TABLE = new EnumMap<>(Role.class);

    static {
        add(Role.ARCHIVE_BROWSER, ANY, "archive_browser");
        add(Role.ARCHIVE_BROWSER, Set.of("de"), "Archiv_Übersicht");

        add(Role.MY_ACTIVITY_FOLDER, Set.of("en"), "My Activity");
        add(Role.MY_ACTIVITY_FOLDER, Set.of("de"), "Meine Aktivitäten");
        add(Role.MY_ACTIVITY_FOLDER, Set.of("fr"), "Mon activité", "Mes activités");
        add(Role.MY_ACTIVITY_FOLDER, Set.of("es"), "Mi actividad");
        add(Role.MY_ACTIVITY_FOLDER, Set.of("it"), "Le mie attività", "Attività personale");
        add(Role.MY_ACTIVITY_FOLDER, Set.of("nl"), "Mijn activiteit");
        add(Role.MY_ACTIVITY_FOLDER, Set.of("pt"), "Minha atividade", "A minha atividade", "Atividade");
        add(Role.MY_ACTIVITY_FILE, Set.of("en"), "MyActivity");
        add(Role.MY_ACTIVITY_FILE, Set.of("de"), "MeineAktivitäten");
        add(Role.MY_ACTIVITY_FILE, Set.of("fr"), "MonActivité", "MesActivités");
        add(Role.MY_ACTIVITY_FILE, Set.of("es"), "MiActividad");
        add(Role.MY_ACTIVITY_FILE, Set.of("it"), "LeMieAttività", "AttivitàPersonale");
        add(Role.MY_ACTIVITY_FILE, Set.of("nl"), "MijnActiviteit");
        add(Role.MY_ACTIVITY_FILE, Set.of("pt"), "MinhaAtividade", "AMinhaAtividade", "Atividade");

        add(Role.LOCATION_FOLDER, Set.of("en"), "Location History");
        add(Role.LOCATION_FOLDER, Set.of("de"), "Standortverlauf");
        add(Role.LOCATION_FOLDER, Set.of("fr"), "Historique des positions");
        add(Role.LOCATION_FOLDER, Set.of("es"), "Historial de ubicaciones");
        add(Role.LOCATION_FOLDER, Set.of("it"), "Cronologia delle posizioni");
        add(Role.LOCATION_FOLDER, Set.of("nl"), "Locatiegeschiedenis");
        add(Role.LOCATION_FOLDER, Set.of("pt"), "Histórico de localização");
        add(Role.LOCATION_TIMELINE_FOLDER, Set.of("en"), "Location History (Timeline)");
        add(Role.LOCATION_TIMELINE_FOLDER, Set.of("de"), "Standortverlauf (Zeitachse)");
        add(Role.LOCATION_TIMELINE_FOLDER, Set.of("fr"), "Historique des positions (Vos trajets)",
                "Historique des positions (Chronologie)");
        add(Role.LOCATION_TIMELINE_FOLDER, Set.of("es"), "Historial de ubicaciones (Cronología)");
        add(Role.LOCATION_TIMELINE_FOLDER, Set.of("it"), "Cronologia delle posizioni (Spostamenti)",
                "Cronologia delle posizioni (Cronologia)");
        add(Role.LOCATION_TIMELINE_FOLDER, Set.of("nl"), "Locatiegeschiedenis (Tijdlijn)");
        add(Role.LOCATION_TIMELINE_FOLDER, Set.of("pt"), "Histórico de localização (Linha do tempo)",
                "Histórico de localização (Cronologia)");
        add(Role.SEMANTIC_FOLDER, ANY, "Semantic Location History");
        add(Role.SEMANTIC_FOLDER, Set.of("de"), "Semantischer Standortverlauf");
        add(Role.LEGACY_RECORDS_FILE, Set.of("en"), "Location History");
        add(Role.LEGACY_RECORDS_FILE, Set.of("de"), "Standortverlauf");
        add(Role.LEGACY_RECORDS_FILE, Set.of("fr"), "Historique des positions");
        add(Role.LEGACY_RECORDS_FILE, Set.of("es"), "Historial de ubicaciones");
        add(Role.LEGACY_RECORDS_FILE, Set.of("it"), "Cronologia delle posizioni");
        add(Role.LEGACY_RECORDS_FILE, Set.of("nl"), "Locatiegeschiedenis");
        add(Role.LEGACY_RECORDS_FILE, Set.of("pt"), "Histórico de localização");

        // "YouTube" alone is the pre-2017 name; "YouTube e YouTube Music" is both Italian and Portuguese.
        add(Role.YOUTUBE_FOLDER, ANY, "YouTube");
        add(Role.YOUTUBE_FOLDER, Set.of("en"), "YouTube and YouTube Music");
        add(Role.YOUTUBE_FOLDER, Set.of("de"), "YouTube und YouTube Music");
        add(Role.YOUTUBE_FOLDER, Set.of("fr"), "YouTube et YouTube Music");
        add(Role.YOUTUBE_FOLDER, Set.of("es"), "YouTube y YouTube Music");
        add(Role.YOUTUBE_FOLDER, Set.of("it", "pt"), "YouTube e YouTube Music");
        add(Role.YOUTUBE_FOLDER, Set.of("nl"), "YouTube en YouTube Music");
        add(Role.WATCH_HISTORY_FILE, Set.of("en"), "watch-history");
        add(Role.WATCH_HISTORY_FILE, Set.of("de"), "Wiedergabeverlauf", "wiedergabeverlauf");
        add(Role.WATCH_HISTORY_FILE, Set.of("fr"), "historique-des-vidéos-regardées", "historique-de-visionnage");
        add(Role.WATCH_HISTORY_FILE, Set.of("es"), "historial-de-reproducciones");
        add(Role.WATCH_HISTORY_FILE, Set.of("it"), "cronologia-visualizzazioni", "cronologia-delle-visualizzazioni");
        add(Role.WATCH_HISTORY_FILE, Set.of("nl"), "kijkgeschiedenis");
        add(Role.WATCH_HISTORY_FILE, Set.of("pt"), "histórico-de-visualização");
        add(Role.SEARCH_HISTORY_FILE, Set.of("en"), "search-history");
        add(Role.SEARCH_HISTORY_FILE, Set.of("de"), "Suchverlauf", "suchverlauf");
        add(Role.SEARCH_HISTORY_FILE, Set.of("fr"), "historique-des-recherches");
        add(Role.SEARCH_HISTORY_FILE, Set.of("es"), "historial-de-búsqueda");
        add(Role.SEARCH_HISTORY_FILE, Set.of("it"), "cronologia-delle-ricerche", "cronologia-ricerche");
        add(Role.SEARCH_HISTORY_FILE, Set.of("nl"), "zoekgeschiedenis");
        add(Role.SEARCH_HISTORY_FILE, Set.of("pt"), "histórico-de-pesquisa", "histórico-de-pesquisas");
        add(Role.SUBSCRIPTIONS_FILE, Set.of("en"), "subscriptions");
        add(Role.SUBSCRIPTIONS_FILE, Set.of("de"), "Abos", "abos");
        add(Role.SUBSCRIPTIONS_FILE, Set.of("fr"), "abonnements");
        add(Role.SUBSCRIPTIONS_FILE, Set.of("es", "pt"), "suscripciones", "inscrições");
        add(Role.SUBSCRIPTIONS_FILE, Set.of("it"), "iscrizioni");
        add(Role.SUBSCRIPTIONS_FILE, Set.of("nl"), "abonnementen");
        add(Role.COMMENTS_FILE, Set.of("en"), "comments");
        add(Role.COMMENTS_FILE, Set.of("de"), "Kommentare", "kommentare");
        add(Role.COMMENTS_FILE, Set.of("fr"), "commentaires");
        add(Role.COMMENTS_FILE, Set.of("es"), "comentarios");
        add(Role.COMMENTS_FILE, Set.of("it"), "commenti");
        add(Role.COMMENTS_FILE, Set.of("nl"), "reacties");
        add(Role.COMMENTS_FILE, Set.of("pt"), "comentários");

        add(Role.CHROME_HISTORY_FILE, ANY, "History", "BrowserHistory");
        add(Role.CHROME_HISTORY_FILE, Set.of("de"), "Verlauf");
        add(Role.CHROME_HISTORY_FILE, Set.of("fr"), "Historique");
        add(Role.CHROME_HISTORY_FILE, Set.of("es"), "Historial");
        add(Role.CHROME_HISTORY_FILE, Set.of("it"), "Cronologia");
        add(Role.CHROME_HISTORY_FILE, Set.of("nl"), "Geschiedenis");
        add(Role.CHROME_HISTORY_FILE, Set.of("pt"), "Histórico");
        add(Role.PLAY_STORE_FOLDER, ANY, "Google Play Store");

        add(Role.PROFILE_FOLDER, Set.of("en"), "Profile");
        add(Role.PROFILE_FOLDER, Set.of("de", "fr"), "Profil");
        add(Role.PROFILE_FOLDER, Set.of("es", "pt"), "Perfil");
        add(Role.PROFILE_FOLDER, Set.of("it"), "Profilo");
        add(Role.PROFILE_FOLDER, Set.of("nl"), "Profiel");
        add(Role.PROFILE_FILE, Set.of("en"), "Profile");
        add(Role.PROFILE_FILE, Set.of("de", "fr"), "Profil");
        add(Role.PROFILE_FILE, Set.of("es", "pt"), "Perfil");
        add(Role.PROFILE_FILE, Set.of("it"), "Profilo");
        add(Role.PROFILE_FILE, Set.of("nl"), "Profiel");

        add(Role.CONTACTS_FOLDER, Set.of("en", "fr"), "Contacts", "Google Contacts");
        add(Role.CONTACTS_FOLDER, Set.of("de"), "Kontakte", "Google Kontakte");
        add(Role.CONTACTS_FOLDER, Set.of("es"), "Contactos", "Contactos de Google");
        add(Role.CONTACTS_FOLDER, Set.of("it"), "Contatti", "Contatti Google");
        add(Role.CONTACTS_FOLDER, Set.of("nl"), "Contacten", "Google Contacten");
        add(Role.CONTACTS_FOLDER, Set.of("pt"), "Contatos", "Contactos", "Contatos do Google");

        add(Role.ON_DEVICE_TIMELINE_FILE, Set.of("en"), "Timeline", "location-history");
        add(Role.ON_DEVICE_TIMELINE_FILE, Set.of("de"), "Zeitleiste", "Zeitachse");
        add(Role.ON_DEVICE_TIMELINE_FILE, Set.of("fr"), "Chronologie", "Vos trajets");
        add(Role.ON_DEVICE_TIMELINE_FILE, Set.of("es"), "Cronología");
        add(Role.ON_DEVICE_TIMELINE_FILE, Set.of("it"), "Cronologia", "Spostamenti");
        add(Role.ON_DEVICE_TIMELINE_FILE, Set.of("nl"), "Tijdlijn");
        add(Role.ON_DEVICE_TIMELINE_FILE, Set.of("pt"), "Linha do tempo", "Cronologia");
    }

    private TakeoutNames() {
    }

    private static void add(Role role, Set<String> languages, String... names) {
        Map<String, Set<String>> byName = TABLE.computeIfAbsent(role, r -> new HashMap<>());
        for (String name : names) {
            byName.merge(key(role, name), languages, TakeoutNames::union);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return ANY;
        }
        Set<String> both = new LinkedHashSet<>(a);
        both.addAll(b);
        return Collections.unmodifiableSet(both);
    }

    /**
     * The languages of {@code name} in {@code role}: empty when it is the same in every language, null when
     * the name is not one of Google's for that role.
     */
    static Set<String> languagesOf(Role role, String name) {
        return TABLE.getOrDefault(role, Map.of()).get(key(role, name));
    }

    static boolean is(Role role, String name) {
        return languagesOf(role, name) != null;
    }

    /**
     * How names are compared: Unicode-composed (zips made on macOS decompose "ä"), case ignored, and for
     * My Activity files without spaces ("My Activity.json" and "MyActivity.json" both occur).
     */
    static String key(Role role, String name) {
        String composed = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return role == Role.MY_ACTIVITY_FILE ? composed.replace(" ", "") : composed;
    }
}
