package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Jana's My Activity and YouTube files in the first Takeout part: Search and Ads as HTML (Takeout's
 * default), Maps and Discover as JSON, the YouTube watch history as HTML with some ads among the videos,
 * the YouTube search history as JSON and her subscriptions as CSV. Newest records come first, as Google
 * lists them. Searches and Discover topics turn to babies after 20 July 2023.
 */
final class GoogleActivityWriter {
    static final String ACTIVITY = GoogleTakeoutWriter.ROOT + "Meine Aktivitäten/";
    static final String YOUTUBE = GoogleTakeoutWriter.ROOT + "YouTube und YouTube Music/";
    static final LocalDate ACTIVITY_SINCE = LocalDate.of(2019, 4, 1);
    static final LocalDate YOUTUBE_SINCE = LocalDate.of(2021, 1, 1);
    static final int SEARCHES = 420;
    static final int MAPS = 120;
    static final int ADS = 30;
    static final int WATCHES = 520;
    static final int YOUTUBE_SEARCHES = 80;

    /** Where Google places her: near home, or in the area of her past activity. */
    static final String HOME_CENTER = "51.3318,12.3331";
    static final String AREA_CENTER = "51.3397,12.3731";
    private static final String HOME_SOURCE = "Aus deinen Orten (Zuhause)";
    private static final String AREA_SOURCE = "Basierend auf deinen bisherigen Aktivitäten";

    private static final DateTimeFormatter GOOGLE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final DemoZip zip;
    private final GoogleTally tally;

    private GoogleActivityWriter(DemoZip zip, GoogleTally tally) {
        this.zip = zip;
        this.tally = tally;
    }

    static void write(DemoZip zip, GoogleTally tally) throws IOException {
        GoogleActivityWriter writer = new GoogleActivityWriter(zip, tally);
        writer.writeSearch();
        writer.writeMaps();
        writer.writeDiscover();
        writer.writeAds();
        writer.writeWatchHistory();
        writer.writeYouTubeSearches();
        writer.writeSubscriptions();
    }

