package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes Jana's Snapchat "My Data" export as Snapchat delivers it: {@code mydata~<number>.zip} with an
 * {@code index.html} and the {@code json/} files, times as "yyyy-MM-dd HH:mm:ss UTC", positions as
 * "lat ± accuracy meters, long ± accuracy meters". Snapchat has worked out her home in Plagwitz and her
 * work at the hospital; her positions show the shifts stop when her maternity leave begins, her audience
 * segments name the baby shops.
 */
final class SnapchatExportWriter {
    static final String FILE_NAME = "mydata~" + DemoZip.ENTRY_TIME.atZone(Persona.ZONE).toEpochSecond() + ".zip";
    static final String JSON = "json/";
    static final LocalDate JOINED = LocalDate.of(2016, 5, 3);
    /** Maternity leave: six weeks before the due date, she stops going to work. */
    static final LocalDate MATERNITY_LEAVE = Persona.DUE_DATE.minusWeeks(6);
    static final LocalDate POSITIONS_SINCE = LocalDate.of(2023, 12, 1);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final DemoZip zip;
    private final Tally tally = new Tally();

    private SnapchatExportWriter(DemoZip zip) {
        this.zip = zip;
    }

    static SnapchatFacts write(OutputStream out) throws IOException {
        try (DemoZip zip = new DemoZip(out)) {
            SnapchatExportWriter writer = new SnapchatExportWriter(zip);
            writer.writeAll();
            return writer.tally.toFacts();
        }
    }

