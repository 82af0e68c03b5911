package app.footprint.importers.spotify;

import app.footprint.importers.FileParser;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The kinds of file Spotify puts in its exports, known by file name in any folder: which of the two
 * exports they belong to, whether they alone point to Spotify, and which parser reads them.
 */
enum SpotifyFile {
    USERDATA("Userdata\\.json", Export.ACCOUNT_DATA, true, UserdataParser::new),
    IDENTIFIERS("Identifiers\\.json", Export.ACCOUNT_DATA, false, IdentifiersParser::new),
    IDENTITY("Identity\\.json", Export.ACCOUNT_DATA, false, IdentityParser::new),
    PAYMENTS("Payments\\.json", Export.ACCOUNT_DATA, false, PaymentsParser::new),
    INFERENCES("Inferences\\.json", Export.ACCOUNT_DATA, true, InferencesParser::new),
    MARQUEE("Marquee\\.json", Export.ACCOUNT_DATA, true, MarqueeParser::new),
    /** StreamingHistory_music_0.json, StreamingHistory_podcast_0.json (2023+). */
    STREAMING_HISTORY_BY_KIND("StreamingHistory_[A-Za-z]+_\\d+\\.json", Export.ACCOUNT_DATA, true,
            StreamingHistoryParser::new),
    /** StreamingHistory0.json (before 2023): music and podcasts in one list. */
    STREAMING_HISTORY_NUMBERED("StreamingHistory\\d+\\.json", Export.ACCOUNT_DATA, true, StreamingHistoryParser::new),
    SEARCH_QUERIES("SearchQueries\\.json", Export.ACCOUNT_DATA, true, SearchQueriesParser::new),
    LIBRARY("YourLibrary\\.json", Export.ACCOUNT_DATA, true, LibraryParser::new),
    PLAYLISTS("Playlist\\d+\\.json", Export.ACCOUNT_DATA, true, PlaylistsParser::new),
    FOLLOW("Follow\\.json", Export.ACCOUNT_DATA, false, FollowParser::new),
    ACCOUNT_READ_ME("Read_Me_First\\.pdf", Export.ACCOUNT_DATA, true, null),
    /** Streaming_History_Audio_2019-2021_0.json, Streaming_History_Video_2023.json... */
    EXTENDED_HISTORY("Streaming_History_[A-Za-z]+_[^/]*\\.json", Export.EXTENDED_HISTORY, true,
            ExtendedStreamingHistoryParser::new),
    /** The extended history's name before 2023, in MyData/. */
    ENDSONG("endsong_\\d+\\.json", Export.EXTENDED_HISTORY, true, ExtendedStreamingHistoryParser::new),
    EXTENDED_READ_ME("ReadMeFirst_ExtendedStreamingHistory\\.pdf", Export.EXTENDED_HISTORY, true, null);

    /** Spotify's two separate requests, both about the one company. */
    enum Export {
        ACCOUNT_DATA("account data"),
        EXTENDED_HISTORY("extended streaming history");

        final String kind;

        Export(String kind) {
            this.kind = kind;
        }
    }

    private final Pattern name;
    final Export export;
    /** True when the name alone is good evidence of Spotify; "Follow.json" could be anyone's. */
    final boolean distinctive;
    private final Supplier<FileParser> parser;

    SpotifyFile(String name, Export export, boolean distinctive, Supplier<FileParser> parser) {
        this.name = Pattern.compile(name, Pattern.CASE_INSENSITIVE);
        this.export = export;
        this.distinctive = distinctive;
        this.parser = parser;
    }

    /** The kind of file at this path, judged by its name in whatever folder it sits. */
    static Optional<SpotifyFile> of(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        for (SpotifyFile f : values()) {
            if (f.name.matcher(fileName).matches()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The parser for this kind of file; empty for files that only help recognise the export. */
    Optional<FileParser> parser() {
        return parser == null ? Optional.empty() : Optional.of(parser.get());
    }
}
