package app.footprint.importers.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Splits a huge HTML export into its records without ever holding the whole file: the text from one
 * occurrence of a marker (Google My Activity's {@code <div class="outer-cell}) to the next is one record,
 * handed over alone so that it can be parsed as a small fragment. A record longer than the cap is skipped
 * and reported; the split goes on at the next marker.
 */
public final class HtmlRecords {
    /** A record larger than this is no longer one record but a broken file. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 4_000_000;

    /** Handles one record's HTML; {@code index} counts records from 0. */
    @FunctionalInterface
    public interface RecordHandler {
        void record(long index, String html) throws IOException;
    }

    /** Told about a record that was too long to be handed over. */
    @FunctionalInterface
    public interface OversizeHandler {
        void oversize(long index);
    }

    private final String marker;
    private final int maxRecordChars;

    public HtmlRecords(String marker) {
        this(marker, DEFAULT_MAX_RECORD_CHARS);
    }

    public HtmlRecords(String marker, int maxRecordChars) {
        if (marker.isEmpty()) {
            throw new IllegalArgumentException("a marker is needed");
        }
        this.marker = marker;
        this.maxRecordChars = maxRecordChars;
    }

    /**
     * Streams the UTF-8 content and hands over every record, in order. What comes before the first marker
     * (the page head, styles) is not a record and is dropped.
     *
     * @return how many records were found, oversized ones included
     */
    public long forEach(InputStream content, RecordHandler handler, OversizeHandler oversize) throws IOException {
        return forEach(new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16),
                handler, oversize);
    }

    public long forEach(Reader in, RecordHandler handler, OversizeHandler oversize) throws IOException {
        char[] pattern = marker.toCharArray();
        int[] fallback = failureTable(pattern);
        StringBuilder record = new StringBuilder();
        boolean inRecord = false;
        boolean tooLong = false;
        long index = 0;
        int matched = 0;
        char[] buffer = new char[1 << 16];
        int n;
        while ((n = in.read(buffer)) != -1) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                while (matched > 0 && c != pattern[matched]) {
                    matched = fallback[matched - 1];
                }
                if (c == pattern[matched]) {
                    matched++;
                }
                if (inRecord && !tooLong) {
                    record.append(c);
                    if (record.length() > maxRecordChars + pattern.length) {
                        tooLong = true;
                        record.setLength(0);
                    }
                }
                if (matched == pattern.length) {
                    matched = fallback[matched - 1];
                    if (inRecord) {
                        // the marker just appended belongs to the next record
                        if (tooLong) {
                            oversize.oversize(index);
                        } else {
                            record.setLength(record.length() - pattern.length);
                            handler.record(index, record.toString());
                        }
                        index++;
                    }
                    inRecord = true;
                    tooLong = false;
                    record.setLength(0);
                    record.append(marker);
                }
            }
        }
        if (inRecord) {
            if (tooLong) {
                oversize.oversize(index);
            } else {
                handler.record(index, record.toString());
            }
            index++;
        }
        return index;
    }

    /** Knuth–Morris–Pratt: how far a partial match falls back, so that no marker is missed. */
    private static int[] failureTable(char[] pattern) {
        int[] table = new int[pattern.length];
        int k = 0;
        for (int i = 1; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = table[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            table[i] = k;
        }
        return table;
    }
}
