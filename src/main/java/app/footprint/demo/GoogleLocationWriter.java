package app.footprint.demo;

import app.footprint.demo.GooglePlaces.Place;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jana's location history in the second Takeout part, in the 2023 layout
 * ({@code Standortverlauf (Zeitachse)/}): one Semantic Location History file per month with her visits
 * and journeys, her flat labelled {@code TYPE_HOME} and the hospital {@code TYPE_WORK}; the raw
 * {@code Records.json} for the last weeks; and {@code Settings.json}, which Footprint does not read. The
 * 2019 file keeps that year's epoch-millisecond durations, later files ISO times.
 */
final class GoogleLocationWriter {
    static final String FOLDER = GoogleTakeoutWriter.ROOT + "Standortverlauf (Zeitachse)/";
    static final LocalDate RAW_FROM = LocalDate.of(2024, 2, 1);
    private static final long DEVICE_TAG = 1533470311L;

    private final DemoZip zip;
    private final GoogleTally tally;
    private final DemoRandom random = DemoRandom.forPart("google/locations");

    private GoogleLocationWriter(DemoZip zip, GoogleTally tally) {
        this.zip = zip;
        this.tally = tally;
    }

    static void write(DemoZip zip, List<Object> timeline, GoogleTally tally) throws IOException {
        GoogleLocationWriter writer = new GoogleLocationWriter(zip, tally);
        writer.writeRecords(timeline);
        writer.writeSettings();
        writer.writeSemanticMonths(timeline);
    }

    private static YearMonth monthOf(Object entry) {
        Instant start = entry instanceof GoogleTimeline.Visit v ? v.start() : ((GoogleTimeline.Journey) entry).start();
        return YearMonth.from(start.atZone(Persona.ZONE));
    }

