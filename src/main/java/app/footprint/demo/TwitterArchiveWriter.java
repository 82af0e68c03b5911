package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes Jana's X archive in the layout X uses since late 2022: {@code Your archive.html} and the viewer's
 * {@code assets/} at the top, and in {@code data/} one {@code .js} file per kind of data, each a JSON list
 * behind {@code window.YTD.<name>.partN = }, her posts split into {@code tweets.js},
 * {@code tweets-part1.js} and {@code tweets-part2.js}, and {@code manifest.js}
 * ({@code window.__THAR_CONFIG = {...}}) listing every file with its record count. X formats its JSON
 * the way Jackson's default printer does ({@code "key" : value}, {@code [ ]}), raw UTF-8, no final
 * newline: the look of Spotify's history files, whose style is reused.
 */
final class TwitterArchiveWriter {
    static final String FILE_NAME = "twitter-2024-03-12-4c8e1f0b7a29d35e6b1c0f8a9e7d2b4c6a1f3e5d7b9c0a2e4f6b8d1c3e5a7f9b.zip";
    /** When X made the archive, a while before the zip was packed. */
    static final Instant GENERATED = Instant.parse("2024-03-12T08:12:05.337Z");

    private static final DateTimeFormatter ISO = formatter("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final DateTimeFormatter POST_TIME = formatter("EEE MMM dd HH:mm:ss '+0000' yyyy");
    private static final DateTimeFormatter AD_TIME = formatter("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DOTTED_DATE = formatter("yyyy.MM.dd");
    /** The start of X's ids: an id holds the milliseconds since then, shifted left by 22 bits. */
    private static final long ID_EPOCH = 1288834974657L;

    /** Writes the records of one data file, between the brackets of its list. */
    @FunctionalInterface
    interface Records {
        void write(JsonGenerator g) throws IOException;
    }

    /** A data file as the manifest lists it. */
    private record Listed(String fileName, String globalName, int count) {
    }

    private final DemoZip zip;
    private final TwitterTally tally = new TwitterTally();
    private final Map<String, List<Listed>> byType = new TreeMap<>();
    private long bytes;

    private TwitterArchiveWriter(DemoZip zip) {
        this.zip = zip;
    }

    static TwitterFacts write(OutputStream out) throws IOException {
        try (DemoZip zip = new DemoZip(out)) {
            TwitterArchiveWriter writer = new TwitterArchiveWriter(zip);
            writer.writeAll();
            return writer.tally.toFacts();
        }
    }

    private void writeAll() throws IOException {
        file("Your archive.html", """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Your archive</title>
                <script src="assets/js/main.1c9f2a7b.js"></script></head>
                <body><noscript>Open this page in a browser to look through your archive.</noscript></body>
                </html>
                """.getBytes(StandardCharsets.UTF_8));
        file("assets/js/main.1c9f2a7b.js", "(function(){window.YTD=window.YTD||{};})();\n"
                .getBytes(StandardCharsets.UTF_8));
        file("data/README.txt", """
                Footprint demo persona: an invented X archive.
                manifest.js: the account, when the archive was made, and every data file with its record count.
                Each other file holds one kind of data, e.g. tweets.js your posts, like.js your likes,
                personalization.js the interests and demographics inferred about you, ad-impressions.js the ads
                you were shown and why.
                """.getBytes(StandardCharsets.UTF_8));
        new TwitterAccountWriter(this, tally).write();
        new TwitterPostsWriter(this, tally).write();
        new TwitterAdsWriter(this, tally).write();
        writeManifest();
    }

    /**
     * Writes {@code data/<name>.js} (part 0) or {@code data/<name>-partN.js}, whose wrapper names
     * {@code window.YTD.<name with _>.partN}, and lists it in the manifest with {@code count} records.
     */
    void data(String name, int part, int count, Records records) throws IOException {
        String fileName = "data/" + name + (part == 0 ? "" : "-part" + part) + ".js";
        String globalName = "YTD." + name.replace('-', '_') + ".part" + part;
        file(fileName, render(g -> {
            g.writeRaw("window." + globalName + " = ");
            g.writeStartArray();
            records.write(g);
            g.writeEndArray();
        }));
        byType.computeIfAbsent(type(name), t -> new ArrayList<>()).add(new Listed(fileName, globalName, count));
    }

    /** Writes any other file of the archive (a picture, the archive page). */
    void file(String path, byte[] content) throws IOException {
        zip.bytes(path, content);
        bytes += content.length;
    }

    /** Media folders: named by the kinds of data they belong to, and as kinds of their own. */
    private static final Map<String, String> MEDIA = Map.of(
            "tweets", "data/tweets_media", "tweetsMedia", "data/tweets_media",
            "directMessages", "data/direct_messages_media", "directMessagesMedia", "data/direct_messages_media",
            "profile", "data/profile_media", "profileMedia", "data/profile_media");

    private void writeManifest() throws IOException {
        Set<String> types = new TreeSet<>(byType.keySet());
        types.addAll(MEDIA.keySet());
        long size = bytes;
        file("data/manifest.js", render(g -> {
            g.writeRaw("window.__THAR_CONFIG = ");
            g.writeStartObject();
            g.writeObjectFieldStart("userInfo");
            g.writeStringField("accountId", TwitterContent.ACCOUNT_ID);
            g.writeStringField("userName", TwitterContent.USER_NAME);
            g.writeStringField("displayName", Persona.FULL_NAME);
            g.writeEndObject();
            g.writeObjectFieldStart("archiveInfo");
            g.writeStringField("sizeBytes", Long.toString(size));
            g.writeStringField("generationDate", GENERATED.toString());
            g.writeBooleanField("isPartialArchive", false);
            g.writeStringField("maxPartSizeBytes", "53687091200");
            g.writeEndObject();
            g.writeObjectFieldStart("readmeInfo");
            g.writeStringField("fileName", "data/README.txt");
            g.writeStringField("directory", "data/");
            g.writeStringField("name", "README.txt");
            g.writeEndObject();
            g.writeObjectFieldStart("dataTypes");
            for (String type : types) {
                g.writeObjectFieldStart(type);
                if (MEDIA.containsKey(type)) {
                    g.writeStringField("mediaDirectory", MEDIA.get(type));
                }
                if (byType.containsKey(type)) {
                    g.writeArrayFieldStart("files");
                    for (Listed file : byType.get(type)) {
                        g.writeStartObject();
                        g.writeStringField("fileName", file.fileName());
                        g.writeStringField("globalName", file.globalName());
                        g.writeStringField("count", Integer.toString(file.count()));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    /** "directMessagesGroup" for direct-messages-group, as the manifest names the kinds of data. */
    static String type(String name) {
        StringBuilder type = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                type.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return type.toString();
    }

    /** "2024-03-11T18:02:11.000Z", as most files write times. */
    static String iso(Instant at) {
        return ISO.format(at);
    }

    /** "Mon Mar 11 18:02:11 +0000 2024", as posts write {@code created_at}. */
    static String postTime(Instant at) {
        return POST_TIME.format(at);
    }

    /** "2024-03-11 18:02:11", as the ad files write times. */
    static String adTime(Instant at) {
        return AD_TIME.format(at);
    }

    /** "2024.03.11", as ni-devices.js writes dates. */
    static String dottedDate(Instant at) {
        return DOTTED_DATE.format(at);
    }

    /** An id as X makes them for posts and messages: the time in its upper bits, so ids sort by time. */
    static String id(Instant at, DemoRandom random) {
        return Long.toString(((at.toEpochMilli() - ID_EPOCH) << 22) + random.between(0, (1 << 22) - 1));
    }

    private static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withZone(ZoneOffset.UTC);
    }

    /** One file's bytes in X's formatting; files are small, and the manifest states their total size. */
    private static byte[] render(DemoZip.JsonBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JsonStyle.SPOTIFY_HISTORY.open(out)) {
            body.write(g);
        }
        return out.toByteArray();
    }
}
