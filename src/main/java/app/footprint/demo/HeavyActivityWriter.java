package app.footprint.demo;

import app.footprint.model.Service;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code Takeout/My Activity/<Product>/My Activity.json} for Chrome, Discover, Maps, Search and YouTube, in
 * the JSON form of an English account: newest first, links escaped the way Google's Gson writer escapes
 * them. Google states what it concluded in two places, both counted as stated inferences: Discover's
 * interest topics, and the places it put some searches at ("From your places (Home)").
 */
final class HeavyActivityWriter {
    static final String FOLDER = HeavyTakeoutWriter.ROOT + "My Activity/";
    static final LocalDate SINCE = LocalDate.of(2019, 1, 1);
    /** Records per product at scale 1: 500,000 in all. */
    static final long SEARCH = 200_000;
    static final long YOUTUBE = 150_000;
    static final long CHROME = 75_000;
    static final long MAPS = 50_000;
    static final long DISCOVER = 25_000;

    /** The places Google puts searches at, each stated once as an inferred place. */
    private static final String[][] PLACES = {
            {"51.331823,12.333106", "From your places (Home)"},
            {"51.342987,12.339741", "From your places (Work)"},
            {"51.339700,12.373100", "Based on your past activity"}};

    /** A record's product-specific part, after its header. */
    @FunctionalInterface
    private interface Entry {
        void write(JsonGenerator g, Instant at) throws IOException;
    }

    private final HeavyScale scale;
    private final HeavyTally tally;
    private final DemoRandom random;

    HeavyActivityWriter(HeavyScale scale, HeavyTally tally) {
        this.scale = scale;
        this.tally = tally;
        this.random = scale.random("google/activity");
    }

    void write(HeavyZip zip) throws IOException {
        product(zip, "Chrome", CHROME, this::chrome);
        boolean[] topics = new boolean[HeavyWords.TOPICS.size()];
        product(zip, "Discover", DISCOVER, (g, at) -> discover(g, at, topics));
        product(zip, "Maps", MAPS, this::maps);
        boolean[] places = new boolean[PLACES.length];
        product(zip, "Search", SEARCH, (g, at) -> search(g, at, places));
        product(zip, "YouTube", YOUTUBE, this::youtube);
        tally.inferences(Service.GOOGLE, count(topics) + count(places));
    }

    private static int count(boolean[] used) {
        int n = 0;
        for (boolean u : used) {
            n += u ? 1 : 0;
        }
        return n;
    }

    private void product(HeavyZip zip, String product, long atScaleOne, Entry entry) throws IOException {
        long count = scale.count(atScaleOne);
        WakingSpread spread = new WakingSpread(SINCE, Persona.EXPORT_DAY, count);
        zip.json(FOLDER + product + "/My Activity.json", JsonStyle.SPOTIFY, g -> {
            g.setCharacterEscapes(GsonEscapes.INSTANCE);
            g.writeStartArray();
            for (long i = count - 1; i >= 0; i--) {
                g.writeStartObject();
                g.writeStringField("header", product);
                entry.write(g, spread.moment(i, random.nextDouble()));
                g.writeEndObject();
                tally.activityEntries++;
            }
            g.writeEndArray();
        });
    }

    private static void timeAndProduct(JsonGenerator g, Instant at, String product) throws IOException {
        g.writeStringField("time", GoogleActivityWriter.googleTime(at));
        g.writeArrayFieldStart("products");
        g.writeString(product);
        g.writeEndArray();
    }

    private static void controls(JsonGenerator g, String control) throws IOException {
        g.writeArrayFieldStart("activityControls");
        g.writeString(control);
        g.writeEndArray();
    }

