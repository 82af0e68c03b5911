package app.footprint.importers.common;

import app.footprint.importers.ImportFile;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Streams newline-delimited JSON (one object per line), as Discord writes its activity events: files of
 * several gigabytes, read line by line with one small parser per line and nothing kept between lines. A
 * line that is not a JSON object is reported on the file and skipped; the lines after it still count.
 * Lines are split on the byte '\n', which never occurs inside a UTF-8 character.
 */
public final class NdJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(16_000_000)
                    .maxNestingDepth(200)
                    .build())
            .build();
    /** A longer line is not a record but damage; it is skipped without being held whole. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private NdJson() {
    }

    /** Reads one line's object; the parser stands on its {@code START_OBJECT}. */
    @FunctionalInterface
    public interface LineHandler {
        void line(long index, JsonParser parser) throws IOException;
    }

    /**
     * Hands every non-blank line to {@code handler}, numbered from 0 by its line in the file (blank lines
     * keep their number, so positions match what an editor shows minus one).
     *
     * @return how many lines held an object
     */
    public static long forEachLine(ImportFile file, LineHandler handler) throws IOException {
        InputStream in = file.content();
        byte[] buffer = new byte[1 << 16];
        int start = 0;
        int end = 0;
        byte[] line = new byte[1 << 12];
        int length = 0;
        boolean tooLong = false;
        long index = 0;
        long objects = 0;
        while (true) {
            if (start == end) {
                end = in.read(buffer, 0, buffer.length);
                start = 0;
                if (end < 0) {
                    break;
                }
                continue;
            }
            int newline = indexOf(buffer, start, end, (byte) '\n');
            int stop = newline < 0 ? end : newline;
            int chunk = stop - start;
            if (!tooLong) {
                if (length + chunk > MAX_LINE_BYTES) {
                    tooLong = true;
                } else {
                    if (length + chunk > line.length) {
                        line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
                    }
                    System.arraycopy(buffer, start, line, length, chunk);
                    length += chunk;
                }
            }
            start = stop;
            if (newline >= 0) {
                start++;
                objects += handle(file, handler, index++, line, length, tooLong);
                length = 0;
                tooLong = false;
            }
        }
        if (length > 0 || tooLong) {
            objects += handle(file, handler, index, line, length, tooLong);
        }
        return objects;
    }

    private static int handle(ImportFile file, LineHandler handler, long index, byte[] line, int length,
                              boolean tooLong) throws IOException {
        if (tooLong) {
            file.problem("record " + index + ": a line longer than " + (MAX_LINE_BYTES >> 20) + " MB; skipped");
            return 0;
        }
        if (blank(line, length)) {
            return 0;
        }
        try (JsonParser p = FACTORY.createParser(line, 0, length)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                file.problem("record " + index + ": expected an object but found " + Json.describe(first)
                        + "; skipped");
                return 0;
            }
            handler.line(index, p);
            return 1;
        } catch (StreamReadException e) {
            // Handlers read a whole line before handing anything over, so a damaged line leaves nothing behind.
            file.problem("record " + index + ": not valid JSON (" + e.getOriginalMessage() + "); skipped");
            return 0;
        }
    }

    private static int indexOf(byte[] bytes, int from, int to, byte wanted) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(byte[] line, int length) {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
