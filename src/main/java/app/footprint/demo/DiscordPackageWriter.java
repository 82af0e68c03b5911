package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes Jana's Discord data package ({@code package.zip}) in the layout Discord uses since 2024: capitalised
 * folders, one {@code messages.json} per channel, the README at the top. Discord's exporter is Python: its
 * files are single lines with {@code ", "} and {@code ": "}, the account and index files escape every
 * non-ASCII character, the messages do not, and the activity events are one compact object per line with
 * the time quoted twice.
 */
final class DiscordPackageWriter {
    static final String FILE_NAME = "package.zip";
    static final String EVENTS_FILE = "Activity/analytics/events-2024-00000-of-00001.json";

    /** 2015-01-01T00:00:00Z, where Discord's ids start counting milliseconds. */
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final DateTimeFormatter MESSAGE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** Python's {@code datetime.isoformat()} of an aware UTC time. */
    static final DateTimeFormatter PYTHON_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** A 1×1 PNG: the avatar, which Footprint does not read. */
    private static final byte[] AVATAR = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /** Discord's channel types in channel.json. */
    private static final int SERVER_TEXT = 0;
    private static final int DIRECT_MESSAGE = 1;
    private static final int GROUP = 3;

    /** A message she wrote. */
    record Message(String id, Instant at, String text, String attachment) {
    }

    /** A channel folder: how the index names it, what channel.json says, and her messages in it. */
    static final class Conversation {
        final String id;
        final String indexName;
        final int type;
        final String name;
        final DiscordContent.Server server;
        final String serverId;
        final List<String> recipients;
        final List<Message> messages = new ArrayList<>();

        Conversation(String id, String indexName, int type, String name, DiscordContent.Server server,
                     String serverId, List<String> recipients) {
            this.id = id;
            this.indexName = indexName;
            this.type = type;
            this.name = name;
            this.server = server;
            this.serverId = serverId;
            this.recipients = recipients;
        }
    }

    private final DemoZip zip;
    private final DiscordTally tally = new DiscordTally();
    private final DemoRandom idRandom = DemoRandom.forPart("discord/ids");
    private final Set<String> usedIds = new HashSet<>();
    private final String userId;
    private final Map<String, String> userIds = new LinkedHashMap<>();
    private final Map<DiscordContent.Server, String> serverIds = new LinkedHashMap<>();
    private final Map<DiscordContent.Server, Instant> serverFounded = new LinkedHashMap<>();
    private final List<Conversation> conversations = new ArrayList<>();

    private DiscordPackageWriter(DemoZip zip) {
        this.zip = zip;
        // Made early on the day, before anything she did on Discord.
        this.userId = snowflake(Persona.at(DiscordContent.JOINED, 6, 32));
        for (DiscordContent.Person person : DiscordContent.PEOPLE) {
            LocalDate madeOn = LocalDate.of(2016, 1, 1).plusDays(idRandom.between(0, 2000));
            LocalDate day = madeOn.isAfter(person.since()) ? person.since() : madeOn;
            Instant made = Persona.at(day, idRandom.between(7, 22), idRandom.between(0, 59));
            userIds.put(person.username(), snowflake(made));
        }
        for (DiscordContent.Server server : DiscordContent.SERVERS) {
            Instant founded = Persona.at(server.joined().minusDays(idRandom.between(30, 900)), 20, 0);
            serverFounded.put(server, founded);
            serverIds.put(server, snowflake(founded));
        }
    }

    static DiscordFacts write(OutputStream out) throws IOException {
        DiscordPackageWriter writer;
        try (DemoZip zip = new DemoZip(out)) {
            writer = new DiscordPackageWriter(zip);
            writer.writeAll();
        }
        return writer.tally.toFacts();
    }

    private void writeAll() throws IOException {
        planConversations();
        zip.bytes("README.txt", DiscordContent.README.getBytes(StandardCharsets.UTF_8));
        writeAccount();
        zip.bytes("Account/avatar.png", AVATAR);
        zip.bytes(EVENTS_FILE, new DiscordActivityWriter(userId, conversations, serverIds, tally).events());
        writeMessages();
        writeServers();
    }