    private String query() {
        return random.pick(HeavyWords.SEARCHES) + random.pick(HeavyWords.SEARCH_ENDINGS);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A page: "Subject - Site" and a link to it. */
    private String[] page() {
        HeavyWords.Site site = random.pick(HeavyWords.SITES);
        String subject = random.pick(HeavyWords.SUBJECTS);
        String slug = subject.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new String[] {subject + " - " + site.name(), "https://" + site.domain() + "/" + slug};
    }

    private void chrome(JsonGenerator g, Instant at) throws IOException {
        String[] page = page();
        g.writeStringField("title", "Visited " + page[0]);
        g.writeStringField("titleUrl", page[1]);
        timeAndProduct(g, at, "Chrome");
        controls(g, "Web & App Activity");
    }

    /** A feed of cards, listing the interest topics Google picked for it. */
    private void discover(JsonGenerator g, Instant at, boolean[] used) throws IOException {
        int topics = random.between(4, 9);
        g.writeStringField("title", (topics + random.between(0, 6)) + " cards in your feed");
        g.writeArrayFieldStart("subtitles");
        int first = random.between(0, HeavyWords.TOPICS.size() - 1);
        for (int i = 0; i < topics; i++) {
            int topic = (first + i * 11) % HeavyWords.TOPICS.size();
            double feedback = random.nextDouble();
            g.writeStartObject();
            g.writeStringField("name", HeavyWords.TOPICS.get(topic)
                    + (feedback < 0.05 ? " - viewed, selected" : feedback < 0.4 ? " - viewed" : ""));
            g.writeEndObject();
            used[topic] = true;
        }
        g.writeEndArray();
        timeAndProduct(g, at, "Discover");
    }

    private void maps(JsonGenerator g, Instant at) throws IOException {
        String place = random.pick(HeavyWords.MAP_PLACES);
        String near = "/@51.3318,12.3331,14z";
        double kind = random.nextDouble();
        if (kind < 0.5) {
            g.writeStringField("title", "Searched for " + place);
            g.writeStringField("titleUrl", "https://www.google.com/maps/search/" + encode(place) + near);
        } else if (kind < 0.8) {
            g.writeStringField("title", "Directions to " + place);
            g.writeStringField("titleUrl", "https://www.google.com/maps/dir//" + encode(place) + near);
        } else {
            g.writeStringField("title", "Viewed " + place);
            g.writeStringField("titleUrl", "https://www.google.com/maps/place/" + encode(place));
        }
        timeAndProduct(g, at, "Maps");
        controls(g, "Web & App Activity");
    }

    /** A search, or a result opened from one (through Google's redirect); some placed at an inferred place. */
    private void search(JsonGenerator g, Instant at, boolean[] used) throws IOException {
        if (random.chance(0.25)) {
            String[] page = page();
            g.writeStringField("title", "Visited " + page[0]);
            g.writeStringField("titleUrl", "https://www.google.com/url?q=" + page[1] + "&usg=AOvVaw" + random.base62(22));
        } else {
            String query = query();
            g.writeStringField("title", "Searched for " + query);
            g.writeStringField("titleUrl", "https://www.google.com/search?q=" + encode(query));
        }
        timeAndProduct(g, at, "Search");
        if (random.chance(0.3)) {
            int place = random.between(0, PLACES.length - 1);
            g.writeArrayFieldStart("locationInfos");
            g.writeStartObject();
            g.writeStringField("name", "At this general area");
            g.writeStringField("url", "https://www.google.com/maps/@?api=1&map_action=map&center=" + PLACES[place][0]
                    + "&zoom=12");
            g.writeStringField("source", PLACES[place][1]);
            g.writeStringField("sourceUrl", "https://support.google.com/websearch/answer/140");
            g.writeEndObject();
            g.writeEndArray();
            used[place] = true;
        }
        controls(g, "Web & App Activity");
    }

    /** A watched video (a few of them ads), or a search on YouTube. */
    private void youtube(JsonGenerator g, Instant at) throws IOException {
        if (random.chance(0.15)) {
            String query = query();
            g.writeStringField("title", "Searched for " + query);
            g.writeStringField("titleUrl", "https://www.youtube.com/results?search_query=" + encode(query));
            timeAndProduct(g, at, "YouTube");
            controls(g, "YouTube search history");
            return;
        }
        String channel = random.pick(HeavyWords.CHANNELS);
        g.writeStringField("title", "Watched " + random.pick(HeavyWords.SUBJECTS) + random.pick(HeavyWords.VIDEO_FORMATS));
        g.writeStringField("titleUrl", "https://www.youtube.com/watch?v=" + random.base62(11));
        g.writeArrayFieldStart("subtitles");
        g.writeStartObject();
        g.writeStringField("name", channel);
        g.writeStringField("url", "https://www.youtube.com/channel/UC" + Integer.toHexString(channel.hashCode()));
        g.writeEndObject();
        g.writeEndArray();
        timeAndProduct(g, at, "YouTube");
        if (random.chance(0.05)) {
            g.writeArrayFieldStart("details");
            g.writeStartObject();
            g.writeStringField("name", "From Google Ads");
            g.writeEndObject();
            g.writeEndArray();
        }
        controls(g, "YouTube watch history");
    }
}
