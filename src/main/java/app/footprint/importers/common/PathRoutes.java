package app.footprint.importers.common;

import app.footprint.importers.FileParser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Which parser reads which file of a JSON export (Meta's). Files are matched by the end of their path (the
 * name and, where a name alone is ambiguous, parent folders), anchored at a "/" or the start, so a wrapper
 * folder makes no difference. The HTML twin of a file that would be read (the person chose the HTML
 * format) gets a parser that says so.
 */
public final class PathRoutes {
    /** An apostrophe as Meta writes it in file names, straight or typographic. */
    public static final String APOSTROPHE = "['\u2019]";

    /** One pattern of path endings and the parser for the files it matches. */
    public record Route(Pattern pattern, Supplier<FileParser> parser) {
        boolean matches(String path) {
            return pattern.matcher(path).find();
        }
    }

    private final List<Route> routes;
    private final Supplier<FileParser> htmlTwin;

    /**
     * @param htmlTwin the parser for the HTML twin of a file the routes read (it explains that only JSON
     *                 exports can be read)
     */
    public PathRoutes(List<Route> routes, Supplier<FileParser> htmlTwin) {
        this.routes = List.copyOf(routes);
        this.htmlTwin = htmlTwin;
    }

    /** A route for files whose path ends with {@code pathEnd} (a regular expression, case ignored). */
    public static Route route(String pathEnd, Supplier<FileParser> parser) {
        return new Route(Pattern.compile("(?:^|/)" + pathEnd + "$", Pattern.CASE_INSENSITIVE), parser);
    }

    /** The parser for a file, the HTML-export parser for the HTML twin of a file we read, else empty. */
    public Optional<FileParser> parserFor(String path) {
        Optional<FileParser> json = jsonParserFor(path);
        if (json.isPresent()) {
            return json;
        }
        if (path.toLowerCase(Locale.ROOT).endsWith(".html")
                && jsonParserFor(path.substring(0, path.length() - ".html".length()) + ".json").isPresent()) {
            return Optional.of(htmlTwin.get());
        }
        return Optional.empty();
    }

    private Optional<FileParser> jsonParserFor(String path) {
        for (Route route : routes) {
            if (route.matches(path)) {
                return Optional.of(route.parser().get());
            }
        }
        return Optional.empty();
    }

    /**
     * The one folder every path sits in ("facebook-jana-2024-03-01" when a person zipped the unpacked
     * folder), or null when a file lies at the root or the paths begin with different folders.
     */
    public static String onlyTopFolder(Set<String> paths) {
        String top = null;
        for (String path : paths) {
            int slash = path.indexOf('/');
            if (slash < 0) {
                return null;
            }
            String first = path.substring(0, slash);
            if (top == null) {
                top = first;
            } else if (!top.equals(first)) {
                return null;
            }
        }
        return top;
    }
}