    /** A Discord id made at {@code at}: milliseconds since 2015 in the upper bits, anything below. */
    private String snowflake(Instant at) {
        while (true) {
            long id = ((at.toEpochMilli() - DISCORD_EPOCH_MILLIS) << 22) | idRandom.between(0, (1 << 22) - 1);
            String text = Long.toString(id);
            if (usedIds.add(text)) {
                return text;
            }
        }
    }

    private void planConversations() {
        String tom = userIds.get(DiscordContent.TOM.username());
        String lena = userIds.get(DiscordContent.LENA.username());
        conversation(DiscordContent.TOM_DMS, "Direct Message with " + DiscordContent.TOM.username(), DIRECT_MESSAGE,
                null, null, List.of(userId, tom), "tom");
        conversation(DiscordContent.LENA_DMS, "Direct Message with " + DiscordContent.LENA.username(),
                DIRECT_MESSAGE, null, null, List.of(lena, userId), "lena");
        List<String> group = new ArrayList<>(List.of(userId));
        DiscordContent.SUNDAY_GROUP.forEach(name -> group.add(userIds.get(name)));
        conversation(DiscordContent.SUNDAY_RUNS, DiscordContent.SUNDAY_RUNS.name(), GROUP,
                DiscordContent.SUNDAY_RUNS.name(), null, group, "sunday");
        for (DiscordContent.Server server : DiscordContent.SERVERS) {
            for (DiscordContent.Channel channel : server.channels()) {
                conversation(channel, channel.name() + " in " + server.name(), SERVER_TEXT, channel.name(), server,
                        null, server.name() + "/" + channel.name());
            }
        }
        // Two channels of a server she left: still in the index, without a name, their folder without a server.
        conversation(DiscordContent.LEFT_SERVER, null, SERVER_TEXT, null, null, null, "left/1");
        conversation(DiscordContent.LEFT_SERVER, null, SERVER_TEXT, null, null, null, "left/2");
    }