    private void writeSemanticMonths(List<Object> timeline) throws IOException {
        Map<YearMonth, List<Object>> months = new LinkedHashMap<>();
        for (Object entry : timeline) {
            months.computeIfAbsent(monthOf(entry), m -> new ArrayList<>()).add(entry);
        }
        for (Map.Entry<YearMonth, List<Object>> month : months.entrySet()) {
            YearMonth ym = month.getKey();
            boolean epochMillis = ym.getYear() < 2022;
            String path = FOLDER + "Semantic Location History/" + ym.getYear() + "/" + ym.getYear() + "_"
                    + ym.getMonth().name().toUpperCase(Locale.ROOT) + ".json";
            boolean[] labelled = new boolean[2];
            zip.json(path, JsonStyle.SPOTIFY_HISTORY, g -> {
                g.writeStartObject();
                g.writeArrayFieldStart("timelineObjects");
                for (Object entry : month.getValue()) {
                    g.writeStartObject();
                    if (entry instanceof GoogleTimeline.Visit visit) {
                        visit(g, visit, epochMillis);
                        labelled[0] |= "TYPE_HOME".equals(visit.semanticType());
                        labelled[1] |= "TYPE_WORK".equals(visit.semanticType());
                    } else {
                        journey(g, (GoogleTimeline.Journey) entry, epochMillis);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            });
            tally.semanticMonths++;
            tally.homeLabelledMonths += labelled[0] ? 1 : 0;
            tally.workLabelledMonths += labelled[1] ? 1 : 0;
        }
    }

    private void visit(JsonGenerator g, GoogleTimeline.Visit visit, boolean epochMillis) throws IOException {
        Place place = visit.place();
        g.writeObjectFieldStart("placeVisit");
        g.writeObjectFieldStart("location");
        location(g, place);
        if (visit.semanticType() != null) {
            g.writeStringField("semanticType", visit.semanticType());
        }
        g.writeObjectFieldStart("sourceInfo");
        g.writeNumberField("deviceTag", DEVICE_TAG);
        g.writeEndObject();
        g.writeNumberField("locationConfidence", 60 + random.between(0, 3999) / 100.0);
        g.writeEndObject();
        duration(g, visit.start(), visit.end(), epochMillis);
        g.writeStringField("placeConfidence", random.chance(0.8) ? "HIGH_CONFIDENCE" : "MEDIUM_CONFIDENCE");
        g.writeNumberField("centerLatE7", place.latitudeE7() + random.between(-300, 300));
        g.writeNumberField("centerLngE7", place.longitudeE7() + random.between(-300, 300));
        g.writeNumberField("visitConfidence", random.between(70, 99));
        g.writeArrayFieldStart("otherCandidateLocations");
        if (random.chance(0.5)) {
            Place other = random.pick(GooglePlaces.DAY_OFF);
            if (other != place) {
                g.writeStartObject();
                location(g, other);
                g.writeNumberField("locationConfidence", random.between(1, 2500) / 100.0);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeStringField("editConfirmationStatus", "NOT_CONFIRMED");
        g.writeStringField("placeVisitType", "SINGLE_PLACE");
        g.writeStringField("placeVisitImportance", "MAIN");
        g.writeEndObject();
        tally.placeVisits++;
        if (place == GooglePlaces.PRENATAL_CLINIC) {
            tally.prenatalClinicVisits++;
        }
        if (place == GooglePlaces.GYNAECOLOGIST) {
            tally.gynaecologistVisits++;
        }
        if (place == GooglePlaces.LISBON_HOSTEL || place == GooglePlaces.LISBON_AIRPORT
                || GooglePlaces.LISBON.contains(place)) {
            tally.lisbonVisits++;
        }
    }

    private static void location(JsonGenerator g, Place place) throws IOException {
        g.writeNumberField("latitudeE7", place.latitudeE7());
        g.writeNumberField("longitudeE7", place.longitudeE7());
        g.writeStringField("placeId", place.placeId());
        g.writeStringField("address", place.address().replace(", Deutschland", "\nDeutschland")
                .replace(", Portugal", "\nPortugal"));
        if (place.name() != null) {
            g.writeStringField("name", place.name());
        }
    }

    private void journey(JsonGenerator g, GoogleTimeline.Journey journey, boolean epochMillis) throws IOException {
        g.writeObjectFieldStart("activitySegment");
        point(g, "startLocation", journey.from());
        point(g, "endLocation", journey.to());
        duration(g, journey.start(), journey.end(), epochMillis);
        g.writeNumberField("distance", journey.meters());
        g.writeStringField("activityType", journey.activityType());
        g.writeStringField("confidence", random.chance(0.85) ? "HIGH" : "MEDIUM");
        g.writeArrayFieldStart("activities");
        double first = 70 + random.between(0, 2900) / 100.0;
        g.writeStartObject();
        g.writeStringField("activityType", journey.activityType());
        g.writeNumberField("probability", first);
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("activityType", journey.activityType().equals("WALKING") ? "STILL" : "WALKING");
        g.writeNumberField("probability", Math.round((100 - first) * 70) / 100.0);
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("editConfirmationStatus", "NOT_CONFIRMED");
        g.writeEndObject();
        tally.activitySegments++;
    }

    private void point(JsonGenerator g, String field, Place place) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("latitudeE7", place.latitudeE7() + random.between(-500, 500));
        g.writeNumberField("longitudeE7", place.longitudeE7() + random.between(-500, 500));
        g.writeObjectFieldStart("sourceInfo");
        g.writeNumberField("deviceTag", DEVICE_TAG);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void duration(JsonGenerator g, Instant start, Instant end, boolean epochMillis) throws IOException {
        g.writeObjectFieldStart("duration");
        if (epochMillis) {
            g.writeStringField("startTimestampMs", Long.toString(start.toEpochMilli()));
            g.writeStringField("endTimestampMs", Long.toString(end.toEpochMilli()));
        } else {
            g.writeStringField("startTimestamp", GoogleActivityWriter.googleTime(start));
            g.writeStringField("endTimestamp", GoogleActivityWriter.googleTime(end));
        }
        g.writeEndObject();
    }

    /** Raw points of the last weeks: one every three hours of each stay, near the place. */
    private void writeRecords(List<Object> timeline) throws IOException {
        Instant from = Persona.at(RAW_FROM, 0, 0);
        List<Object[]> points = new ArrayList<>();
        for (Object entry : timeline) {
            if (entry instanceof GoogleTimeline.Visit visit && visit.end().isAfter(from)) {
                Instant at = visit.start().isBefore(from) ? from : visit.start().plusSeconds(180);
                for (; at.isBefore(visit.end()); at = at.plusSeconds(3 * 3600)) {
                    points.add(new Object[] {visit.place(), at.plusMillis(random.between(0, 999))});
                }
            }
        }
        zip.json(FOLDER + "Records.json", JsonStyle.SPOTIFY, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("locations");
            for (Object[] point : points) {
                Place place = (Place) point[0];
                g.writeStartObject();
                g.writeNumberField("latitudeE7", place.latitudeE7() + random.between(-400, 400));
                g.writeNumberField("longitudeE7", place.longitudeE7() + random.between(-400, 400));
                g.writeNumberField("accuracy", random.between(5, 30));
                g.writeStringField("source", place == GooglePlaces.HOME ? "WIFI" : "GPS");
                g.writeNumberField("deviceTag", DEVICE_TAG);
                g.writeStringField("deviceDesignation", "PRIMARY");
                g.writeStringField("timestamp", GoogleActivityWriter.googleTime((Instant) point[1]));
                g.writeEndObject();
                tally.rawLocations++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void writeSettings() throws IOException {
        zip.json(FOLDER + "Settings.json", JsonStyle.SPOTIFY, g -> {
            g.writeStartObject();
            g.writeStringField("createdTime", "2019-04-28T17:02:11.204Z");
            g.writeStringField("modifiedTime", "2023-01-02T08:15:40.771Z");
            g.writeBooleanField("historyEnabled", true);
            g.writeArrayFieldStart("deviceSettings");
            g.writeStartObject();
            g.writeNumberField("deviceTag", DEVICE_TAG);
            g.writeBooleanField("reportingEnabled", true);
            g.writeStringField("devicePrettyName", "Pixel 6a");
            g.writeStringField("platformType", "ANDROID");
            g.writeEndObject();
            g.writeEndArray();
            g.writeNumberField("retentionWindowDays", 0);
            g.writeEndObject();
        });
    }
}