    /** {@code count} waking moments between the dates, newest first. */
    static List<Instant> moments(DemoRandom random, int count, LocalDate from, LocalDate to) {
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            moments.add(random.wakingMomentBetween(from, to));
        }
        moments.sort(Comparator.reverseOrder());
        return moments;
    }

    /** "2023-07-21T18:34:21.000Z": Google's JSON times always carry milliseconds. */
    static String googleTime(Instant moment) {
        return GOOGLE_TIME.format(moment);
    }

    private static LocalDate day(Instant moment) {
        return LocalDate.ofInstant(moment, Persona.ZONE);
    }

    private static boolean inLisbonWeeks(Instant moment) {
        LocalDate day = day(moment);
        return !day.isBefore(LocalDate.of(2019, 5, 12)) && !day.isAfter(GoogleTimeline.TRIP_BACK);
    }

    private static String searchUrl(String query) {
        return "https://www.google.com/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private void writeSearch() throws IOException {
        DemoRandom random = DemoRandom.forPart("google/search");
        // She searches far more once she is expecting: a third of five years' searches fall in those eight months.
        int expectingMonths = SEARCHES / 3;
        List<Instant> moments = new ArrayList<>(moments(random, SEARCHES - expectingMonths - GoogleContent.TEST_DAY.size(),
                ACTIVITY_SINCE, Persona.PREGNANCY_KNOWN));
        moments.addAll(moments(random, expectingMonths, Persona.PREGNANCY_KNOWN.plusDays(1), Persona.EXPORT_DAY));
        for (int i = 0; i < GoogleContent.TEST_DAY.size(); i++) {
            moments.add(Persona.at(Persona.PREGNANCY_KNOWN, 19, 40 + 3 * i));
        }
        moments.sort(Comparator.reverseOrder());
        List<String> everyday = new ArrayList<>(GoogleContent.EVERYDAY_SEARCHES);
        everyday.addAll(FacebookContent.EVERYDAY_SEARCHES);
        List<String> expecting = new ArrayList<>(GoogleContent.EXPECTING_SEARCHES);
        expecting.addAll(FacebookContent.EXPECTING_SEARCHES);
        int testDay = GoogleContent.TEST_DAY.size();
        boolean[] used = new boolean[2];
        GoogleHtml html = new GoogleHtml();
        for (Instant moment : moments) {
            String query;
            if (day(moment).equals(Persona.PREGNANCY_KNOWN) && testDay > 0) {
                query = GoogleContent.TEST_DAY.get(--testDay);
            } else if (inLisbonWeeks(moment)) {
                query = random.pick(GoogleContent.LISBON_SEARCHES);
            } else if (day(moment).isAfter(Persona.PREGNANCY_KNOWN.minusDays(12)) && !Persona.expecting(moment)) {
                query = random.pick(GoogleContent.BEFORE_THE_TEST);
            } else if (Persona.expecting(moment) && random.chance(0.6)) {
                query = random.pick(expecting);
            } else {
                query = random.pick(everyday);
            }
            String location = null;
            if (inLisbonWeeks(moment) && day(moment).isAfter(GoogleTimeline.TRIP_OUT.minusDays(1))) {
                location = "In <a href=\"https://www.google.com/maps/@?api=1&amp;map_action=map&amp;center=38.7124,-9.1290"
                        + "&amp;zoom=12\">dieser Gegend</a> - Von deinem Gerät";
            } else if (random.chance(0.35)) {
                location = place(HOME_CENTER, HOME_SOURCE);
                used[0] = true;
            } else if (random.chance(0.15)) {
                location = place(AREA_CENTER, AREA_SOURCE);
                used[1] = true;
            }
            if (random.chance(0.22)) {
                GoogleContent.Site site = random.pick(Persona.expecting(moment) ? GoogleContent.EXPECTING_SITES
                        : GoogleContent.EVERYDAY_SITES);
                String redirect = "https://www.google.com/url?q=" + site.url() + "&usg=AOvVaw" + random.base62(22);
                html.record("Suche", moment.plusSeconds(random.between(20, 90)), location, null,
                        GoogleHtml.link(redirect, site.title()) + " aufgerufen");
                tally.searchResultVisits++;
            }
            html.record("Suche", moment, location, null, "Gesucht nach\u00a0" + GoogleHtml.link(searchUrl(query), query));
            tally.searches++;
        }
        tally.activityPlaceInferences += (used[0] ? 1 : 0) + (used[1] ? 1 : 0);
        zip.bytes(ACTIVITY + "Suche/MeineAktivitäten.html", html.bytes());
    }

    private static String place(String center, String source) {
        return "In <a href=\"https://www.google.com/maps/@?api=1&amp;map_action=map&amp;center=" + center
                + "&amp;zoom=12\">dieser Gegend</a> - " + source;
    }

    private void writeMaps() throws IOException {
        DemoRandom random = DemoRandom.forPart("google/maps");
        List<Instant> moments = moments(random, MAPS, LocalDate.of(2021, 1, 1), Persona.EXPORT_DAY);
        boolean[] home = {false};
        zip.json(ACTIVITY + "Maps/MeineAktivitäten.json", JsonStyle.SPOTIFY, g -> {
            g.setCharacterEscapes(GsonEscapes.INSTANCE);
            g.writeStartArray();
            for (Instant moment : moments) {
                List<String> places = Persona.expecting(moment) && random.chance(0.6)
                        ? GoogleContent.EXPECTING_MAPS_SEARCHES : GoogleContent.MAPS_SEARCHES;
                String place = random.pick(places);
                String encoded = URLEncoder.encode(place, StandardCharsets.UTF_8);
                g.writeStartObject();
                g.writeStringField("header", "Maps");
                double kind = random.nextDouble();
                if (kind < 0.45) {
                    g.writeStringField("title", "Gesucht nach " + place);
                    g.writeStringField("titleUrl", "https://www.google.com/maps/search/" + encoded + "/@51.3318,12.3331,14z");
                    tally.mapsSearches++;
                } else if (kind < 0.75) {
                    g.writeStringField("title", "Route nach " + place);
                    g.writeStringField("titleUrl", "https://www.google.com/maps/dir//" + encoded + "/@51.3318,12.3331,14z");
                    tally.mapsOther++;
                } else {
                    g.writeStringField("title", place + " angesehen");
                    g.writeStringField("titleUrl", "https://www.google.com/maps/place/" + encoded);
                    tally.mapsOther++;
                }
                g.writeStringField("time", googleTime(moment));
                g.writeArrayFieldStart("products");
                g.writeString("Maps");
                g.writeEndArray();
                if (random.chance(0.4)) {
                    locationInfos(g, HOME_CENTER, HOME_SOURCE);
                    home[0] = true;
                }
                g.writeArrayFieldStart("activityControls");
                g.writeString("Web- & App-Aktivitäten");
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        });
        tally.activityPlaceInferences += home[0] ? 1 : 0;
    }

    private static void locationInfos(JsonGenerator g, String center, String source) throws IOException {
        g.writeArrayFieldStart("locationInfos");
        g.writeStartObject();
        g.writeStringField("name", "In dieser Gegend");
        g.writeStringField("url", "https://www.google.com/maps/@?api=1&map_action=map&center=" + center + "&zoom=12");
        g.writeStringField("source", source);
        g.writeStringField("sourceUrl", "https://support.google.com/maps/answer/3184808");
        g.writeEndObject();
        g.writeEndArray();
    }

    /** Roughly one feed record every ten days, each listing the topics Google's interest model picked. */
    private void writeDiscover() throws IOException {
        DemoRandom random = DemoRandom.forPart("google/discover");
        List<Instant> moments = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2021, 6, 1); day.isBefore(Persona.EXPORT_DAY); day = day.plusDays(random.between(7, 13))) {
            moments.add(Persona.at(day, 6, random.between(30, 59)).plusSeconds(random.between(0, 59)));
        }
        moments.sort(Comparator.reverseOrder());
        zip.json(ACTIVITY + "Discover/MeineAktivitäten.json", JsonStyle.SPOTIFY, g -> {
            g.setCharacterEscapes(GsonEscapes.INSTANCE);
            g.writeStartArray();
            for (Instant moment : moments) {
                List<String> pool = new ArrayList<>(GoogleContent.EVERYDAY_TOPICS);
                int count = random.between(5, 10);
                List<String> topics = Persona.expecting(moment)
                        ? mix(random, GoogleContent.EXPECTING_TOPICS, pool, count) : random.sample(pool, count);
                g.writeStartObject();
                g.writeStringField("header", "Discover");
                g.writeStringField("title", (topics.size() + random.between(0, 6)) + " Karten in deinem Feed");
                g.writeStringField("time", googleTime(moment));
                g.writeArrayFieldStart("products");
                g.writeString("Discover");
                g.writeEndArray();
                g.writeArrayFieldStart("subtitles");
                for (String topic : topics) {
                    double feedback = random.nextDouble();
                    String suffix = feedback < 0.05 ? " - angesehen, ausgewählt" : feedback < 0.45 ? " - angesehen" : "";
                    g.writeStartObject();
                    g.writeStringField("name", topic + suffix);
                    g.writeEndObject();
                    tally.discoverTopics.add(topic);
                    tally.discoverTopicMentions++;
                }
                g.writeEndArray();
                g.writeEndObject();
                tally.discoverFeeds++;
            }
            g.writeEndArray();
        });
    }

    /** Mostly the new topics, some of the old. */
    private static List<String> mix(DemoRandom random, List<String> expecting, List<String> everyday, int count) {
        int fromExpecting = Math.min(expecting.size(), (count * 2 + 2) / 3);
        List<String> topics = new ArrayList<>(random.sample(expecting, fromExpecting));
        topics.addAll(random.sample(everyday, count - fromExpecting));
        topics.sort(String.CASE_INSENSITIVE_ORDER);
        return topics;
    }

    /** Ads she clicked on Google: running shops, then baby shops. */
    private void writeAds() throws IOException {
        DemoRandom random = DemoRandom.forPart("google/ads");
        GoogleHtml html = new GoogleHtml();
        for (Instant moment : moments(random, ADS, LocalDate.of(2022, 6, 1), Persona.EXPORT_DAY)) {
            List<String> advertisers = Persona.expecting(moment) ? FacebookContent.BABY_SHOPS
                    : List.of("Laufwerk Sportshop", "Trailhütte", "Fernweh Reisen", "Kleidsam", "Lieferlöwe");
            String advertiser = random.pick(advertisers);
            String url = "https://www.googleadservices.com/pagead/aclk?sa=L&ai=" + random.base62(24);
            html.record("Werbung", moment, null, null, GoogleHtml.link(url, advertiser) + " aufgerufen");
            tally.adClicks++;
        }
        zip.bytes(ACTIVITY + "Werbung/MeineAktivitäten.html", html.bytes());
    }

    private void writeWatchHistory() throws IOException {
        DemoRandom random = DemoRandom.forPart("google/youtube-watch");
        GoogleHtml html = new GoogleHtml();
        for (Instant moment : moments(random, WATCHES, YOUTUBE_SINCE, Persona.EXPORT_DAY)) {
            boolean expecting = Persona.expecting(moment);
            boolean ad = random.chance(0.09);
            GoogleContent.Video video;
            if (ad) {
                video = random.pick(expecting ? GoogleContent.BABY_ADS : GoogleContent.RUNNING_ADS);
            } else {
                video = random.pick(expecting && random.chance(0.6) ? GoogleContent.EXPECTING_VIDEOS
                        : GoogleContent.EVERYDAY_VIDEOS);
            }
            String url = "https://www.youtube.com/watch?v=" + random.base62(11);
            String channel = "https://www.youtube.com/channel/UC" + Integer.toHexString(video.channel().hashCode());
            html.record("YouTube", moment, null, ad ? "Von Google Ads" : null,
                    GoogleHtml.link(url, video.title()) + " angesehen", GoogleHtml.link(channel, video.channel()));
            tally.youTubeWatches++;
            if (ad) {
                tally.youTubeAdWatches++;
            }
        }
        zip.bytes(YOUTUBE + "Verlauf/Wiedergabeverlauf.html", html.bytes());
    }

    private void writeYouTubeSearches() throws IOException {
        DemoRandom random = DemoRandom.forPart("google/youtube-search");
        List<Instant> moments = moments(random, YOUTUBE_SEARCHES, YOUTUBE_SINCE, Persona.EXPORT_DAY);
        zip.json(YOUTUBE + "Verlauf/Suchverlauf.json", JsonStyle.SPOTIFY, g -> {
            g.setCharacterEscapes(GsonEscapes.INSTANCE);
            g.writeStartArray();
            for (Instant moment : moments) {
                String query = random.pick(Persona.expecting(moment) && random.chance(0.65)
                        ? GoogleContent.EXPECTING_YOUTUBE_SEARCHES : GoogleContent.YOUTUBE_SEARCHES);
                g.writeStartObject();
                g.writeStringField("header", "YouTube");
                g.writeStringField("title", "Gesucht nach " + query);
                g.writeStringField("titleUrl", "https://www.youtube.com/results?search_query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8));
                g.writeStringField("time", googleTime(moment));
                g.writeArrayFieldStart("products");
                g.writeString("YouTube");
                g.writeEndArray();
                g.writeArrayFieldStart("activityControls");
                g.writeString("YouTube-Suchverlauf");
                g.writeEndArray();
                g.writeEndObject();
                tally.youTubeSearches++;
            }
            g.writeEndArray();
        });
    }

    private void writeSubscriptions() throws IOException {
        StringBuilder csv = new StringBuilder("Kanal-ID,Kanal-URL,Kanaltitel\n");
        for (String channel : GoogleContent.CHANNELS) {
            String id = "UC" + Integer.toHexString(channel.hashCode());
            csv.append(id).append(",http://www.youtube.com/channel/").append(id).append(',')
                    .append(channel.contains(",") ? "\"" + channel + "\"" : channel).append('\n');
            tally.youTubeSubscriptions++;
        }
        zip.bytes(YOUTUBE + "Abos/Abos.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
