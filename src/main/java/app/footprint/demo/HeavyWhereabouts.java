package app.footprint.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the heavy persona is, moment by moment, over years: nights at home in Leipzig-Plagwitz; early or
 * late shifts at the hospital on most weekdays, by bike; errands, runs and visits after work and on days
 * off; and a few trips a year, by train or by plane. A day's plan is drawn when the day begins and only
 * that one day is held, so asking for millions of moments costs no memory.
 */
final class HeavyWhereabouts {
    /** How she moves, with Google's name for it and a speed in metres per second. */
    enum Mode {
        STILL("STILL", 0), WALKING("WALKING", 1.3), RUNNING("RUNNING", 2.8), CYCLING("ON_BICYCLE", 4.5),
        TRAIN("IN_RAIL_VEHICLE", 30), PLANE("IN_VEHICLE", 200);

        final String activity;
        final double speed;

        Mode(String activity, double speed) {
            this.activity = activity;
            this.speed = speed;
        }
    }

    /** A place, inside a building (measured by Wi-Fi) or outside (by GPS). */
    record Spot(double latitude, double longitude, boolean indoors) {
        static Spot of(GooglePlaces.Place place, boolean indoors) {
            return new Spot(place.latitude(), place.longitude(), indoors);
        }

        /** Metres to another spot; flat-earth arithmetic is close enough within a country. */
        double metresTo(Spot other) {
            double north = (other.latitude - latitude) * 110_540;
            double east = (other.longitude - longitude) * 111_320 * Math.cos(Math.toRadians(latitude));
            return Math.hypot(north, east);
        }

        /** The compass direction to another spot, in degrees. */
        int bearingTo(Spot other) {
            double north = other.latitude - latitude;
            double east = (other.longitude - longitude) * Math.cos(Math.toRadians(latitude));
            return (int) ((Math.toDegrees(Math.atan2(east, north)) + 360) % 360);
        }
    }

    /**
     * Where she is at one moment.
     *
     * @param bearing where she is heading, in degrees; 0 when still
     */
    record Fix(double latitude, double longitude, Mode mode, int bearing, boolean indoors) {
        boolean moving() {
            return mode != Mode.STILL;
        }
    }

    /** A stretch of a day: a stay ({@code from == to}, mode STILL) or a journey. */
    private record Leg(Instant start, Instant end, Spot from, Spot to, Mode mode) {
    }

    /** A city she travels to, how she gets there, and the sights she walks to. */
    private record Destination(Spot hotel, Mode travel, List<Spot> sights) {
    }

    /** Nights away from home: {@code nights} nights from {@code start}. */
    private record Trip(LocalDate start, int nights, Destination destination) {
        boolean coversNight(LocalDate night) {
            return !night.isBefore(start) && night.isBefore(start.plusDays(nights));
        }

        boolean overlaps(Trip other) {
            return start.isBefore(other.start.plusDays(other.nights + 3))
                    && other.start.isBefore(start.plusDays(nights + 3));
        }
    }

    static final Spot HOME = Spot.of(GooglePlaces.HOME, true);
    static final Spot HOSPITAL = Spot.of(GooglePlaces.HOSPITAL, true);
    private static final List<Spot> ERRANDS = List.of(
            Spot.of(GooglePlaces.DAY_OFF.get(0), true), Spot.of(GooglePlaces.DAY_OFF.get(2), true),
            Spot.of(GooglePlaces.DAY_OFF.get(3), true), Spot.of(GooglePlaces.DAY_OFF.get(4), true),
            Spot.of(GooglePlaces.DAY_OFF.get(6), true), Spot.of(GooglePlaces.DAY_OFF.get(7), true));
    private static final Spot PARK = Spot.of(GooglePlaces.DAY_OFF.get(1), false);
    private static final Spot LAKE = Spot.of(GooglePlaces.DAY_OFF.get(5), false);
    private static final List<Destination> DESTINATIONS = List.of(
            city(52.5200, 13.4050, Mode.TRAIN), city(51.0504, 13.7373, Mode.TRAIN), city(48.1372, 11.5756, Mode.TRAIN),
            city(50.0755, 14.4378, Mode.TRAIN), city(54.1760, 12.0837, Mode.TRAIN), city(55.6761, 12.5683, Mode.PLANE),
            city(38.7124510, -9.1289912, Mode.PLANE), city(41.3874, 2.1686, Mode.PLANE));