    private void conversation(DiscordContent.Channel channel, String indexName, int type, String name,
                              DiscordContent.Server server, List<String> recipients, String part) {
        DemoRandom random = DemoRandom.forPart("discord/messages/" + part);
        // A server's first channels are as old as the server; later ones appear the day before she writes there.
        Instant created = server == null ? Persona.at(channel.from(), 7, random.between(0, 59))
                : channel.from().isAfter(server.joined()) ? Persona.at(channel.from().minusDays(1), 21, 5)
                : serverFounded.get(server).plusSeconds(random.between(1, 600));
        Conversation c = new Conversation(snowflake(created), indexName, type, name, server,
                server == null ? null : serverIds.get(server), recipients);
        LocalDate to = channel.to() != null ? channel.to() : Persona.LAST_ACTIVE_DAY;
        DemoRandom.Deck<String> usual = random.deck(channel.lines());
        DemoRandom.Deck<String> expecting = random.deck(channel.expectingLines());
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < channel.messages(); i++) {
            moments.add(random.wakingMomentBetween(channel.from(), to).plusMillis(random.between(0, 999)));
        }
        moments.sort(Comparator.naturalOrder());
        for (Instant at : moments) {
            String text = Persona.expecting(at) && random.chance(0.6) ? expecting.draw() : usual.draw();
            String id = snowflake(at);
            String attachment = random.chance(0.05) ? "https://cdn.discordapp.com/attachments/" + c.id + "/"
                    + snowflake(at) + "/IMG_" + LocalDate.ofInstant(at, Persona.ZONE).toString().replace("-", "")
                    + ".jpg" : "";
            c.messages.add(new Message(id, at, text, attachment));
        }
        conversations.add(c);
    }

    private void writeAccount() throws IOException {
        String spotifyUser = "31k7qzm4vxe2ahyw3npbdrtg5lcu";
        List<Instant> paid = new ArrayList<>();
        for (int month = 0; month < 7; month++) {
            paid.add(Persona.at(LocalDate.of(2022, 11, 20).plusMonths(month), 10, 12).plusMillis(123_456 + month));
        }
        byte[] user = DiscordJson.line(true, g -> {
            g.writeStartObject();
            fact(g, "id", userId);
            fact(g, "username", "jana.koehler");
            g.writeStringField("discriminator", "0"); // new-style user name: no tag number, nothing to show
            fact(g, "global_name", Persona.FIRST_NAME);
            fact(g, "email", Persona.EMAIL);
            fact(g, "verified", true);
            fact(g, "avatar_hash", "5f1c9a0e4b7d2c83a6e1f0b9d4c2a7e1");
            fact(g, "has_mobile", true);
            fact(g, "needs_email_verification", false);
            fact(g, "premium_until", PYTHON_TIME.format(paid.get(paid.size() - 1)));
            fact(g, "flags", 0);
            g.writeNullField("phone");
            g.writeNullField("temp_banned_until");
            g.writeStringField("ip", "198.51.100.23");
            tally.lastIpAddresses++;
            g.writeObjectFieldStart("settings");
            g.writeStringField("locale", "de");
            tally.profileFacts++;
            g.writeStringField("theme", "dark");
            g.writeBooleanField("show_current_game", true);
            g.writeBooleanField("developer_mode", false);
            g.writeEndObject();
            g.writeArrayFieldStart("connections");
            connection(g, "spotify", spotifyUser, Persona.FIRST_NAME, 1);
            connection(g, "paypal", "I-7XK2MP9R4D", Persona.EMAIL, 0);
            g.writeEndArray();
            g.writeArrayFieldStart("external_friends_lists");
            g.writeEndArray();
            g.writeArrayFieldStart("friend_suggestions");
            g.writeEndArray();
            g.writeArrayFieldStart("mfa_sessions");
            g.writeEndArray();
            g.writeArrayFieldStart("relationships");
            for (DiscordContent.Person person : DiscordContent.PEOPLE) {
                relationship(g, person);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("payments");
            for (int i = 0; i < paid.size(); i++) {
                payment(g, paid.get(i), i < paid.size() - 1);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("entitlements");
            g.writeEndArray();
            g.writeArrayFieldStart("guild_settings");
            for (String server : serverIds.values()) {
                g.writeStartObject();
                g.writeStringField("guild_id", server);
                g.writeBooleanField("muted", false);
                g.writeNumberField("message_notifications", 1);
                g.writeBooleanField("suppress_everyone", true);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("notes");
            g.writeStringField(userIds.get(DiscordContent.TOM.username()), "❤️");
            g.writeStringField(userIds.get(DiscordContent.PAULA.username()), "Hebamme – Empfehlung von Zoë");
            tally.notes += 2;
            g.writeEndObject();
            g.writeArrayFieldStart("user_activity_application_statistics");
            g.writeEndArray();
            g.writeEndObject();
        });
        zip.bytes("Account/user.json", user);
    }

    /** A plain account field, counted as one profile fact. */
    private void fact(JsonGenerator g, String name, Object value) throws IOException {
        if (value instanceof Boolean b) {
            g.writeBooleanField(name, b);
        } else if (value instanceof Integer n) {
            g.writeNumberField(name, n);
        } else {
            g.writeStringField(name, (String) value);
        }
        tally.profileFacts++;
    }

    private void connection(JsonGenerator g, String type, String id, String name, int visibility) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeStringField("id", id);
        g.writeStringField("name", name);
        g.writeBooleanField("revoked", false);
        g.writeNumberField("visibility", visibility);
        g.writeBooleanField("friend_sync", false);
        g.writeBooleanField("show_activity", type.equals("spotify"));
        g.writeBooleanField("verified", true);
        g.writeBooleanField("two_way_link", false);
        g.writeNumberField("metadata_visibility", 0);
        g.writeEndObject();
        tally.connections++;
    }

    private void relationship(JsonGenerator g, DiscordContent.Person person) throws IOException {
        String id = userIds.get(person.username());
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeNumberField("type", person.type());
        if (person == DiscordContent.TOM) {
            g.writeStringField("nickname", "Tom 🏠");
        } else {
            g.writeNullField("nickname");
        }
        g.writeObjectFieldStart("user");
        g.writeStringField("id", id);
        g.writeStringField("username", person.username());
        if (person.globalName() != null) {
            g.writeStringField("global_name", person.globalName());
        } else {
            g.writeNullField("global_name");
        }
        g.writeNullField("avatar");
        g.writeStringField("discriminator", person.discriminator());
        g.writeNumberField("public_flags", 0);
        g.writeEndObject();
        g.writeStringField("since", PYTHON_TIME.format(Persona.at(person.since(), 20, 15)));
        g.writeEndObject();
        tally.relationships++;
        tally.friends += person.type() == DiscordContent.FRIEND ? 1 : 0;
        tally.blockedUsers += person.type() == DiscordContent.BLOCKED ? 1 : 0;
    }

    /** A month of Nitro Basic; the last charge failed (the card had expired) and the subscription ended. */
    private void payment(JsonGenerator g, Instant at, boolean completed) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", snowflake(at));
        g.writeStringField("created_at", PYTHON_TIME.format(at));
        g.writeStringField("currency", "eur");
        g.writeNumberField("tax", 48);
        g.writeBooleanField("tax_inclusive", true);
        g.writeNumberField("amount", 299);
        g.writeNumberField("amount_refunded", 0);
        g.writeNumberField("status", completed ? 1 : 2);
        g.writeStringField("description", "Nitro Basic Monthly");
        g.writeNumberField("flags", 0);
        g.writeObjectFieldStart("payment_source");
        g.writeNumberField("type", 1);
        g.writeStringField("brand", "mastercard");
        g.writeStringField("last_4", "4711");
        g.writeNumberField("expires_month", 4);
        g.writeNumberField("expires_year", 2023);
        g.writeObjectFieldStart("billing_address");
        g.writeStringField("name", Persona.FULL_NAME);
        g.writeStringField("city", Persona.CITY);
        g.writeStringField("state", Persona.REGION);
        g.writeStringField("country", "DE");
        g.writeStringField("postal_code", Persona.POSTCODE);
        g.writeEndObject();
        g.writeStringField("country", "DE");
        g.writeEndObject();
        g.writeStringField("sku_id", "978380684370378762");
        g.writeNumberField("sku_price", 299);
        g.writeEndObject();
        tally.payments++;
    }

    private void writeMessages() throws IOException {
        zip.bytes("Messages/index.json", DiscordJson.line(true, g -> {
            g.writeStartObject();
            for (Conversation c : conversations) {
                if (c.indexName == null) {
                    g.writeNullField(c.id);
                } else {
                    g.writeStringField(c.id, c.indexName);
                }
                tally.channels++;
            }
            g.writeEndObject();
        }));
        for (Conversation c : conversations) {
            String folder = "Messages/c" + c.id + "/";
            zip.bytes(folder + "channel.json", DiscordJson.line(true, g -> channel(g, c)));
            zip.bytes(folder + "messages.json", messages(c));
            tally.channelFolders++;
        }
    }

    private void channel(JsonGenerator g, Conversation c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id);
        g.writeNumberField("type", c.type);
        if (c.name != null) {
            g.writeStringField("name", c.name);
        }
        if (c.server != null) {
            g.writeObjectFieldStart("guild");
            g.writeStringField("id", c.serverId);
            g.writeStringField("name", c.server.name());
            g.writeEndObject();
        }
        if (c.recipients != null) {
            g.writeArrayFieldStart("recipients");
            for (String recipient : c.recipients) {
                g.writeString(recipient);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The list newest first, one message per line, as Discord writes it. */
    private byte[] messages(Conversation c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('[');
        for (int i = c.messages.size() - 1; i >= 0; i--) {
            Message m = c.messages.get(i);
            out.write('\n');
            out.write(DiscordJson.line(false, g -> {
                g.writeStartObject();
                g.writeNumberField("ID", Long.parseLong(m.id()));
                g.writeStringField("Timestamp", MESSAGE_TIME.format(m.at()));
                g.writeStringField("Contents", m.text());
                g.writeStringField("Attachments", m.attachment());
                g.writeEndObject();
            }));
            if (i > 0) {
                out.write(',');
            }
            tally.messages++;
            tally.parentsMessages += c.server == DiscordContent.PARENTS_SERVER ? 1 : 0;
        }
        out.write('\n');
        out.write(']');
        return out.toByteArray();
    }

    private void writeServers() throws IOException {
        zip.bytes("Servers/index.json", DiscordJson.line(true, g -> {
            g.writeStartObject();
            for (Map.Entry<DiscordContent.Server, String> server : serverIds.entrySet()) {
                g.writeStringField(server.getValue(), server.getKey().name());
                tally.servers++;
            }
            g.writeEndObject();
        }));
        for (Map.Entry<DiscordContent.Server, String> server : serverIds.entrySet()) {
            String folder = "Servers/" + server.getValue() + "/";
            zip.bytes(folder + "guild.json", DiscordJson.line(true, g -> {
                g.writeStartObject();
                g.writeStringField("id", server.getValue());
                g.writeStringField("name", server.getKey().name());
                g.writeEndObject();
            }));
            if (server.getKey() == DiscordContent.RUNNING_CLUB) {
                zip.bytes(folder + "audit-log.json", DiscordJson.line(true, this::auditLog));
            }
        }
    }

    private String channelNamed(String name) {
        return conversations.stream().filter(c -> name.equals(c.name)).findFirst().orElseThrow().id;
    }

    /** What she did as a moderator of the running club: roles, channels, a pinned message, an invite. */
    private void auditLog(JsonGenerator g) throws IOException {
        record Action(LocalDate day, int type, String target, String reason) {
        }
        String stadtlauf = channelNamed("stadtlauf-2023");
        String lauftreffs = channelNamed("lauftreffs");
        List<Action> actions = List.of(
                new Action(LocalDate.of(2022, 1, 15), 25, userIds.get("mareike.laeuft"), "Orga-Team"),
                new Action(LocalDate.of(2022, 6, 11), 74, lauftreffs, null),
                new Action(LocalDate.of(2022, 9, 30), 40, null, "Einladung für den Lauftreff im Park"),
                new Action(LocalDate.of(2023, 1, 8), 25, userIds.get("ines_10k"), "Orga-Team"),
                new Action(LocalDate.of(2023, 2, 28), 10, stadtlauf, "Kanal für den Stadtlauf"),
                new Action(LocalDate.of(2023, 3, 2), 11, stadtlauf, null),
                new Action(LocalDate.of(2023, 6, 30), 11, stadtlauf, "Stadtlauf vorbei, Kanal archiviert"),
                new Action(LocalDate.of(2023, 11, 12), 25, userIds.get("heiko.trail"),
                        "Heiko übernimmt die Orga, ich bin bald in Elternzeit"));
        DemoRandom random = DemoRandom.forPart("discord/audit-log");
        g.writeStartArray();
        for (Action action : actions) {
            g.writeStartObject();
            g.writeStringField("id", snowflake(random.wakingMomentBetween(action.day(), action.day().plusDays(1))));
            g.writeStringField("user_id", userId);
            if (action.target() != null) {
                g.writeStringField("target_id", action.target());
            } else {
                g.writeNullField("target_id");
            }
            g.writeNumberField("action_type", action.type());
            g.writeArrayFieldStart("changes");
            g.writeEndArray();
            if (action.reason() != null) {
                g.writeStringField("reason", action.reason());
            }
            g.writeEndObject();
            tally.auditLogEntries++;
        }
        g.writeEndArray();
    }
}
