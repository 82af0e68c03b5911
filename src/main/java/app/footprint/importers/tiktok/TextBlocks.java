package app.footprint.importers.tiktok;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads TikTok's text export, where every record is a block of "Key: value" lines and blocks are parted
 * by blank lines ("Date: 2024-11-20 15:21:12" / "Link: https://…"). A line ending in a colon before any
 * block ("Chat History with tom.berger:") heads the blocks below it, inside a block it is a field without
 * a value; a line without a key continues the value above it (a message over several lines); a key that
 * comes again starts a new record even without a blank line. Read line by line: a file is never held whole.
 */
final class TextBlocks {
    /** Keys are short labels; a longer text before ": " is part of a sentence, not a key. */
    private static final int MAX_KEY = 60;

    /** Handles one block as a record of texts, with the heading above it (or null). */
    @FunctionalInterface
    interface Handler {
        void block(String heading, ObjectNode fields);
    }

    /** What a file turned out to hold. */
    record Counts(long blocks, long looseLines) {
    }

    private TextBlocks() {
    }

    static Counts read(InputStream content, Handler handler) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
        ObjectNode block = null;
        String lastKey = null;
        String heading = null;
        long blocks = 0;
        long loose = 0;
        boolean first = true;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                blocks += emit(handler, heading, block);
                block = null;
                lastKey = null;
                continue;
            }
            int colon = trimmed.indexOf(": ");
            boolean bareKey = colon < 0 && trimmed.endsWith(":") && trimmed.length() - 1 <= MAX_KEY;
            if (bareKey && block == null) {
                // "Chat History with tom.berger:" after a blank line heads the blocks below it
                heading = trimmed;
                continue;
            }
            if (bareKey) {
                colon = trimmed.length() - 1; // "Carrier:" inside a record: a field without a value
            }
            if (colon > 0 && colon <= MAX_KEY) {
                String key = trimmed.substring(0, colon).strip();
                if (block != null && block.has(key)) {
                    blocks += emit(handler, heading, block);
                    block = null;
                }
                if (block == null) {
                    block = JsonNodeFactory.instance.objectNode();
                }
                block.put(key, bareKey ? "" : trimmed.substring(colon + 2).strip());
                lastKey = key;
            } else if (block != null && lastKey != null) {
                block.put(lastKey, block.get(lastKey).asText() + "\n" + trimmed);
            } else {
                loose++;
            }
        }
        blocks += emit(handler, heading, block);
        return new Counts(blocks, loose);
    }

    private static int emit(Handler handler, String heading, ObjectNode block) {
        if (block == null || block.isEmpty()) {
            return 0;
        }
        handler.block(heading, block);
        return 1;
    }
}