    private final DemoRandom days;
    private final DemoRandom trips;
    private LocalDate day;
    private Instant dayEnd;
    private final List<Leg> legs = new ArrayList<>();
    private int leg;
    private int tripYear;
    private List<Trip> tripsOfYear;

    /** Her whereabouts from the start of {@code firstDay}; the seed's dice decide every day. */
    HeavyWhereabouts(HeavyScale scale, LocalDate firstDay) {
        this.days = scale.random("google/days");
        this.trips = scale.random("google/trips");
        this.tripYear = firstDay.getYear();
        this.tripsOfYear = drawTrips(tripYear);
        plan(firstDay);
    }

    /** A city with a hotel in its centre and sights a walk away. */
    private static Destination city(double latitude, double longitude, Mode travel) {
        Spot hotel = new Spot(latitude, longitude, true);
        List<Spot> sights = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double angle = Math.toRadians(i * 60 + 17);
            double distance = 0.006 + 0.002 * i;
            sights.add(new Spot(latitude + Math.cos(angle) * distance, longitude + Math.sin(angle) * distance * 1.6,
                    i % 2 == 0));
        }
        return new Destination(hotel, travel, List.copyOf(sights));
    }

    /** Where she is at {@code moment}; moments must never go back in time. */
    Fix at(Instant moment, DemoRandom noise) {
        while (!moment.isBefore(dayEnd)) {
            plan(day.plusDays(1));
        }
        while (!moment.isBefore(legs.get(leg).end())) {
            leg++;
        }
        Leg l = legs.get(leg);
        if (l.mode() == Mode.STILL) {
            return new Fix(l.from().latitude() + wobble(noise, 0.00015), l.from().longitude() + wobble(noise, 0.00022),
                    Mode.STILL, 0, l.from().indoors());
        }
        double done = (double) (moment.toEpochMilli() - l.start().toEpochMilli())
                / (l.end().toEpochMilli() - l.start().toEpochMilli());
        double latitude = l.from().latitude() + (l.to().latitude() - l.from().latitude()) * done;
        double longitude = l.from().longitude() + (l.to().longitude() - l.from().longitude()) * done;
        return new Fix(latitude + wobble(noise, 0.00004), longitude + wobble(noise, 0.00006), l.mode(),
                l.from().bearingTo(l.to()), false);
    }

    private static double wobble(DemoRandom noise, double size) {
        return (noise.nextDouble() * 2 - 1) * size;
    }

    /** Where she sleeps in the night that starts on {@code night}'s evening. */
    private Spot sleepsAt(LocalDate night) {
        if (night.getYear() > tripYear) {
            tripYear = night.getYear();
            tripsOfYear = drawTrips(tripYear);
        }
        if (night.getYear() == tripYear) {
            for (Trip trip : tripsOfYear) {
                if (trip.coversNight(night)) {
                    return trip.destination().hotel();
                }
            }
        }
        return HOME;
    }

    /** Three or four trips, none around New Year, none overlapping another. */
    private List<Trip> drawTrips(int year) {
        List<Trip> drawn = new ArrayList<>();
        int wanted = trips.between(3, 4);
        for (int i = 0; i < wanted; i++) {
            Trip trip = new Trip(LocalDate.of(year, 1, 10).plusDays(trips.between(0, 330)), trips.between(2, 8),
                    trips.pick(DESTINATIONS));
            if (drawn.stream().noneMatch(trip::overlaps)) {
                drawn.add(trip);
            }
        }
        return drawn;
    }

    /** Draws the plan of one day, from the bed she woke in to the bed she goes to. */
    private void plan(LocalDate date) {
        day = date;
        dayEnd = date.plusDays(1).atStartOfDay(Persona.ZONE).toInstant();
        legs.clear();
        leg = 0;
        Spot morning = sleepsAt(date.minusDays(1));
        Spot evening = sleepsAt(date);
        DayPlan plan = new DayPlan(date, morning);
        if (morning != evening) {
            travelDay(plan, morning, evening);
        } else if (morning != HOME) {
            sightseeing(plan, morning);
        } else if (works(date)) {
            shift(plan);
        } else {
            dayOff(plan);
        }
        plan.goTo(evening, plan.latest(), Mode.WALKING);
        plan.stayUntil(dayEnd);
    }

    private boolean works(LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend ? days.chance(0.15) : !days.chance(0.15);
    }

    private void travelDay(DayPlan plan, Spot from, Spot to) {
        Destination away = DESTINATIONS.stream().filter(d -> d.hotel() == (to == HOME ? from : to)).findFirst()
                .orElseThrow();
        plan.goTo(to, LocalTime.of(days.between(8, 11), days.between(0, 59)), away.travel());
        if (to != HOME) {
            plan.visit(days.pick(away.sights()), LocalTime.of(days.between(17, 19), days.between(0, 59)),
                    days.between(60, 150), Mode.WALKING);
        }
    }

    private void sightseeing(DayPlan plan, Spot hotel) {
        Destination here = DESTINATIONS.stream().filter(d -> d.hotel() == hotel).findFirst().orElseThrow();
        int hour = days.between(9, 10);
        for (int i = days.between(2, 4); i > 0 && hour < 20; i--) {
            plan.visit(days.pick(here.sights()), LocalTime.of(hour, days.between(0, 59)), days.between(45, 150),
                    Mode.WALKING);
            hour = plan.latest().getHour() + 1;
        }
    }

    /** An early shift (6:00 to 14:15) or a late one (13:45 to 22:00), errands before or after. */
    private void shift(DayPlan plan) {
        if (days.chance(0.5)) {
            plan.visit(HOSPITAL, LocalTime.of(5, 38 + days.between(0, 6)), 8 * 60 + 30, Mode.CYCLING);
            if (days.chance(0.5)) {
                afternoon(plan, LocalTime.of(15, 0).plusMinutes(days.between(0, 150)));
            }
        } else {
            if (days.chance(0.4)) {
                plan.visit(days.pick(ERRANDS), LocalTime.of(9, 30).plusMinutes(days.between(0, 60)),
                        days.between(30, 90), Mode.WALKING);
            }
            plan.visit(HOSPITAL, LocalTime.of(13, 20 + days.between(0, 6)), 8 * 60 + 30, Mode.CYCLING);
        }
    }

    private void dayOff(DayPlan plan) {
        int hour = days.between(9, 11);
        for (int i = days.between(1, 3); i > 0 && hour < 20; i--) {
            afternoon(plan, LocalTime.of(hour, days.between(0, 59)));
            hour = plan.latest().getHour() + 1 + days.between(0, 2);
        }
    }

    /** A run in the park, a swim in the lake, or an errand. */
    private void afternoon(DayPlan plan, LocalTime at) {
        double what = days.nextDouble();
        if (what < 0.3) {
            plan.visit(PARK, at, days.between(35, 75), Mode.RUNNING);
        } else if (what < 0.4) {
            plan.visit(LAKE, at, days.between(90, 200), Mode.CYCLING);
        } else {
            plan.visit(days.pick(ERRANDS), at, days.between(20, 120), days.chance(0.5) ? Mode.WALKING : Mode.CYCLING);
        }
    }

    /** A day's legs as they are drawn: stays between journeys, each journey as long as its distance takes. */
    private final class DayPlan {
        private final LocalDate date;
        private Spot here;
        private Instant cursor;

        DayPlan(LocalDate date, Spot start) {
            this.date = date;
            this.here = start;
            this.cursor = date.atStartOfDay(Persona.ZONE).toInstant();
        }

        /** The local time the plan has reached. */
        LocalTime latest() {
            return cursor.atZone(Persona.ZONE).toLocalTime();
        }

        /** Goes to {@code spot} and back, staying {@code minutes} there. */
        void visit(Spot spot, LocalTime leave, int minutes, Mode mode) {
            Spot base = here;
            goTo(spot, leave, mode);
            goTo(base, cursor.atZone(Persona.ZONE).toLocalTime().plusMinutes(minutes), mode);
        }

        /** Stays until {@code leave} (or leaves at once if that is past) and travels to {@code spot}. */
        void goTo(Spot spot, LocalTime leave, Mode mode) {
            if (spot == here) {
                return;
            }
            Instant departure = date.atTime(leave).atZone(Persona.ZONE).toInstant();
            if (departure.isBefore(cursor)) {
                departure = cursor;
            }
            stayUntil(departure);
            long seconds = Math.max(60, Math.round(here.metresTo(spot) / mode.speed));
            Instant arrival = departure.plusSeconds(seconds);
            if (!arrival.isBefore(dayEnd)) {
                arrival = dayEnd.minusSeconds(1); // a late journey home ends just before midnight
            }
            legs.add(new Leg(cursor, arrival, here, spot, mode));
            cursor = arrival;
            here = spot;
        }

        void stayUntil(Instant until) {
            if (until.isAfter(cursor)) {
                legs.add(new Leg(cursor, until, here, here, Mode.STILL));
                cursor = until;
            }
        }
    }
}