    private void writeAll() throws IOException {
        zip.bytes("index.html", ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>My Data</title></head>"
                + "<body><!-- Footprint demo persona: placeholder for Snapchat's overview page --></body></html>\n")
                .getBytes(StandardCharsets.UTF_8));
        zip.json(JSON + "account.json", JsonStyle.SPOTIFY, this::account);
        zip.json(JSON + "chat_history.json", JsonStyle.SPOTIFY, this::chats);
        zip.json(JSON + "friends.json", JsonStyle.SPOTIFY, this::friends);
        zip.json(JSON + "location_history.json", JsonStyle.SPOTIFY, this::locations);
        zip.json(JSON + "memories_history.json", JsonStyle.SPOTIFY, this::memories);
        zip.json(JSON + "ranking.json", JsonStyle.SPOTIFY, this::ranking);
        zip.json(JSON + "search_history.json", JsonStyle.SPOTIFY, this::searches);
        zip.json(JSON + "snap_history.json", JsonStyle.SPOTIFY, this::snaps);
        zip.json(JSON + "story_history.json", JsonStyle.SPOTIFY, this::stories);
        zip.json(JSON + "user_profile.json", JsonStyle.SPOTIFY, this::userProfile);
    }

    private void account(JsonGenerator g) throws IOException {
        DemoRandom random = DemoRandom.forPart("snapchat/account");
        g.writeStartObject();
        g.writeObjectFieldStart("Basic Information");
        fact(g, "Username", SnapchatContent.USERNAME);
        fact(g, "Name", Persona.FULL_NAME);
        fact(g, "Creation Date", TIME.format(Persona.at(JOINED, 18, 22).plusSeconds(10)));
        fact(g, "Registration IP", "198.51.100.22");
        fact(g, "Country", "DE");
        fact(g, "Last Active", TIME.format(Persona.at(Persona.LAST_ACTIVE_DAY, 22, 41)));
        g.writeEndObject();
        g.writeObjectFieldStart("Device Information");
        g.writeStringField("Make", "samsung");
        g.writeStringField("Model ID", "SM-G991B");
        g.writeStringField("Model Name", "Galaxy S21 5G");
        g.writeStringField("Language", "de");
        g.writeStringField("OS Type", "ANDROID");
        g.writeStringField("OS Version", "14");
        g.writeStringField("Connection Type", "WIFI");
        g.writeEndObject();
        tally.devices++;
        g.writeArrayFieldStart("Device History");
        String[][] devices = {{"samsung", "SM-G930F", "2016-05-03 18:20:41 UTC"},
            {"samsung", "SM-G973F", "2019-06-14 17:02:09 UTC"},
            {"samsung", "SM-G991B", "2021-04-01 19:47:33 UTC"}};
        for (String[] device : devices) {
            g.writeStartObject();
            g.writeStringField("Make", device[0]);
            g.writeStringField("Model", device[1]);
            g.writeStringField("Start Time", device[2]);
            g.writeStringField("Device Type", "PHONE");
            g.writeEndObject();
            tally.devices++;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Privacy Policy and Terms of Service Acceptance History");
        g.writeEndArray();
        g.writeArrayFieldStart("Login History");
        List<Instant> logins = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            logins.add(random.wakingMomentBetween(LocalDate.of(2023, 6, 1), Persona.EXPORT_DAY));
        }
        logins.sort(Comparator.reverseOrder());
        for (Instant login : logins) {
            g.writeStartObject();
            g.writeStringField("IP", random.chance(0.7) ? "198.51.100." + random.between(20, 24)
                    : "203.0.113." + random.between(2, 250));
            g.writeStringField("Country", "DE");
            g.writeStringField("Created", TIME.format(login));
            g.writeStringField("Status", "success");
            g.writeStringField("Device", "samsung SM-G991B");
            g.writeEndObject();
            tally.logins++;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Family Center");
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Saved chats, keyed by conversation as Snapchat has written them since 2023. */
    private void chats(JsonGenerator g) throws IOException {
        DemoRandom random = DemoRandom.forPart("snapchat/chats");
        g.writeStartObject();
        conversation(g, random, SnapchatContent.PARTNER, 90, ChatLines.PARTNER, ChatLines.PARTNER_EXPECTING);
        conversation(g, random, SnapchatContent.SISTER, 60, ChatLines.FAMILY, ChatLines.FAMILY_EXPECTING);
        g.writeEndObject();
    }

    private void conversation(JsonGenerator g, DemoRandom random, String with, int count, List<String> lines,
                              List<String> expecting) throws IOException {
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            moments.add(random.wakingMomentBetween(LocalDate.of(2022, 1, 1), Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.naturalOrder());
        g.writeArrayFieldStart(with);
        for (Instant moment : moments) {
            boolean mine = random.chance(0.5);
            boolean media = random.chance(0.15);
            g.writeStartObject();
            g.writeStringField("From", mine ? SnapchatContent.USERNAME : with);
            g.writeStringField("Media Type", media ? "MEDIA" : "TEXT");
            g.writeStringField("Created", TIME.format(moment));
            if (media) {
                g.writeNullField("Content");
            } else {
                g.writeStringField("Content", Persona.expecting(moment) && random.chance(0.5)
                        ? random.pick(expecting) : random.pick(lines));
            }
            g.writeNullField("Conversation Title");
            g.writeBooleanField("IsSender", mine);
            g.writeNumberField("Created(microseconds)", moment.toEpochMilli() * 1000);
            g.writeBooleanField("IsSaved", true);
            g.writeStringField("Media IDs", media ? "b~" + random.base62(40) : "");
            g.writeEndObject();
            tally.chatMessages++;
        }
        g.writeEndArray();
        tally.conversations++;
    }

    private void friends(JsonGenerator g) throws IOException {
        DemoRandom random = DemoRandom.forPart("snapchat/friends");
        g.writeStartObject();
        g.writeArrayFieldStart("Friends");
        friend(g, SnapchatContent.PARTNER, "Tom", Persona.at(JOINED, 19, 2));
        friend(g, SnapchatContent.SISTER, "Lena 🌻", Persona.at(JOINED.plusDays(1), 8, 15));
        tally.friends += 2;
        for (int i = 0; i < SnapchatContent.OTHER_FRIENDS; i++) {
            String first = random.pick(FacebookContent.FIRST_NAMES);
            String last = random.pick(FacebookContent.LAST_NAMES);
            friend(g, username(first, last, random), first + " " + last.charAt(0) + ".",
                    random.wakingMomentBetween(JOINED, Persona.EXPORT_DAY));
            tally.friends++;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Friend Requests Sent");
        friend(g, "laufgruppe.le", "Laufgruppe Leipzig", Persona.at(LocalDate.of(2023, 3, 4), 10, 11));
        tally.friendRequests++;
        g.writeEndArray();
        g.writeArrayFieldStart("Blocked Users");
        g.writeEndArray();
        g.writeArrayFieldStart("Deleted Friends");
        friend(g, "maxi_party_le", "Maxi", Persona.at(LocalDate.of(2019, 8, 17), 23, 50));
        tally.deletedFriends++;
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void friend(JsonGenerator g, String username, String displayName, Instant since) throws IOException {
        g.writeStartObject();
        g.writeStringField("Username", username);
        g.writeStringField("Display Name", displayName);
        g.writeStringField("Creation Timestamp", TIME.format(since));
        g.writeStringField("Last Modified Timestamp", TIME.format(since));
        g.writeStringField("Source", "Added by username");
        g.writeEndObject();
    }

    private static String username(String first, String last, DemoRandom random) {
        String plain = Normalizer.normalize(first + last, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        return plain + random.between(1, 99);
    }

    /**
     * What Snapchat has worked out about her places, and her positions since December: home every night,
     * the hospital on her shifts until her maternity leave, then home, the midwife, the lake.
     */
    private void locations(JsonGenerator g) throws IOException {
        DemoRandom random = DemoRandom.forPart("snapchat/locations");
        g.writeStartObject();
        g.writeArrayFieldStart("Frequent Locations");
        for (String[] place : new String[][] {{"Leipzig", "Sachsen"}, {"Markkleeberg", "Sachsen"}, {"Chemnitz", "Sachsen"}}) {
            g.writeStartObject();
            g.writeStringField("City", place[0]);
            g.writeStringField("Country", "DE");
            g.writeStringField("Region", place[1]);
            g.writeEndObject();
            tally.frequentLocations++;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Latest Location");
        g.writeStartObject();
        g.writeStringField("City", Persona.CITY);
        g.writeStringField("Country", "DE");
        g.writeStringField("Region", Persona.REGION);
        g.writeEndObject();
        tally.latestLocations++;
        g.writeEndArray();
        g.writeObjectFieldStart("Home, School & Work");
        g.writeStringField("Home", position(SnapchatContent.HOME_LATITUDE, SnapchatContent.HOME_LONGITUDE, 18.2));
        g.writeStringField("Work", position(SnapchatContent.WORK_LATITUDE, SnapchatContent.WORK_LONGITUDE, 22.5));
        tally.homeAndWork += 2;
        g.writeEndObject();
        g.writeArrayFieldStart("Daily Top Locations");
        g.writeEndArray();
        g.writeArrayFieldStart("Top Locations Per Six-Day Period");
        g.writeEndArray();
        g.writeArrayFieldStart("Location History");
        for (LocalDate day = POSITIONS_SINCE; day.isBefore(Persona.EXPORT_DAY); day = day.plusDays(1)) {
            boolean shift = day.isBefore(MATERNITY_LEAVE) && day.getDayOfWeek() != DayOfWeek.SUNDAY && random.chance(0.7);
            position(g, random, Persona.at(day, 7, random.between(0, 40)), true);
            if (shift) {
                position(g, random, Persona.at(day, random.between(9, 13), random.between(0, 59)), false);
                tally.positionsAtWork++;
            }
            position(g, random, Persona.at(day, random.between(19, 22), random.between(0, 59)), true);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Areas you may have visited in the last two years");
        String[][] areas = {{"Leipzig", "04229"}, {"Leipzig", "04103"}, {"Markkleeberg", "04416"}, {"Chemnitz", "09111"},
            {"Leipzig", "04109"}, {"Leipzig", "04275"}};
        for (int i = 0; i < 24; i++) {
            String[] area = areas[i % areas.length];
            g.writeStartObject();
            Instant when = random.wakingMomentBetween(LocalDate.of(2022, 3, 12), Persona.EXPORT_DAY);
            g.writeStringField("Time", TIME.format(when));
            g.writeStringField("City", area[0]);
            g.writeStringField("Region", Persona.REGION);
            g.writeStringField("Postal Code", area[1]);
            g.writeEndObject();
            tally.areasVisited++;
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void position(JsonGenerator g, DemoRandom random, Instant at, boolean home) throws IOException {
        double latitude = home ? SnapchatContent.HOME_LATITUDE : SnapchatContent.WORK_LATITUDE;
        double longitude = home ? SnapchatContent.HOME_LONGITUDE : SnapchatContent.WORK_LONGITUDE;
        g.writeStartObject();
        g.writeStringField("Time", TIME.format(at));
        g.writeStringField("Latitude, Longitude", position(latitude + (random.nextDouble() - 0.5) / 2000,
                longitude + (random.nextDouble() - 0.5) / 2000, random.between(8, 40)));
        g.writeEndObject();
        tally.positions++;
    }

    /** "51.3310 ± 18.2 meters, 12.3350 ± 18.2 meters". */
    private static String position(double latitude, double longitude, double accuracy) {
        return String.format(Locale.ROOT, "%.4f ± %.1f meters, %.4f ± %.1f meters",
                latitude, accuracy, longitude, accuracy);
    }

    private void memories(JsonGenerator g) throws IOException {
        DemoRandom random = DemoRandom.forPart("snapchat/memories");
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            moments.add(random.wakingMomentBetween(JOINED, Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.reverseOrder());
        g.writeStartObject();
        g.writeArrayFieldStart("Saved Media");
        for (Instant moment : moments) {
            g.writeStartObject();
            g.writeStringField("Date", TIME.format(moment));
            g.writeStringField("Media Type", random.chance(0.8) ? "Image" : "Video");
            g.writeStringField("Location", random.chance(0.5) ? "Latitude, Longitude: 51.33, 12.34" : "");
            g.writeStringField("Download Link", "https://app.snapchat.com/dmd/memories?uid=demo&sid=" + random.base62(24));
            g.writeEndObject();
            tally.memories++;
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void ranking(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("Statistics");
        fact(g, "Snapscore", "48213");
        fact(g, "Your Total Friends", Integer.toString(2 + SnapchatContent.OTHER_FRIENDS));
        fact(g, "The Number of Accounts You Follow", "6");
        g.writeEndObject();
        g.writeArrayFieldStart("Spotlight");
        g.writeEndArray();
        g.writeEndObject();
    }

    private void searches(JsonGenerator g) throws IOException {
        DemoRandom random = DemoRandom.forPart("snapchat/searches");
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            moments.add(random.wakingMomentBetween(LocalDate.of(2022, 6, 1), Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.reverseOrder());
        g.writeStartArray();
        for (Instant moment : moments) {
            g.writeStartObject();
            g.writeStringField("Date", TIME.format(moment));
            g.writeStringField("Search Term", random.pick(SnapchatContent.SEARCHES));
            g.writeEndObject();
            tally.searches++;
        }
        g.writeEndArray();
    }

    /** Snaps of the last month, the only ones Snapchat keeps. */
    private void snaps(JsonGenerator g) throws IOException {
        DemoRandom random = DemoRandom.forPart("snapchat/snaps");
        g.writeStartObject();
        for (String with : List.of(SnapchatContent.PARTNER, SnapchatContent.SISTER)) {
            List<Instant> moments = new ArrayList<>();
            int count = with.equals(SnapchatContent.PARTNER) ? 140 : 110;
            for (int i = 0; i < count; i++) {
                moments.add(random.wakingMomentBetween(Persona.EXPORT_DAY.minusDays(30), Persona.EXPORT_DAY));
            }
            moments.sort(Comparator.naturalOrder());
            g.writeArrayFieldStart(with);
            for (Instant moment : moments) {
                boolean mine = random.chance(0.5);
                g.writeStartObject();
                g.writeStringField("From", mine ? SnapchatContent.USERNAME : with);
                g.writeStringField("Media Type", random.chance(0.75) ? "IMAGE" : "VIDEO");
                g.writeStringField("Created", TIME.format(moment));
                g.writeNullField("Conversation Title");
                g.writeBooleanField("IsSender", mine);
                g.writeNumberField("Created(microseconds)", moment.toEpochMilli() * 1000);
                g.writeEndObject();
                tally.snaps++;
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void stories(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("Your Story Views");
        String[][] stories = {{"2023-04-23 11:02:17 UTC", "21", "4"}, {"2023-08-12 16:40:03 UTC", "17", "2"},
            {"2023-12-24 18:11:45 UTC", "25", "6"}};
        for (String[] story : stories) {
            g.writeStartObject();
            g.writeStringField("Story Date", story[0]);
            g.writeNumberField("Story Views", Integer.parseInt(story[1]));
            g.writeNumberField("Story Replies", Integer.parseInt(story[2]));
            g.writeEndObject();
            tally.stories++;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Friend and Public Story Views");
        g.writeEndArray();
        g.writeEndObject();
    }

    private void userProfile(JsonGenerator g) throws IOException {
        DemoRandom random = DemoRandom.forPart("snapchat/profile");
        g.writeStartObject();
        g.writeObjectFieldStart("App Profile");
        fact(g, "Country", "DE");
        fact(g, "Creation Time", TIME.format(Persona.at(JOINED, 18, 22).plusSeconds(10)));
        fact(g, "Account Creation Country", "DE");
        fact(g, "Platform Version", "Android 14");
        fact(g, "In-app Language", "de");
        g.writeEndObject();
        g.writeObjectFieldStart("Demographics");
        // Snapchat's model misjudges her age: the profile shows where companies contradict each other.
        g.writeStringField("Cohort Age", "AGE_35_PLUS");
        g.writeStringField("Derived Ad Demographic", "FEMALE");
        tally.demographics += 2;
        g.writeEndObject();
        g.writeArrayFieldStart("Subscriptions");
        g.writeEndArray();
        g.writeArrayFieldStart("Engagement");
        String[][] engagement = {{"Application Opens", "2841"}, {"Story Views", "1208"}, {"Discover Edition Views", "96"},
            {"Snap Sends", "3152"}, {"Snap Views", "4410"}, {"Chats Sent", "1874"}, {"Chats Viewed", "2230"},
            {"Lens Swipes", "412"}};
        for (String[] event : engagement) {
            g.writeStartObject();
            g.writeStringField("Event", event[0]);
            g.writeNumberField("Occurrences", Integer.parseInt(event[1]));
            g.writeEndObject();
            tally.engagementEvents++;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Discover Channels Viewed");
        for (String channel : SnapchatContent.DISCOVER_CHANNELS) {
            g.writeString(channel);
            tally.discoverChannels++;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Breakdown of Time Spent on App");
        for (String part : List.of("Chat: 41.37%", "Camera: 23.06%", "Stories: 14.82%", "Snap Map: 9.45%",
                "Discover: 7.19%", "Spotlight: 4.11%")) {
            g.writeString(part);
            tally.timeSpentParts++;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Ads You Interacted With");
        for (String advertiser : SnapchatContent.ADVERTISERS) {
            g.writeStartObject();
            g.writeStringField("Advertiser Name", advertiser);
            Instant when = random.wakingMomentBetween(LocalDate.of(2023, 8, 1), Persona.EXPORT_DAY);
            g.writeStringField("Date", TIME.format(when));
            g.writeEndObject();
            tally.adsInteracted++;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Interest Categories");
        for (String category : SnapchatContent.INTEREST_CATEGORIES) {
            g.writeString(category);
            tally.interestCategories++;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Content Categories");
        for (String category : SnapchatContent.CONTENT_CATEGORIES) {
            g.writeString(category);
            tally.contentCategories++;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("Geographic Information");
        g.writeEndArray();
        g.writeObjectFieldStart("Interactions");
        g.writeArrayFieldStart("Web Interactions");
        for (String site : SnapchatContent.WEBSITES) {
            g.writeString(site);
            tally.webInteractions++;
        }
        g.writeEndArray();
        g.writeArrayFieldStart("App Interactions");
        g.writeEndArray();
        g.writeEndObject();
        g.writeArrayFieldStart("Off-Platform Sharing");
        g.writeEndArray();
        g.writeStringField("Mobile Ad Id", "6c1f8d2e-5a0b-4f7e-9c3d-2b8a1e4f7d90");
        tally.devices++;
        g.writeEndObject();
    }

    private void fact(JsonGenerator g, String name, String value) throws IOException {
        g.writeStringField(name, value);
        tally.profileFacts++;
    }

    /** Counts what is written, record by record. */
    private static final class Tally {
        int profileFacts;
        int demographics;
        int interestCategories;
        int contentCategories;
        int engagementEvents;
        int timeSpentParts;
        int adsInteracted;
        int discoverChannels;
        int webInteractions;
        int devices;
        int logins;
        int frequentLocations;
        int homeAndWork;
        int positions;
        int positionsAtWork;
        int latestLocations;
        int areasVisited;
        int friends;
        int friendRequests;
        int deletedFriends;
        int conversations;
        int chatMessages;
        int snaps;
        int searches;
        int memories;
        int stories;

        SnapchatFacts toFacts() {
            return new SnapchatFacts(profileFacts, demographics, interestCategories, contentCategories,
                    engagementEvents, timeSpentParts, adsInteracted, discoverChannels, webInteractions, devices,
                    logins, frequentLocations, homeAndWork, positions, positionsAtWork, latestLocations,
                    areasVisited, friends, friendRequests, deletedFriends, conversations, chatMessages, snaps,
                    searches, memories, stories);
        }
    }
}
