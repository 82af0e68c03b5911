package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.JsonLists;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RootFields;
import app.footprint.importers.common.Timestamps;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Raw location history, {@code Records.json} (2019–2024) and {@code Location History.json} before it:
 * {@code {"locations":[{latitudeE7, longitudeE7, accuracy, timestampMs | timestamp, activity, source}]}}.
 * Each record is one location point. Real files hold millions of them (1.2 GB is seen), so the records
 * are read token by token, without building a tree per record, and the points are kept as compact tracks.
 */
final class LocationRecordsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        new RootFields().on("locations", parser -> {
            if (JsonLists.isList(file, parser)) {
                Json.forEachElement(parser, (index, p) -> record(file, index, p));
            }
        }).read(file);
    }

    /** The fields of one record that make a point; the rest (deviceTag, velocity...) is not kept. */
    private static final class Fields {
        Integer latitudeE7;
        Integer longitudeE7;
        int accuracy = -1;
        String timestampMs;
        String timestamp;
        String source;
        String activity;
    }

    private static void record(ImportFile file, long index, JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            file.problem("record " + index + ": expected an object but found " + Json.describe(p.currentToken())
                    + "; skipped");
            return;
        }
        Fields f = new Fields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "latitudeE7" -> f.latitudeE7 = integer(p, value);
                case "longitudeE7" -> f.longitudeE7 = integer(p, value);
                case "accuracy" -> {
                    Integer accuracy = integer(p, value);
                    f.accuracy = accuracy == null ? -1 : accuracy;
                }
                case "timestampMs" -> f.timestampMs = scalar(p, value);
                case "timestamp" -> f.timestamp = scalar(p, value);
                case "source" -> f.source = scalar(p, value);
                case "activity" -> f.activity = likeliestActivity(p);
                default -> p.skipChildren();
            }
        }
        if (f.latitudeE7 == null || f.longitudeE7 == null) {
            file.problem("record " + index + ": a location without valid coordinates; skipped");
            return;
        }
        Moment when = f.timestampMs != null ? millis(file, index, f.timestampMs) : time(file, index, f.timestamp);
        file.point(when, f.latitudeE7, f.longitudeE7, f.accuracy, f.source, f.activity, index);
    }

    private static Integer integer(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            long n = p.getLongValue();
            return n == (int) n ? (int) n : null;
        }
        p.skipChildren();
        return null;
    }

    private static String scalar(JsonParser p, JsonToken value) throws IOException {
        if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    private static Moment millis(ImportFile file, long index, String text) {
        Moment moment = null;
        try {
            moment = Timestamps.epochMillis(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (moment == null) {
            file.problem("record " + index + ": impossible time " + text + " in \"timestampMs\"; kept without a time");
        }
        return moment;
    }

    static Moment time(ImportFile file, long index, String text) {
        if (text == null) {
            return null;
        }
        Moment moment = Timestamps.parse(text);
        if (moment == null) {
            file.problem("record " + index + ": unreadable time \"" + text + "\"; kept without a time");
        }
        return moment;
    }

    /**
     * The activity Google rated likeliest at that point ("ON_FOOT 80%"), from
     * {@code [{timestamp, activity:[{type, confidence}]}]}; null when there is none.
     */
    private static String likeliestActivity(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        String best = null;
        long bestConfidence = -1;
        for (JsonToken sample = p.nextToken(); sample != JsonToken.END_ARRAY; sample = p.nextToken()) {
            if (sample != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean guesses = "activity".equals(p.currentName());
                if (p.nextToken() != JsonToken.START_ARRAY || !guesses) {
                    p.skipChildren();
                    continue;
                }
                for (JsonToken guess = p.nextToken(); guess != JsonToken.END_ARRAY; guess = p.nextToken()) {
                    if (guess != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        continue;
                    }
                    String type = null;
                    long confidence = -1;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        JsonToken value = p.nextToken();
                        if ("type".equals(field) && value == JsonToken.VALUE_STRING) {
                            type = p.getText();
                        } else if ("confidence".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                            confidence = p.getLongValue();
                        } else {
                            p.skipChildren();
                        }
                    }
                    if (type != null && confidence > bestConfidence) {
                        best = type;
                        bestConfidence = confidence;
                    }
                }
            }
        }
        return best == null ? null : best + (bestConfidence >= 0 ? " " + bestConfidence + "%" : "");
    }
}
