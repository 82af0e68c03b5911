package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code Activity/analytics/events-2024-00000-of-00001.json}: what Discord logged of Jana's use, one
 * compact JSON object per line in time order, each with her device, where she was (from the IP address) and a
 * timestamp quoted twice. One "send_message" per message she wrote, app starts, notifications, reactions,
 * edits, voice chats with the running club, the days she joined each server; and, without an event type,
 * what Discord's models predicted about her gender and age, more confidently as her servers turned to
 * babies.
 */
final class DiscordActivityWriter {
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final DateTimeFormatter EVENT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_PT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String HEX = "0123456789abcdef";

    static final int APP_OPENS = 900;
    static final int NOTIFICATION_CLICKS = 250;
    static final int REACTIONS = 300;
    static final int EDITS = 60;
    static final int VOICE_CHATS = 40;
    static final int SLASH_COMMANDS = 10;

    /** Where her phone was abroad; at home it is Leipzig, now and then Chemnitz. */
    private record Place(LocalDate from, LocalDate to, String city, String country, String region, String zone,
                         String isp) {
    }

    private static final List<Place> TRIPS = List.of(
            new Place(LocalDate.of(2021, 9, 10), LocalDate.of(2021, 9, 13), "Zurich", "CH", "ZH", "Europe/Zurich",
                    "Swisscom (Schweiz) AG"),
            new Place(LocalDate.of(2022, 8, 6), LocalDate.of(2022, 8, 11), "Copenhagen", "DK", "84",
                    "Europe/Copenhagen", "TDC Net A/S"),
            new Place(LocalDate.of(2022, 8, 11), LocalDate.of(2022, 8, 14), "Malmo", "SE", "M", "Europe/Stockholm",
                    "Telia Company AB"));
    /** The phone she switched to when the old one gave up, as in her Facebook logins. */
    private static final LocalDate NEW_PHONE = LocalDate.of(2023, 9, 1);

    /** A predicted gender or age: the day Discord's model ran, its answer and how sure it was. */
    private record Prediction(LocalDate day, LocalDate modelVersion, double probability) {
    }

