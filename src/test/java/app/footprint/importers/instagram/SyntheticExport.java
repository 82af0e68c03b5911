package app.footprint.importers.instagram;

import app.footprint.testing.ZipBuilder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small Instagram export for the importer tests, in either layout and with the record labels of one
 * language, every text escaped byte by byte as Meta writes it. It holds one file of each kind Footprint
 * reads, with the counts given in {@link #ITEMS} and {@link #INFERENCES}.
 */
final class SyntheticExport {
    /** The labels Instagram writes in one language. */
    record Words(String tag, String interest, String name, String city, String author, String time, String search,
                 String comment, String owner, String username, String email, String birthday, String firstName,
                 String lastName, String contact) {
    }

    static final Words ENGLISH = new Words("en", "Interest", "Name", "City Name", "Author", "Time", "Search", "Comment",
            "Media Owner", "Username", "Email", "Date of birth", "First Name", "Last Name", "Contact Information");
    static final Words ITALIAN = new Words("it", "Interesse", "Nome", "Nome della città", "Autore", "Orario", "Cerca",
            "Commento", "Proprietario del contenuto multimediale", "Nome utente", "Indirizzo e-mail", "Data di nascita",
            "Nome", "Cognome", "Informazioni di contatto");
    static final Words GERMAN = new Words("de", "Interesse", "Name", "Name der Stadt", "Autor", "Uhrzeit", "Suche",
            "Kommentar", "Medieninhaber", "Benutzername", "E-Mail-Adresse", "Geburtsdatum", "Vorname", "Nachname",
            "Kontaktinformationen");

    /** Items per kind of data in every synthetic export (the broken search file keeps one of its records). */
    static final Map<String, Long> ITEMS = Map.ofEntries(
            Map.entry("MESSAGES", 3L), Map.entry("FRIENDS", 2L), Map.entry("FOLLOWS", 3L), Map.entry("LIKES", 2L),
            Map.entry("COMMENTS", 2L), Map.entry("SEARCHES", 3L), Map.entry("CONTACTS", 1L), Map.entry("PROFILE", 4L),
            Map.entry("AD_VIEWS", 3L), Map.entry("AD_INTERACTIONS", 1L), Map.entry("WATCHING", 2L),
            Map.entry("OFF_SITE_ACTIVITY", 2L), Map.entry("LOGINS", 1L));
    /** Stated inference entries per kind, repeats included. */
    static final Map<String, Integer> INFERENCES = Map.of(
            "AD_INTEREST", 2, "TOPIC", 3, "INFERRED_LOCATION", 3, "ADVERTISER", 2, "AUDIENCE_CATEGORY", 2,
            "OFF_SITE_ACTIVITY", 1, "OTHER", 1);

    private final Map<String, String> files = new LinkedHashMap<>();

    private SyntheticExport() {
    }

    /** The 2024+ layout. The ad interests file of the older layout is kept at its old place, as in early 2024. */
    static SyntheticExport since2024(Words w) {
        SyntheticExport e = new SyntheticExport();
        e.common(w, "your_instagram_activity/", "connections/", "personal_information/information_about_you/",
                "ads_information/ads_and_topics/", "ads_information/instagram_ads_and_businesses/",
                "apps_and_websites_off_of_instagram/apps_and_websites/", "logged_information/recent_searches/",
                "preferences/your_topics/recommended_topics.json",
                "personal_information/personal_information/personal_information.json",
                "security_and_login_information/login_and_profile_creation/");
        e.files.put("media/posts/202401/17900000000000001.jpg", "not json");
        e.files.put("preferences/media_settings/consents.json", "{\"label_values\": []}");
        return e;
    }

    /** The layout of 2022–23: the same files one level higher, some under other names. */
    static SyntheticExport before2024(Words w) {
        SyntheticExport e = new SyntheticExport();
        e.common(w, "", "", "information_about_you/", "ads_and_topics/", "ads_and_businesses/", "apps_and_websites/",
                "recent_searches/", "your_topics/your_topics.json", "account_information/personal_information.json",
                "login_and_account_creation/");
        e.files.put("media/posts/202301/17900000000000001.jpg", "not json");
        e.files.put("your_topics/your_reels_sentiments.json.bak", "{}");
        return e;
    }

    private void common(Words w, String activity, String connections, String aboutYou, String adsAndTopics,
                        String adsAndBusinesses, String offMeta, String searches, String topics, String profile,
                        String logins) {
        files.put(activity + "messages/inbox/tomberger_1234567890123456/message_1.json", """
                {"participants": [{"name": "Tom Berger"}, {"name": "Jana Köhler"}], "messages": [
                  {"sender_name": "Tom Berger", "timestamp_ms": 1710000000000, "content": "Bis gleich ❤️", "is_geoblocked_for_viewer": false},
                  {"sender_name": "Jana Köhler", "timestamp_ms": 1709990000000, "content": "Hebamme ist Dienstag", "is_geoblocked_for_viewer": false},
                  {"sender_name": "Tom Berger", "timestamp_ms": 1709980000000, "share": {"link": "https://www.instagram.com/reel/1/"}, "is_geoblocked_for_viewer": false}],
                 "title": "Tom Berger", "is_still_participant": true, "thread_path": "inbox/tomberger_1234567890123456", "magic_words": []}""");
        files.put(activity + "likes/liked_posts.json", """
                {"likes_media_likes": [
                  {"title": "lena.koehler", "string_list_data": [{"href": "https://www.instagram.com/p/1/", "value": "👍", "timestamp": 1700000000}]},
                  {"title": "wiegenwelt", "string_list_data": [{"href": "https://www.instagram.com/p/2/", "value": "👍", "timestamp": 1700000100}]}]}""");
        files.put(activity + "comments/post_comments_1.json", """
                [{"media_list_data": [{"uri": ""}], "string_map_data": {"%1$s": {"value": "So schön 😍"}, "%2$s": {"value": "lena.koehler"}, "%3$s": {"timestamp": 1700000000}}},
                 {"media_list_data": [{"uri": ""}], "string_map_data": {"%1$s": {"value": "Glückwunsch!"}, "%2$s": {"value": "tom.berger.lpz"}, "%3$s": {"timestamp": 1700000100}}}]"""
                .formatted(w.comment(), w.owner(), w.time()));
        files.put(connections + "followers_and_following/followers_1.json", """
                [{"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/lena.koehler", "value": "lena.koehler", "timestamp": 1500000000}]},
                 {"title": "", "media_list_data": [], "string_list_data": [{"href": "https://www.instagram.com/tom.berger.lpz", "value": "tom.berger.lpz", "timestamp": 1500000100}]}]""");
        files.put(connections + "followers_and_following/following.json", """
                {"relationships_following": [
                  {"title": "", "string_list_data": [{"href": "https://www.instagram.com/lena.koehler", "value": "lena.koehler", "timestamp": 1500000000}]},
                  {"title": "", "string_list_data": [{"href": "https://www.instagram.com/wiegenwelt", "value": "wiegenwelt", "timestamp": 1700000000}]},
                  {"title": "", "string_list_data": [{"href": "https://www.instagram.com/hebamme.leipzig", "value": "hebamme.leipzig", "timestamp": 1700000500}]}]}""");
        files.put(connections + "contacts/synced_contacts.json", """
                {"contacts_contact_info": [{"title": "", "media_map_data": {}, "string_map_data": {
                  "%s": {"href": "", "value": "Sabine", "timestamp": 0}, "%s": {"href": "", "value": "Köhler", "timestamp": 0},
                  "%s": {"href": "", "value": "+493710000000", "timestamp": 0}}}]}"""
                .formatted(w.firstName(), w.lastName(), w.contact()));
        files.put(profile, """
                {"profile_user": [{"title": "", "media_map_data": {}, "string_map_data": {
                  "%s": {"href": "", "value": "janakoehler", "timestamp": 0}, "%s": {"href": "", "value": "Jana Köhler", "timestamp": 0},
                  "%s": {"href": "", "value": "jana.koehler@example.org", "timestamp": 0}, "%s": {"href": "", "value": "1990-08-21", "timestamp": 0}}}]}"""
                .formatted(w.username(), w.name(), w.email(), w.birthday()));
        files.put(aboutYou + "ads_interests.json", """
                {"inferred_data_ig_interest": [
                  {"title": "", "media_map_data": {}, "string_map_data": {"%1$s": {"href": "", "value": "Schwangerschaft", "timestamp": 0}}},
                  {"title": "", "media_map_data": {}, "string_map_data": {"%1$s": {"href": "", "value": "Kinderwagen", "timestamp": 0}}}]}"""
                .formatted(w.interest()));
        files.put(aboutYou + (aboutYou.startsWith("personal") ? "profile_based_in.json" : "account_based_in.json"), """
                {"inferred_data_primary_location": [{"title": "", "media_map_data": {}, "string_map_data": {"%s": {"href": "", "value": "Leipzig", "timestamp": 0}}}]}"""
                .formatted(w.city()));
        files.put(aboutYou + "locations_of_interest.json", """
                {"media": [], "label_values": [{"label": "Locations of interest", "vec": [{"value": "Leipzig"}, {"value": "Lisboa"}]},
                  {"label": "Usage explanation", "value": "Locations of interest are used to personalise your experience on Instagram and show you more relevant ads."}], "fbid": "17841400000000000"}""");
        files.put(aboutYou + "possible_phone_numbers.json", """
                {"inferred_data_inferred_phone_numbers": [{"title": "", "media_list_data": [], "string_list_data": [{"href": "", "value": "+49 341 0000000", "timestamp": 0}]}]}""");
        files.put(topics, """
                {"topics_your_topics": [
                  {"title": "", "media_map_data": {}, "string_map_data": {"%1$s": {"href": "", "value": "Pregnancy", "timestamp": 0}}},
                  {"title": "", "media_map_data": {}, "string_map_data": {"%1$s": {"href": "", "value": "Running", "timestamp": 0}}},
                  {"title": "", "media_map_data": {}, "string_map_data": {"%1$s": {"href": "", "value": "Pregnancy", "timestamp": 0}}}]}"""
                .formatted(w.name()));
        files.put(adsAndTopics + "ads_viewed.json", """
                {"impressions_history_ads_seen": [
                  {"string_map_data": {"%1$s": {"value": "Wiegenwelt Babymarkt"}, "%2$s": {"timestamp": 1700000000}}},
                  {"string_map_data": {"%1$s": {"value": "Kinderkram24"}, "%2$s": {"timestamp": 1700000100}}},
                  {"string_map_data": {"%2$s": {"timestamp": 1700000200}}}]}""".formatted(w.author(), w.time()));
        files.put(adsAndTopics + "ads_clicked.json", """
                {"impressions_history_ads_clicked": [{"title": "BabyBloom", "string_list_data": [{"timestamp": 1700000000}]}]}""");
        files.put(adsAndTopics + "videos_watched.json", """
                {"impressions_history_videos_watched": [
                  {"string_map_data": {"%1$s": {"value": "hebamme.leipzig"}, "%2$s": {"timestamp": 1700000000}}},
                  {"string_map_data": {"%1$s": {"value": "laufwerk"}, "%2$s": {"timestamp": 1600000000}}}]}""".formatted(w.author(), w.time()));
        files.put(adsAndBusinesses + "advertisers_using_your_activity_or_information.json", """
                {"ig_custom_audiences_all_types": [
                  {"advertiser_name": "Wiegenwelt Babymarkt", "has_data_file_custom_audience": true, "has_remarketing_custom_audience": true, "has_in_person_store_visit": true},
                  {"advertiser_name": "Kleidsam", "has_data_file_custom_audience": false, "has_remarketing_custom_audience": true, "has_in_person_store_visit": false}]}""");
        files.put(adsAndBusinesses + "other_categories_used_to_reach_you.json", """
                {"media": [], "label_values": [{"label": "Name", "vec": [{"value": "Expectant parents"}, {"value": "Commuters"}]}], "fbid": "17841400000000000"}""");
        files.put(offMeta + "your_activity_off_meta_technologies.json", """
                {"apps_and_websites_off_meta_activity": [{"name": "BabyBloom Pregnancy & Baby App", "events": [
                  {"id": 123456789012345, "type": "ACTIVATE_APP", "timestamp": 1700000000},
                  {"id": 123456789012346, "type": "CUSTOM", "timestamp": 1700000100}]}]}""");
        files.put(logins + "login_activity.json", """
                {"account_history_login_history": [{"title": "", "media_map_data": {}, "string_map_data": {
                  "IP Address": {"href": "", "value": "203.0.113.7", "timestamp": 0}, "%s": {"href": "", "value": "", "timestamp": 1709276400}}}]}"""
                .formatted(w.time()));
        files.put(searches + "profile_searches.json", """
                {"searches_user": [
                  {"title": "", "media_map_data": {}, "string_map_data": {"%1$s": {"href": "", "value": "hebamme.leipzig", "timestamp": 0}, "%2$s": {"href": "", "value": "", "timestamp": 1700000000}}},
                  {"title": "", "media_map_data": {}, "string_map_data": {"%1$s": {"href": "", "value": "wiegenwelt", "timestamp": 0}, "%2$s": {"href": "", "value": "", "timestamp": 1700000100}}}]}"""
                .formatted(w.search(), w.time()));
        // cut off after its first search
        files.put(searches + "word_or_phrase_searches.json", """
                {"searches_keyword": [
                  {"string_map_data": {"%1$s": {"value": "kinderwagen test"}, "%2$s": {"timestamp": 1700000000}}},
                  {"string_map_data": {"%1$s": {"value": "beistell""".formatted(w.search(), w.time()));
    }

    /** The paths of the export, in the order they are written. */
    java.util.Set<String> paths() {
        return files.keySet();
    }

    /** The export in one zip, below {@code root} ("" for none). */
    ZipBuilder zip(String root) {
        ZipBuilder zip = new ZipBuilder();
        files.forEach((path, content) -> zip.add(root + path, metaEscaped(content)));
        return zip;
    }

    /** The part of the export whose top folders match, as Meta splits large downloads. */
    ZipBuilder part(java.util.function.Predicate<String> topFolder) {
        ZipBuilder zip = new ZipBuilder();
        files.forEach((path, content) -> {
            if (topFolder.test(path.substring(0, path.indexOf('/')))) {
                zip.add(path, metaEscaped(content));
            }
        });
        return zip;
    }

    /** Every character beyond ASCII as the escapes of its UTF-8 bytes, as Meta's exporter writes JSON. */
    static byte[] metaEscaped(String json) {
        if (!json.startsWith("{") && !json.startsWith("[")) {
            return json.getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder();
        for (byte b : json.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = b & 0xFF;
            if (unsigned < 0x80) {
                out.append((char) unsigned);
            } else {
                out.append(String.format("\\u%04x", unsigned));
            }
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
