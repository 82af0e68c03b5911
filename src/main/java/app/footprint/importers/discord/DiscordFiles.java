package app.footprint.importers.discord;

import app.footprint.importers.FileParser;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Which parser reads which file of a Discord data package. Folder names are matched without regard to case
 * (packages before 2024 write {@code account/}, later ones {@code Account/}), channel folders with or without
 * their "c" prefix ({@code messages/c123…/} since about 2020, {@code messages/123…/} before), and every
 * pattern is anchored at a "/" or the start, so a wrapper folder makes no difference.
 *
 * <p>Known and deliberately not read: {@code channel.json} (its id, type and server repeat what
 * {@code messages/index.json} names; recipients are bare ids), {@code servers/<id>/guild.json} (id and name,
 * as in {@code servers/index.json}), {@code README.txt}, the avatar, and the {@code programs/} and
 * {@code activities/} folders, whose contents are undocumented. The runner lists them as not recognised.
 */
final class DiscordFiles {
    private record Route(Pattern pattern, Supplier<FileParser> parser) {
    }

    private static final String START = "(?:^|/)";
    static final String CHANNEL_FOLDER = "messages/c?\\d+/";

    private static final List<Route> ROUTES = List.of(
            route("account/user\\.json", AccountParser::new),
            route("activity/[^/]+/events-[^/]*\\.json", ActivityEventsParser::new),
            route("messages/index\\.json", ChannelIndexParser::new),
            route(CHANNEL_FOLDER + "messages\\.csv", MessagesCsvParser::new),
            route(CHANNEL_FOLDER + "messages\\.json", MessagesJsonParser::new),
            route("servers/index\\.json", ServerIndexParser::new),
            route("servers/\\d+/audit-log\\.json", AuditLogParser::new));

    private DiscordFiles() {
    }

    private static Route route(String pathEnd, Supplier<FileParser> parser) {
        return new Route(Pattern.compile(START + pathEnd + "$", Pattern.CASE_INSENSITIVE), parser);
    }

    static Optional<FileParser> parserFor(String path) {
        for (Route route : ROUTES) {
            if (route.pattern().matcher(path).find()) {
                return Optional.of(route.parser().get());
            }
        }
        return Optional.empty();
    }

    /** The channel id of a file in a channel folder: "123" for ".../messages/c123/messages.json". */
    static String channelId(String path) {
        String[] segments = path.split("/");
        if (segments.length < 2) {
            return null;
        }
        String folder = segments[segments.length - 2];
        return folder.startsWith("c") || folder.startsWith("C") ? folder.substring(1) : folder;
    }

    /** The server id of a file in a server folder: "456" for ".../servers/456/audit-log.json". */
    static String serverId(String path) {
        String[] segments = path.split("/");
        return segments.length < 2 ? null : segments[segments.length - 2];
    }
}
