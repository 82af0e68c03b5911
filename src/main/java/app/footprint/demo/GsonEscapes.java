package app.footprint.demo;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The escapes of Google's JSON writer (Gson with HTML-safe output): {@code =}, {@code &}, {@code <},
 * {@code >} and {@code '} become {@code \u003d}, {@code \u0026}... in lower-case hex, so a link reads
 * {@code "https://www.google.com/search?q\u003dweather"}; everything else is raw UTF-8.
 */
final class GsonEscapes extends CharacterEscapes {
    static final GsonEscapes INSTANCE = new GsonEscapes();

    private final int[] escapes;

    private GsonEscapes() {
        escapes = standardAsciiEscapesForJSON();
        for (char c : new char[] {'=', '&', '<', '>', '\''}) {
            escapes[c] = ESCAPE_CUSTOM;
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return new SerializedString(String.format("\\u%04x", ch));
    }
}
