package app.footprint.importers.google;

import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns My Activity records, from JSON or HTML alike, into items, and collects what Google states it
 * concluded along the way: Discover's interest topics and the places it inferred ("From your places
 * (Home)", "Based on your past activity"). Those are tallied per file and handed over once each, with how
 * often the file lists them, when the file is done.
 */
final class ActivityRecorder {
    /** Files whose records are all of one kind, whatever their product: YouTube's watch and search history. */
    enum Forced {
        WATCHING, SEARCHES
    }

    private static final Pattern SEARCH_URL = Pattern.compile(
            "google\\.[a-z.]+/(?:search\\?|maps/search/|maps\\?q=)|youtube\\.com/results\\?|[?&]search_query=");
    private static final Pattern REDIRECT = Pattern.compile("google\\.[a-z.]+/url\\?");
    private static final Pattern WATCH = Pattern.compile("youtube\\.com/(?:watch\\?|shorts/)|youtu\\.be/");
    private static final Pattern CENTER = Pattern.compile("center=(-?\\d+(?:\\.\\d+)?),(-?\\d+(?:\\.\\d+)?)");
    /** "16 cards in your feed": the word for "cards", to skip Discover's "13 more cards" line. */
    private static final Pattern CARDS = Pattern.compile("^\\d+\\s+(\\p{L}+)");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final ImportFile file;
    private final Forced forced;
    private final String folderProduct;
    private final Map<String, TopicTally> topics = new LinkedHashMap<>();
    private final Map<String, PlaceTally> places = new LinkedHashMap<>();
    private final Map<String, ActivityWords.Product> products = new HashMap<>();

    ActivityRecorder(ImportFile file, Forced forced, String folderProduct) {
        this.file = file;
        this.forced = forced;
        this.folderProduct = folderProduct;
    }

    void record(long position, Activity activity) {
        String productName = activity.header() != null ? activity.header()
                : !activity.products().isEmpty() ? activity.products().get(0) : folderProduct;
        // A file names a handful of products half a million times: each is normalised once.
        ActivityWords.Product product = products.computeIfAbsent(productName, ActivityWords::product);
        String url = activity.titleUrl();
        String title = activity.title();
        if (title == null || title.isBlank()) {
            file.problem("record " + position + ": an activity without a title; skipped");
            return;
        }
        if (activity.time() == null && activity.rawTime() != null) {
            file.problem("record " + position + ": unreadable time \"" + activity.rawTime() + "\"; kept without a time");
        }
        String ad = null;
        for (String detail : activity.details()) {
            if (ActivityWords.isAdDetail(detail)) {
                ad = detail;
            }
        }
        Activity.Place place = activity.locations().isEmpty() ? null : activity.locations().get(0);
        String channel = product == ActivityWords.Product.YOUTUBE && !activity.subtitles().isEmpty()
                ? activity.subtitles().get(0).name() : null;
        file.item(category(product, url), activity.time(), title, null, Attrs.of(
                "product", productName,
                "url", unwrap(url),
                "query", query(url),
                "channel", channel,
                "ad", ad,
                "details", ad == null && !activity.details().isEmpty() ? String.join("; ", activity.details()) : null,
                "location", place == null ? null : describe(place)), position);

        if (product == ActivityWords.Product.DISCOVER) {
            tallyTopics(position, activity);
        }
        for (Activity.Place p : activity.locations()) {
            tallyPlace(position, p);
        }
    }

    /** Hands over the topics and places the file stated, each once, with how often it listed them. */
    void finish() {
        topics.forEach((name, t) -> file.inference(InferenceKind.TOPIC, name, Attrs.of(
                "source", "Discover",
                "listed", Integer.toString(t.listed),
                "viewed", t.viewed > 0 ? Integer.toString(t.viewed) : null,
                "selected", t.selected > 0 ? Integer.toString(t.selected) : null), t.position));
        places.forEach((value, p) -> file.inference(InferenceKind.INFERRED_LOCATION, value, Attrs.of(
                "label", p.label,
                "source", p.source,
                "records", Integer.toString(p.records)), p.position));
    }