    private static final List<Prediction> GENDER = List.of(
            new Prediction(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 8), 0.8137),
            new Prediction(LocalDate.of(2023, 9, 20), LocalDate.of(2023, 9, 12), 0.8864),
            new Prediction(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 2), 0.9412));
    private static final List<Prediction> AGE = List.of(
            new Prediction(LocalDate.of(2023, 3, 8), LocalDate.of(2023, 3, 1), 0.5803),
            new Prediction(LocalDate.of(2023, 9, 13), LocalDate.of(2023, 9, 5), 0.6431),
            new Prediction(LocalDate.of(2024, 1, 3), LocalDate.of(2023, 12, 27), 0.7126));

    /** Writes the fields one kind of event adds. */
    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private record Line(Instant at, byte[] json) {
    }

    private final String userId;
    private final List<DiscordPackageWriter.Conversation> conversations;
    private final Map<DiscordContent.Server, String> serverIds;
    private final DiscordTally tally;
    private final DemoRandom random = DemoRandom.forPart("discord/events");
    private final List<Line> lines = new ArrayList<>();
    private final String voiceChannel;

    DiscordActivityWriter(String userId, List<DiscordPackageWriter.Conversation> conversations,
                          Map<DiscordContent.Server, String> serverIds, DiscordTally tally) {
        this.userId = userId;
        this.conversations = conversations;
        this.serverIds = serverIds;
        this.tally = tally;
        this.voiceChannel = snowflake(Persona.at(DiscordContent.RUNNING_CLUB.joined(), 20, 30));
    }

    /** The whole file, every line ending with a newline. */
    byte[] events() throws IOException {
        sentMessages();
        for (int i = 0; i < APP_OPENS; i++) {
            event(moment(), "app_opened", g -> g.writeBooleanField("opened_from_notification", false));
        }
        for (int i = 0; i < NOTIFICATION_CLICKS; i++) {
            event(moment(), "notification_clicked", g -> g.writeStringField("notif_type", "MESSAGE_CREATE"));
        }
        reactionsAndEdits();
        voiceChats();
        joins();
        for (int i = 0; i < SLASH_COMMANDS; i++) {
            Instant at = random.wakingMomentBetween(LocalDate.of(2022, 5, 1), Persona.LAST_ACTIVE_DAY);
            event(at, "slash_command_used", g -> {
                g.writeStringField("guild_id", serverIds.get(DiscordContent.RUNNING_CLUB));
                g.writeStringField("command_name", "lauftreff");
            });
        }
        predictions();
        lines.sort(Comparator.comparing(Line::at));
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        for (Line line : lines) {
            out.write(line.json());
            out.write('\n');
        }
        return out.toByteArray();
    }

    private Instant moment() {
        return random.wakingMomentBetween(DiscordContent.JOINED, Persona.LAST_ACTIVE_DAY)
                .plusMillis(random.between(0, 999));
    }

    /** One "send_message" a moment after each message she wrote. */
    private void sentMessages() throws IOException {
        for (DiscordPackageWriter.Conversation c : conversations) {
            for (DiscordPackageWriter.Message m : c.messages) {
                event(m.at().plusMillis(random.between(20, 400)), "send_message", g -> {
                    where(g, c);
                    g.writeStringField("message_id", m.id());
                    g.writeNumberField("channel_type", c.type);
                    g.writeNumberField("length", m.text().length());
                });
                tally.sentMessageEvents++;
            }
        }
    }

    private void reactionsAndEdits() throws IOException {
        List<DiscordPackageWriter.Conversation> withMessages = conversations.stream()
                .filter(c -> !c.messages.isEmpty()).toList();
        for (int i = 0; i < REACTIONS + EDITS; i++) {
            DiscordPackageWriter.Conversation c = random.pick(withMessages);
            DiscordPackageWriter.Message m = random.pick(c.messages);
            Instant at = m.at().plusSeconds(random.between(20, 1800)).plusMillis(random.between(0, 999));
            if (i < REACTIONS) {
                // Reactions go to what others wrote around her message: their ids are not in the package.
                String reactedTo = snowflake(m.at().minusSeconds(random.between(5, 600)));
                String emoji = random.pick(DiscordContent.REACTIONS);
                event(at, "add_reaction", g -> {
                    where(g, c);
                    g.writeStringField("message_id", reactedTo);
                    g.writeStringField("emoji_name", emoji);
                });
            } else {
                event(at, "message_edited", g -> {
                    where(g, c);
                    g.writeStringField("message_id", m.id());
                });
            }
        }
    }

    /** Evening talks in the running club's voice channel, each a join and a disconnect with its length. */
    private void voiceChats() throws IOException {
        String club = serverIds.get(DiscordContent.RUNNING_CLUB);
        for (int i = 0; i < VOICE_CHATS; i++) {
            Instant joined = random.wakingMomentBetween(DiscordContent.RUNNING_CLUB.joined(), Persona.LAST_ACTIVE_DAY);
            long millis = random.between(4, 75) * 60_000L + random.between(0, 59_999);
            event(joined, "join_voice_channel", g -> {
                g.writeStringField("guild_id", club);
                g.writeStringField("channel_id", voiceChannel);
            });
            event(joined.plusMillis(millis), "voice_disconnect", g -> {
                g.writeStringField("guild_id", club);
                g.writeStringField("channel_id", voiceChannel);
                g.writeNumberField("duration", millis);
            });
        }
    }

    /** The invite she accepted and the join, for each server. */
    private void joins() throws IOException {
        for (Map.Entry<DiscordContent.Server, String> server : serverIds.entrySet()) {
            Instant at = Persona.at(server.getKey().joined(), 19, random.between(0, 50));
            String invite = random.base62(8);
            event(at, "accepted_instant_invite", g -> {
                g.writeStringField("guild", server.getValue());
                g.writeStringField("invite_code", invite);
            });
            event(at.plusSeconds(2), "guild_joined", g -> {
                g.writeStringField("guild_id", server.getValue());
                g.writeStringField("join_type", "invite");
                g.writeStringField("invite_code", invite);
            });
        }
    }

    /** The model outputs: no event type, no event id, the person's id, probabilities per answer. */
    private void predictions() throws IOException {
        for (Prediction p : GENDER) {
            double nonBinary = 0.0091 + (1 - p.probability()) * 0.1;
            double male = 1 - p.probability() - nonBinary;
            line(p.day(), DiscordJson.compact(g -> {
                g.writeStartObject();
                g.writeStringField("user_id", userId);
                g.writeStringField("predicted_gender", "female");
                g.writeNumberField("probability", p.probability());
                g.writeNumberField("prob_male", round(male));
                g.writeNumberField("prob_female", p.probability());
                g.writeNumberField("prob_non_binary_gender_expansive", round(nonBinary));
                g.writeStringField("model_version", modelVersion(p));
                g.writeStringField("day_pt", DAY_PT.format(p.day().atStartOfDay(ZoneOffset.UTC)));
                g.writeEndObject();
            }));
            tally.genderPredictions++;
        }
        for (Prediction p : AGE) {
            double rest = 1 - p.probability();
            line(p.day(), DiscordJson.compact(g -> {
                g.writeStartObject();
                g.writeStringField("user_id", userId);
                g.writeStringField("predicted_age", "25-34");
                g.writeNumberField("probability", p.probability());
                g.writeNumberField("prob_13_17", round(rest * 0.02));
                g.writeNumberField("prob_18_24", round(rest * 0.18));
                g.writeNumberField("prob_25_34", p.probability());
                g.writeNumberField("prob_35_over", round(rest * 0.80));
                g.writeStringField("model_version", modelVersion(p));
                g.writeStringField("day_pt", DAY_PT.format(p.day().atStartOfDay(ZoneOffset.UTC)));
                g.writeEndObject();
            }));
            tally.agePredictions++;
        }
    }

    private static String modelVersion(Prediction p) {
        return p.modelVersion() + "T00:00:00.000000Z";
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private void line(LocalDate day, byte[] json) {
        lines.add(new Line(day.atStartOfDay(ZoneOffset.UTC).toInstant(), json));
    }

    private static void where(JsonGenerator g, DiscordPackageWriter.Conversation c) throws IOException {
        if (c.server != null) {
            // the server's id is in the conversation's channel.json; events repeat it
            g.writeStringField("guild_id", c.serverId);
        }
        g.writeStringField("channel_id", c.id);
    }

    /** One event: who, on what, where, then the kind's own fields, then the client's time and Discord's. */
    private void event(Instant at, String type, Fields fields) throws IOException {
        LocalDate day = LocalDate.ofInstant(at, Persona.ZONE);
        Place trip = TRIPS.stream().filter(t -> !day.isBefore(t.from()) && day.isBefore(t.to()))
                .findFirst().orElse(null);
        boolean desktop = random.chance(0.25) && trip == null; // the computer stays at home
        boolean chemnitz = !desktop && trip == null && random.chance(0.08);
        boolean newPhone = !day.isBefore(NEW_PHONE);
        String eventId = uuid();
        String ip = desktop ? "198.51.100.23" : trip != null ? "192.0.2." + random.between(2, 254)
                : "203.0.113." + random.between(2, 254);
        long trackLag = random.between(0, 2500);
        byte[] json = DiscordJson.compact(g -> {
            g.writeStartObject();
            g.writeStringField("event_type", type);
            g.writeStringField("event_id", eventId);
            g.writeStringField("user_id", userId);
            g.writeStringField("domain", "discord.com");
            g.writeStringField("ip", ip);
            g.writeStringField("chosen_locale", "de");
            g.writeStringField("detected_locale", "de-DE");
            g.writeStringField("browser", desktop ? "Discord Client" : "Discord Android");
            if (!desktop) {
                g.writeStringField("device", newPhone ? "Pixel 7a" : "SM-A525F");
            }
            g.writeStringField("os", desktop ? "Windows" : "Android");
            g.writeStringField("os_version", desktop ? "10.0.19045" : newPhone ? "14" : "12");
            g.writeStringField("release_channel", "stable");
            g.writeNumberField("client_build_number", 200_000 + (int) ((at.getEpochSecond() - 1_600_000_000L) / 3600));
            if (trip != null) {
                g.writeStringField("city", trip.city());
                g.writeStringField("country_code", trip.country());
                g.writeStringField("region_code", trip.region());
                g.writeStringField("time_zone", trip.zone());
                g.writeStringField("isp", trip.isp());
            } else {
                g.writeStringField("city", chemnitz ? Persona.HOMETOWN : Persona.CITY);
                g.writeStringField("country_code", "DE");
                g.writeStringField("region_code", "SN");
                g.writeStringField("time_zone", "Europe/Berlin");
                g.writeStringField("isp", desktop ? "Deutsche Telekom AG" : "Vodafone GmbH");
            }
            fields.write(g);
            g.writeStringField("client_track_timestamp", "\"" + EVENT_TIME.format(at.minusMillis(trackLag)) + "\"");
            g.writeStringField("timestamp", "\"" + EVENT_TIME.format(at) + "\"");
            g.writeEndObject();
        });
        lines.add(new Line(at, json));
        tally.events++;
    }

    private String uuid() {
        StringBuilder id = new StringBuilder(36);
        for (int i = 0; i < 32; i++) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                id.append('-');
            }
            id.append(HEX.charAt(random.between(0, 15)));
        }
        return id.toString();
    }

    private String snowflake(Instant at) {
        return Long.toString(((at.toEpochMilli() - DISCORD_EPOCH_MILLIS) << 22) | random.between(0, (1 << 22) - 1));
    }
}
