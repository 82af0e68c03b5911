package app.footprint.demo;

import app.footprint.demo.GooglePlaces.Place;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where Jana was, as Google's Timeline recorded it: May 2019 (location history switched on for the Lisbon
 * trip) and January 2023 to the day before the export. Shifts at the hospital, days off around Plagwitz,
 * and once she is expecting, the check-ups at her gynaecologist and at the hospital's prenatal clinic, the
 * birth preparation course, baby shops, and maternity leave from six weeks before the due date.
 */
final class GoogleTimeline {
    static final LocalDate MAY_2019 = LocalDate.of(2019, 5, 1);
    static final LocalDate TRIP_OUT = LocalDate.of(2019, 5, 22);
    static final LocalDate TRIP_BACK = LocalDate.of(2019, 5, 27);
    static final LocalDate SINCE = LocalDate.of(2023, 1, 1);
    static final LocalDate MATERNITY_LEAVE = Persona.DUE_DATE.minusWeeks(6);

    static final Set<LocalDate> GYNAECOLOGIST_DAYS = Set.of(
            LocalDate.of(2023, 7, 27), LocalDate.of(2023, 8, 24), LocalDate.of(2023, 9, 14), LocalDate.of(2023, 10, 19),
            LocalDate.of(2023, 11, 9), LocalDate.of(2023, 12, 14), LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 18),
            LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 15), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 7));
    /** First-trimester screening, detailed ultrasound, delivery-room tour, registration for the birth. */
    static final Set<LocalDate> PRENATAL_CLINIC_DAYS = Set.of(
            LocalDate.of(2023, 9, 22), LocalDate.of(2023, 11, 17), LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 5));

    /** A stay at one place. */
    record Visit(Place place, Instant start, Instant end) {
        String semanticType() {
            return place == GooglePlaces.HOME ? "TYPE_HOME" : place == GooglePlaces.HOSPITAL ? "TYPE_WORK" : null;
        }
    }

    /** The way between two stays. */
    record Journey(Place from, Place to, Instant start, Instant end, String activityType, int meters) {
    }

    private final List<Object> entries = new ArrayList<>();
    private final DemoRandom random = DemoRandom.forPart("google/timeline");
    private Place current = GooglePlaces.HOME;
    private Instant since;

    private GoogleTimeline() {
    }

    /** The stays and journeys, in time order: {@link Visit} and {@link Journey} objects. */
    static List<Object> generate() {
        GoogleTimeline t = new GoogleTimeline();
        t.period(MAY_2019, LocalDate.of(2019, 5, 31));
        t.period(SINCE, Persona.LAST_ACTIVE_DAY);
        return List.copyOf(t.entries);
    }

    private void period(LocalDate from, LocalDate to) {
        current = GooglePlaces.HOME;
        since = Persona.at(from, 0, 0);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!day.isBefore(TRIP_OUT) && !day.isAfter(TRIP_BACK)) {
                tripDay(day);
            } else {
                ordinaryDay(day);
            }
        }
        Instant end = Persona.at(to.plusDays(1), 7, 0);
        entries.add(new Visit(current, since, end));
    }

    private void ordinaryDay(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (GYNAECOLOGIST_DAYS.contains(day)) {
            outing(GooglePlaces.GYNAECOLOGIST, Persona.at(day, 9, 30), Persona.at(day, 10, 25 + random.between(0, 20)));
            dayOff(day, false);
            return;
        }
        if (PRENATAL_CLINIC_DAYS.contains(day)) {
            outing(GooglePlaces.PRENATAL_CLINIC, Persona.at(day, 13, 0), Persona.at(day, 15, random.between(0, 40)));
            return;
        }
        boolean course = !day.isBefore(LocalDate.of(2024, 1, 10)) && !day.isAfter(LocalDate.of(2024, 2, 28))
                && day.getDayOfWeek() == DayOfWeek.WEDNESDAY;
        boolean works = day.isBefore(MATERNITY_LEAVE) && !course && random.chance(weekend ? 0.3 : 0.62);
        if (works && random.chance(0.55)) {
            outing(GooglePlaces.HOSPITAL, Persona.at(day, 5, 50 + random.between(0, 5)), Persona.at(day, 14, 35 + random.between(0, 15)));
            if (random.chance(0.35)) {
                Place place = dayOffPlace(day);
                outing(place, Persona.at(day, 16, random.between(0, 40)), Persona.at(day, 17, 20 + random.between(0, 35)));
            }
        } else if (works) {
            if (random.chance(0.35)) {
                Place place = dayOffPlace(day);
                outing(place, Persona.at(day, 9, 30 + random.between(0, 20)), Persona.at(day, 11, random.between(0, 30)));
            }
            outing(GooglePlaces.HOSPITAL, Persona.at(day, 13, 20 + random.between(0, 5)), Persona.at(day, 22, 5 + random.between(0, 15)));
        } else {
            dayOff(day, course);
        }
    }

    private void dayOff(LocalDate day, boolean course) {
        if (random.chance(0.7)) {
            Place place = dayOffPlace(day);
            outing(place, Persona.at(day, 11, random.between(0, 50)), Persona.at(day, 12, 20 + random.between(0, 35)));
        }
        if (random.chance(0.45)) {
            Place place = dayOffPlace(day);
            outing(place, Persona.at(day, 15, random.between(0, 40)), Persona.at(day, 16, 15 + random.between(0, 40)));
        }
        if (course) {
            outing(GooglePlaces.MIDWIFE, Persona.at(day, 18, 0), Persona.at(day, 20, 0));
        }
    }

    /** A place for a free hour; baby shops join the choice in the autumn she is expecting. */
    private Place dayOffPlace(LocalDate day) {
        if (!day.isBefore(LocalDate.of(2023, 9, 15)) && random.chance(0.18)) {
            return random.pick(GooglePlaces.BABY_SHOPS);
        }
        return random.pick(GooglePlaces.DAY_OFF);
    }

    /** Lisbon: the flight out, days in the city from the hostel, the flight back. */
    private void tripDay(LocalDate day) {
        if (day.equals(TRIP_OUT)) {
            go(GooglePlaces.LEIPZIG_AIRPORT, Persona.at(day, 9, 40), "IN_TRAIN");
            go(GooglePlaces.LISBON_AIRPORT, Persona.at(day, 14, 5), "FLYING");
            go(GooglePlaces.LISBON_HOSTEL, Persona.at(day, 15, 20), "IN_SUBWAY");
            return;
        }
        if (day.equals(TRIP_BACK)) {
            go(GooglePlaces.LISBON_AIRPORT, Persona.at(day, 11, 10), "IN_SUBWAY");
            go(GooglePlaces.LEIPZIG_AIRPORT, Persona.at(day, 17, 35), "FLYING");
            go(GooglePlaces.HOME, Persona.at(day, 18, 55), "IN_TRAIN");
            return;
        }
        List<Place> sights = random.sample(GooglePlaces.LISBON, 2);
        if (day.equals(LocalDate.of(2019, 5, 24))) {
            sights = List.of(GooglePlaces.LISBON.get(0), GooglePlaces.LISBON.get(4)); // the Facebook check-in
        }
        int hour = 10;
        for (Place sight : sights) {
            go(sight, Persona.at(day, hour, random.between(0, 30)), cityMode(current, sight));
            hour += 3;
            go(GooglePlaces.LISBON_HOSTEL, Persona.at(day, hour, random.between(0, 30)),
                    cityMode(sight, GooglePlaces.LISBON_HOSTEL));
            hour += 2;
        }
    }

    /** To a place and back to the base she set out from. */
    private void outing(Place place, Instant start, Instant end) {
        Place base = current;
        go(place, start, mode(base, place, LocalDate.ofInstant(start, Persona.ZONE)));
        Instant back = end.plus(travel(place, base, mode(place, base, LocalDate.ofInstant(end, Persona.ZONE))));
        go(base, back, mode(place, base, LocalDate.ofInstant(end, Persona.ZONE)));
    }

    /** Leaves the current place in time to arrive at {@code place} at {@code arrival}. */
    private void go(Place place, Instant arrival, String activity) {
        Duration travel = travel(current, place, activity);
        Instant departure = arrival.minus(travel);
        if (!departure.isAfter(since)) {
            departure = since.plus(Duration.ofMinutes(5));
            arrival = departure.plus(travel);
        }
        entries.add(new Visit(current, since, departure));
        entries.add(new Journey(current, place, departure, arrival, activity, meters(current, place, activity)));
        current = place;
        since = arrival;
    }

    /** On holiday: on foot, or by tram. */
    private static String cityMode(Place from, Place to) {
        return meters(from, to, "WALKING") < 1300 ? "WALKING" : "IN_TRAM";
    }

    /** Walking near home, cycling across town, later the tram, and the car to the lake. */
    private static String mode(Place from, Place to, LocalDate day) {
        int meters = meters(from, to, "WALKING");
        if (meters < 1300) {
            return "WALKING";
        }
        if (meters > 9000) {
            return "IN_PASSENGER_VEHICLE";
        }
        return day.isBefore(LocalDate.of(2023, 11, 1)) ? "CYCLING" : "IN_TRAM";
    }

    private static Duration travel(Place from, Place to, String activity) {
        double kmh = switch (activity) {
            case "WALKING" -> 4.5;
            case "CYCLING" -> 15;
            case "IN_TRAM", "IN_SUBWAY" -> 18;
            case "IN_TRAIN" -> 45;
            case "FLYING" -> 500;
            default -> 35;
        };
        long seconds = Math.round(meters(from, to, activity) / 1000.0 / kmh * 3600) + 120;
        return Duration.ofSeconds(seconds);
    }

    /** The way's length: the straight line, a third longer on the ground. */
    static int meters(Place from, Place to, String activity) {
        double lat1 = Math.toRadians(from.latitude());
        double lat2 = Math.toRadians(to.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(to.longitude() - from.longitude());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        double straight = 6_371_000 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
        return (int) Math.round(activity.equals("FLYING") ? straight : straight * 1.3);
    }
}