    private Category category(ActivityWords.Product product, String url) {
        if (forced != null) {
            return forced == Forced.WATCHING ? Category.WATCHING : Category.SEARCHES;
        }
        String link = url == null ? "" : url;
        boolean search = isSearch(link);
        return switch (product) {
            case YOUTUBE -> link.contains("youtu") && WATCH.matcher(link).find() ? Category.WATCHING : search ? Category.SEARCHES : Category.ACTIVITY;
            case SEARCH -> search || link.isEmpty() ? Category.SEARCHES : Category.BROWSING;
            case CHROME -> Category.BROWSING;
            case ADS -> Category.AD_INTERACTIONS;
            case PLAY_STORE -> Category.APPS;
            case VOICE -> Category.VOICE;
            case MAPS, DISCOVER, OTHER -> search ? Category.SEARCHES : Category.ACTIVITY;
        };
    }

    private void tallyTopics(long position, Activity activity) {
        Matcher cards = CARDS.matcher(activity.title() == null ? "" : activity.title());
        String cardWord = cards.find() ? ActivityWords.normal(cards.group(1)) : null;
        for (Activity.Line line : activity.subtitles()) {
            String text = line.name();
            if (text == null || text.isBlank()) {
                continue;
            }
            if (cardWord != null && DIGIT.matcher(text).find() && ActivityWords.normal(text).contains(cardWord)) {
                continue; // "Altre 13 schede": the cards not listed, not a topic
            }
            ActivityWords.Topic topic = ActivityWords.topic(text);
            TopicTally tally = topics.computeIfAbsent(topic.name(), n -> new TopicTally(position));
            tally.listed++;
            if (topic.viewed()) {
                tally.viewed++;
            }
            if (topic.selected()) {
                tally.selected++;
            }
        }
    }

    private void tallyPlace(long position, Activity.Place place) {
        String label = ActivityWords.inferredPlace(place.source());
        if (label == null) {
            return; // "From your device": a measured place, not a conclusion
        }
        String where = center(place.url());
        if (where == null) {
            where = place.name() == null ? "unknown place" : place.name();
        }
        String value = switch (label) {
            case "home" -> "Home near " + where;
            case "work" -> "Work near " + where;
            default -> "Area of past activity near " + where;
        };
        PlaceTally tally = places.computeIfAbsent(value, v -> new PlaceTally(position, label, place.source()));
        tally.records++;
    }

    private static String describe(Activity.Place place) {
        String where = center(place.url());
        String name = place.name() == null ? "" : place.name();
        return where == null ? name : (name.isEmpty() ? where : name + " (" + where + ")");
    }

    /** "51.3327, 12.3379" from a Maps link's {@code center=} parameter, or null. */
    static String center(String url) {
        if (url == null) {
            return null;
        }
        if (!url.contains("center=")) {
            return null;
        }
        Matcher m = CENTER.matcher(url);
        return m.find() ? m.group(1) + ", " + m.group(2) : null;
    }

    /** Google's redirect links ("google.com/url?q=<target>&usg=…") lead to their target. */
    static String unwrap(String url) {
        if (url == null || !url.contains("/url?") || !REDIRECT.matcher(url).find()) {
            return url;
        }
        String target = parameter(url, "q");
        if (target == null) {
            target = parameter(url, "url");
        }
        return target == null ? url : target;
    }

    /**
     * Whether a link is a search. The words every form of search link holds are looked for first: a
     * plain text search is far quicker than the pattern, and half a million links go past.
     */
    private static boolean isSearch(String url) {
        return (url.contains("search") || url.contains("maps?q=") || url.contains("results?"))
                && SEARCH_URL.matcher(url).find();
    }

    /** What was searched for, from a search link. */
    static String query(String url) {
        if (url == null || !isSearch(url)) {
            return null;
        }
        String q = parameter(url, "search_query");
        if (q == null) {
            q = parameter(url, "q");
        }
        if (q == null) {
            int at = url.indexOf("/maps/search/");
            if (at >= 0) {
                String rest = url.substring(at + "/maps/search/".length());
                int end = rest.indexOf('/');
                q = decode(end < 0 ? rest : rest.substring(0, end));
            }
        }
        return q;
    }

    private static String parameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // a stray "%" in a link: keep it as written
        }
    }

    private static final class TopicTally {
        final long position;
        int listed;
        int viewed;
        int selected;

        TopicTally(long position) {
            this.position = position;
        }
    }

    private static final class PlaceTally {
        final long position;
        final String label;
        final String source;
        int records;

        PlaceTally(long position, String label, String source) {
            this.position = position;
            this.label = label;
            this.source = source;
        }
    }
}
