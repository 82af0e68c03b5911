package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * One zip of Jana's Instagram download, written the way Meta writes Instagram's JSON (every text escaped
 * byte by byte, {@code ""} and {@code 0} for nothing), with the record shapes Instagram repeats in nearly
 * every file. It counts its files.
 */
final class InstagramPart implements Closeable {
    private final DemoZip zip;
    private int files;

    InstagramPart(OutputStream out) {
        this.zip = new DemoZip(out);
    }

    void json(String path, DemoZip.JsonBody body) throws IOException {
        zip.json(path, JsonStyle.META, body);
        files++;
    }

    int files() {
        return files;
    }

    /** {@code {"title": "", "media_map_data": {}, "string_map_data": {<label>: {href, value, timestamp}, …}}}. */
    static void mapRecord(JsonGenerator g, String... labelsAndValues) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", "");
        g.writeObjectFieldStart("media_map_data");
        g.writeEndObject();
        g.writeObjectFieldStart("string_map_data");
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            labelled(g, labelsAndValues[i], labelsAndValues[i + 1], null);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** One labelled value; a null {@code when} is Meta's "no date" 0. */
    static void labelled(JsonGenerator g, String label, String value, Instant when) throws IOException {
        g.writeObjectFieldStart(label);
        g.writeStringField("href", "");
        g.writeStringField("value", value);
        g.writeNumberField("timestamp", when == null ? 0 : when.getEpochSecond());
        g.writeEndObject();
    }

    /** {@code {"title": …, "media_list_data": [], "string_list_data": [{href, value, timestamp}]}}: follows. */
    static void listRecord(JsonGenerator g, String title, String href, String value, Instant when) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", title);
        g.writeArrayFieldStart("media_list_data");
        g.writeEndArray();
        g.writeArrayFieldStart("string_list_data");
        g.writeStartObject();
        g.writeStringField("href", href);
        g.writeStringField("value", value);
        g.writeNumberField("timestamp", when.getEpochSecond());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The impressions files' short form: {@code {"string_map_data": {<label>: {value}, "Time": {timestamp}}}}. */
    static void seen(JsonGenerator g, String label, String account, Instant when) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("string_map_data");
        g.writeObjectFieldStart(label);
        g.writeStringField("value", account);
        g.writeEndObject();
        g.writeObjectFieldStart("Time");
        g.writeNumberField("timestamp", when.getEpochSecond());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }

    static String profileLink(String username) {
        return "https://www.instagram.com/" + username;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
