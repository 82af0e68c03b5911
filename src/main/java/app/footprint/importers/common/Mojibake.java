package app.footprint.importers.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs Meta's mojibake: Facebook and Instagram write every UTF-8 byte as its own "backslash-u00XX"
 * escape, so "Männern" arrives as "MÃ¤nnern". Re-encoding the string as ISO-8859-1 gives back the
 * original UTF-8 bytes.
 */
public final class Mojibake {
    private Mojibake() {
    }

    /**
     * The repaired string, or the string unchanged when it cannot be mojibake: it holds a character above
     * U+00FF, holds no byte above 0x7F, or its bytes are not valid UTF-8.
     */
    public static String repair(String text) {
        if (text == null) {
            return null;
        }
        boolean high = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return text;
            }
            if (c >= 0x80) {
                high = true;
            }
        }
        if (!high) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }
}
