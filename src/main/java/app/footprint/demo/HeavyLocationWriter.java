package app.footprint.demo;

import app.footprint.demo.HeavyWhereabouts.Fix;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code Takeout/Location History/Records.json}: millions of raw points in the shape of the 2019–2023
 * files, oldest first and evenly spread over the years, each where {@link HeavyWhereabouts} puts her.
 * Points on the move carry speed, heading and altitude; some carry Google's activity guesses.
 */
final class HeavyLocationWriter {
    static final String PATH = HeavyTakeoutWriter.ROOT + "Location History/Records.json";
    static final long RECORDS = 3_000_000;
    static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    private static final long DEVICE_TAG = -1204736718L;

    private final HeavyScale scale;
    private final HeavyTally tally;
    private final DemoRandom random;

    HeavyLocationWriter(HeavyScale scale, HeavyTally tally) {
        this.scale = scale;
        this.tally = tally;
        this.random = scale.random("google/records");
    }

    void write(HeavyZip zip) throws IOException {
        long count = scale.count(RECORDS);
        long from = FROM.atStartOfDay(Persona.ZONE).toInstant().toEpochMilli();
        long to = Persona.EXPORT_DAY.atStartOfDay(Persona.ZONE).toInstant().toEpochMilli();
        double step = (double) (to - from) / count;
        HeavyWhereabouts where = new HeavyWhereabouts(scale, FROM);
        zip.json(PATH, JsonStyle.SPOTIFY, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("locations");
            for (long i = 0; i < count; i++) {
                Instant at = Instant.ofEpochMilli(from + (long) ((i + random.nextDouble()) * step));
                point(g, at, where.at(at, random));
                tally.locationRecords++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void point(JsonGenerator g, Instant at, Fix fix) throws IOException {
        boolean cell = random.chance(0.01);
        boolean wifi = !cell && !fix.moving() && fix.indoors();
        g.writeStartObject();
        g.writeNumberField("latitudeE7", Math.round(fix.latitude() * 1e7));
        g.writeNumberField("longitudeE7", Math.round(fix.longitude() * 1e7));
        g.writeNumberField("accuracy", cell ? random.between(600, 1800) : wifi ? random.between(8, 40)
                : random.between(3, 20));
        if (fix.moving()) {
            g.writeNumberField("velocity", Math.max(0, Math.round(fix.mode().speed * (0.8 + 0.4 * random.nextDouble()))));
            g.writeNumberField("heading", (fix.bearing() + random.between(-8, 8) + 360) % 360);
        }
        if (!cell && !wifi) {
            g.writeNumberField("altitude", random.between(105, 140));
            g.writeNumberField("verticalAccuracy", random.between(2, 12));
        }
        if (random.chance(fix.moving() ? 0.5 : 0.08)) {
            activity(g, at, fix);
        }
        g.writeStringField("source", cell ? "CELL" : wifi ? "WIFI" : "GPS");
        g.writeNumberField("deviceTag", DEVICE_TAG);
        g.writeStringField("platformType", "ANDROID");
        g.writeStringField("formFactor", "PHONE");
        g.writeStringField("timestamp", GoogleActivityWriter.googleTime(at));
        g.writeEndObject();
    }

    /** Google's guesses of what she was doing, likeliest first, a moment before the point. */
    private void activity(JsonGenerator g, Instant at, Fix fix) throws IOException {
        g.writeArrayFieldStart("activity");
        g.writeStartObject();
        g.writeArrayFieldStart("activity");
        int first = fix.moving() ? random.between(55, 95) : 100;
        guess(g, fix.mode().activity, first);
        if (first < 100) {
            guess(g, fix.mode() == HeavyWhereabouts.Mode.WALKING ? "ON_FOOT" : "UNKNOWN", (100 - first) * 2 / 3);
            guess(g, "STILL", (100 - first) / 3);
        }
        g.writeEndArray();
        g.writeStringField("timestamp", GoogleActivityWriter.googleTime(at.minusMillis(random.between(200, 9000))));
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void guess(JsonGenerator g, String type, int confidence) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeNumberField("confidence", confidence);
        g.writeEndObject();
    }
}
