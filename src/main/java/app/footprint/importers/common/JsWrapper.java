package app.footprint.importers.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Data written as a JavaScript assignment instead of plain JSON, as X (Twitter) writes its archive:
 * {@code window.YTD.tweets.part0 = [ ... ]}, and {@code window.__THAR_CONFIG = { ... }} for the manifest.
 * The assignment is skipped up to the first "[" or "{"; what follows is handed back as a stream for
 * {@link Json#open}, together with the name that was assigned. Plain JSON passes through unchanged.
 */
public final class JsWrapper {
    /** Real wrappers are some forty bytes long; far beyond that the file is not such an assignment. */
    static final int MAX_PREFIX = 1024;

    /** A dotted JavaScript name, optionally followed by "=", or nothing at all. */
    private static final Pattern ASSIGNMENT = Pattern.compile("(?:[A-Za-z_$][\\w$]*(?:\\.[\\w$]+)*\\s*=?)?");

    /**
     * The content after the wrapper.
     *
     * @param name the name assigned ("window.YTD.tweets.part0"), or "" for plain JSON
     * @param json the stream, standing on the first "[" or "{"
     */
    public record Unwrapped(String name, InputStream json) {
    }

    private JsWrapper() {
    }

    /** Skips the assignment; fails when the file does not start with one followed by JSON. */
    public static Unwrapped open(InputStream content) throws IOException {
        PushbackInputStream in = new PushbackInputStream(content, 1);
        ByteArrayOutputStream prefix = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '[' || b == '{') {
                in.unread(b);
                return new Unwrapped(assignee(prefix), in);
            }
            if (b == '<' && prefix.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").isBlank()) {
                throw new FormatException("an HTML or XML file, not a data file");
            }
            if (prefix.size() >= MAX_PREFIX) {
                throw new FormatException("no JSON list or object within the first " + MAX_PREFIX + " bytes");
            }
            prefix.write(b);
        }
        throw new FormatException(prefix.size() == 0 || prefix.toString(StandardCharsets.UTF_8).isBlank()
                ? "the file is empty" : "the file holds no JSON after its first line");
    }

    /** "window.YTD.tweets.part0" from "window.YTD.tweets.part0 = "; its text is never put in a message. */
    private static String assignee(ByteArrayOutputStream prefix) throws FormatException {
        String text = prefix.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        if (!ASSIGNMENT.matcher(text).matches()) {
            throw new FormatException(text.startsWith("<") ? "an HTML or XML file, not a data file"
                    : "expected a JavaScript assignment such as \"window.YTD.<name>.part0 = \" before the data");
        }
        return text.endsWith("=") ? text.substring(0, text.length() - 1).strip() : text;
    }
}
