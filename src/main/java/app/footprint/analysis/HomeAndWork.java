package app.footprint.analysis;

import app.footprint.model.AnalysedItem;
import app.footprint.model.AnalysedPoint;
import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.ProfileData;
import app.footprint.model.SensitiveCategory;
import app.footprint.model.Service;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Home, work and regular places from each company's location data: raw points (Google's Records.json) and
 * visits (Google's place visits and Timeline, Snapchat's location history...). The place where most nights
 * (22:00–06:00 local) are spent is the home; the place away from home where most weekday working hours
 * (09:00–17:00) are spent is the workplace; other places seen on many distinct days are regular places.
 * Places are cells of a fixed grid merged with their neighbours (see {@link PlaceGrid}), so memory stays
 * bounded however many points there are. See docs/inferences/places-rhythm-people.md.
 */
public final class HomeAndWork implements DerivationRule {
    static final int NIGHT_START = 22;
    static final int NIGHT_END = 6;
    static final int WORK_START = 9;
    static final int WORK_END = 17;
    /** A home needs at least this many nights there, and this share of all nights seen. */
    static final int MIN_NIGHTS = 3;
    static final double MIN_NIGHT_SHARE = 0.3;
    /** A workplace needs at least this many weekdays there, and this share of all weekdays seen. */
    static final int MIN_WORKDAYS = 4;
    static final double MIN_WORKDAY_SHARE = 0.2;
    /** A regular place needs at least this many distinct days. */
    static final int MIN_DAYS = 4;
    static final int REGULAR_PLACES = 5;
    /** Places closer than this count as one. */
    static final double APART_METERS = 300;
    /** A visit counts for a night or a working day when it covers at least this much of it. */
    private static final long MIN_OVERLAP_SECONDS = 3600;
    /** A visit is spread over at most this many days: longer ones are data errors. */
    private static final int MAX_VISIT_DAYS = 62;
    private static final int MAX_EVIDENCE = 200;

    private final ZoneId zone;
    private final ZoneRules rules;

    public HomeAndWork(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    @Override
    public List<Inference> derive(ProfileData data) {
        Map<Service, PlaceGrid> grids = new EnumMap<>(Service.class);
        data.locationPoints(p -> point(grids.computeIfAbsent(p.service(), s -> new PlaceGrid()), p));
        data.items(Set.of(Category.LOCATIONS), i -> visit(grids, i));
        CompanyPlaceLabels labels = new CompanyPlaceLabels(data.statedInferences());
        List<Inference> out = new ArrayList<>();
        grids.forEach((service, grid) -> out.addAll(places(service, grid, labels)));
        return out;
    }

    private void point(PlaceGrid grid, AnalysedPoint p) {
        Instant at = p.point().at();
        if (at == null) {
            return;
        }
        PlaceGrid.Cell cell = grid.at(p.point().latitude(), p.point().longitude());
        PlaceGrid.point(cell, p.trackId(), p.point().source().path());
        long local = at.getEpochSecond() + rules.getOffset(at).getTotalSeconds();
        int day = (int) Math.floorDiv(local, 86_400L);
        int hour = (int) (Math.floorMod(local, 86_400L) / 3600);
        cell.day(day);
        if (hour >= NIGHT_START) {
            cell.night(day);
        } else if (hour < NIGHT_END) {
            cell.night(day - 1);
        }
        if (weekday(day) && hour >= WORK_START && hour < WORK_END) {
            cell.workday(day);
        }
    }

    /** A visit (or a single position) given as an item, spread over the nights and days it covers. */
    private void visit(Map<Service, PlaceGrid> grids, AnalysedItem item) {
        if (item.at() == null) {
            return;
        }
        String kind = item.attribute("kind");
        if (kind != null && !kind.equals("place visit")) {
            return; // journeys, paths and trips are not stays
        }
        double[] at = Geo.pair(item.attribute("latitude"), item.attribute("longitude"));
        if (at == null) {
            at = Geo.pair(item.title());
        }
        if (at == null) {
            return;
        }
        PlaceGrid.Cell cell = grids.computeIfAbsent(item.service(), s -> new PlaceGrid()).at(at[0], at[1]);
        String name = Geo.pair(item.title()) == null ? item.title() : null;
        PlaceGrid.item(cell, item, name);
        long start = item.at().getEpochSecond();
        long end = end(item, start);
        int offset = rules.getOffset(item.at()).getTotalSeconds();
        long localStart = start + offset;
        long localEnd = end + offset;
        int first = (int) Math.floorDiv(localStart, 86_400L);
        int last = Math.min((int) Math.floorDiv(localEnd, 86_400L), first + MAX_VISIT_DAYS);
        if (end == start) {
            int hour = (int) (Math.floorMod(localStart, 86_400L) / 3600);
            cell.day(first);
            if (hour >= NIGHT_START) {
                cell.night(first);
            } else if (hour < NIGHT_END) {
                cell.night(first - 1);
            }
            if (weekday(first) && hour >= WORK_START && hour < WORK_END) {
                cell.workday(first);
            }
            return;
        }
        for (int day = first - 1; day <= last; day++) {
            long midnight = day * 86_400L;
            if (day >= first) {
                cell.day(day);
            }
            if (overlap(localStart, localEnd, midnight + NIGHT_START * 3600L, midnight + (24 + NIGHT_END) * 3600L)) {
                cell.night(day);
            }
            if (weekday(day) && overlap(localStart, localEnd, midnight + WORK_START * 3600L, midnight + WORK_END * 3600L)) {
                cell.workday(day);
            }
        }
    }

    private static long end(AnalysedItem item, long start) {
        String end = item.attribute("end");
        if (end == null) {
            return start;
        }
        try {
            long e = OffsetDateTime.parse(end).toEpochSecond();
            return e >= start ? e : start;
        } catch (DateTimeParseException ex) {
            try {
                long e = Instant.parse(end).getEpochSecond();
                return e >= start ? e : start;
            } catch (DateTimeParseException ex2) {
                return start;
            }
        }
    }

    private static boolean overlap(long start, long end, long from, long to) {
        return Math.min(end, to) - Math.max(start, from) >= MIN_OVERLAP_SECONDS;
    }

    /** Monday to Friday; day 0 (1 January 1970) was a Thursday. */
    private static boolean weekday(int epochDay) {
        return Math.floorMod(epochDay + 3, 7) < 5;
    }

    private List<Inference> places(Service service, PlaceGrid grid, CompanyPlaceLabels labels) {
        List<Inference> out = new ArrayList<>();
        List<PlaceGrid.Place> taken = new ArrayList<>();
        int nights = grid.allNights().size();
        List<PlaceGrid.Place> homes = grid.best(PlaceGrid.Measure.NIGHTS, 1, APART_METERS, List.of());
        if (!homes.isEmpty() && homes.get(0).distinct() >= MIN_NIGHTS
                && homes.get(0).distinct() >= MIN_NIGHT_SHARE * nights) {
            PlaceGrid.Place home = homes.get(0);
            taken.add(home);
            out.add(home(service, home, nights, labels));
        }
        int workdays = grid.allWorkdays().size();
        List<PlaceGrid.Place> works = grid.best(PlaceGrid.Measure.WORKDAYS, 1, APART_METERS, taken);
        if (!works.isEmpty() && works.get(0).distinct() >= MIN_WORKDAYS
                && works.get(0).distinct() >= MIN_WORKDAY_SHARE * workdays) {
            PlaceGrid.Place work = works.get(0);
            taken.add(work);
            out.add(work(service, work, workdays, labels));
        }
        for (PlaceGrid.Place p : grid.best(PlaceGrid.Measure.DAYS, REGULAR_PLACES, APART_METERS, List.copyOf(taken))) {
            if (p.distinct() >= MIN_DAYS) {
                out.add(regular(service, p));
            }
        }
        return out;
    }

    private Inference home(Service service, PlaceGrid.Place home, int nights, CompanyPlaceLabels labels) {
        double share = home.distinct() / (double) nights;
        List<Evidence> evidence = evidence(service, home);
        String comparison = labels.compare(CompanyPlaceLabels.Role.HOME, home.latitude(), home.longitude(), evidence);
        String explanation = service.displayName() + "'s location data puts you at this place on " + home.distinct()
                + " of the " + nights + " nights it covers (" + NIGHT_START + ":00–0" + NIGHT_END + ":00, "
                + zone.getId() + " time), so this is almost certainly where you live. The confidence rests on that "
                + "share and on how many nights there are. " + comparison + (comparison.isEmpty() ? "" : " ")
                + "Anyone holding this data knows your address, and from it when the flat is empty.";
        return new Inference(InferenceOrigin.DERIVED, service, InferenceKind.HOME, "Home " + where(home), null,
                SensitiveCategory.PRECISE_LOCATION, "Where you sleep is your home address: it identifies you, tells "
                + "who you live with and when nobody is home. " + SensitiveCategory.PRECISE_LOCATION.why(),
                confidence(share, home.distinct(), 30), home.latitude(), home.longitude(), null, explanation,
                capped(evidence), home.records() + stated(evidence), Set.of(service));
    }

    private Inference work(Service service, PlaceGrid.Place work, int workdays, CompanyPlaceLabels labels) {
        double share = work.distinct() / (double) workdays;
        List<Evidence> evidence = evidence(service, work);
        String comparison = labels.compare(CompanyPlaceLabels.Role.WORK, work.latitude(), work.longitude(), evidence);
        String explanation = service.displayName() + "'s location data puts you at this place during working hours ("
                + WORK_START + ":00–" + WORK_END + ":00, Monday to Friday) on " + work.distinct() + " of the "
                + workdays + " weekdays it covers, away from your home: most likely where you work or study. "
                + comparison + (comparison.isEmpty() ? "" : " ")
                + "Your workplace tells your employer or school and, with your home, your daily commute.";
        return new Inference(InferenceOrigin.DERIVED, service, InferenceKind.WORK, "Work " + where(work), null,
                SensitiveCategory.PRECISE_LOCATION, "Your workplace names your employer or school and, with your "
                + "home, your daily route. " + SensitiveCategory.PRECISE_LOCATION.why(),
                confidence(share, work.distinct(), 40), work.latitude(), work.longitude(), null, explanation,
                capped(evidence), work.records() + stated(evidence), Set.of(service));
    }

    private Inference regular(Service service, PlaceGrid.Place place) {
        String name = place.name();
        String explanation = service.displayName() + "'s location data shows you at this place on " + place.distinct()
                + " different days" + (name == null ? "" : "; its visit records name it " + name) + ". Places you "
                + "return to (a gym, a doctor, a friend's flat, a place of worship) can reveal habits, health and "
                + "relationships.";
        return new Inference(InferenceOrigin.DERIVED, service, InferenceKind.REGULAR_PLACE,
                "Regular place: " + (name != null ? name : coordinates(place)) + " (" + place.distinct() + " days)",
                null, SensitiveCategory.PRECISE_LOCATION, "Places you return to can reveal your health, faith, "
                + "friends and habits. " + SensitiveCategory.PRECISE_LOCATION.why(),
                Math.min(0.9, 0.4 + place.distinct() / 50.0), place.latitude(), place.longitude(), null, explanation,
                capped(evidence(service, place)), place.records(), Set.of(service));
    }

    /** Sure when most nights (or days) are there and there are many; a few nights make a weak guess. */
    private static double confidence(double share, int count, int plenty) {
        double c = share * Math.min(1, 0.4 + 0.6 * count / plenty);
        return Math.round(Math.min(0.95, c) * 100) / 100.0;
    }

    /** "near Zschochersche Straße 27, 04229 Leipzig, Deutschland" or "near 51.3318, 12.3331". */
    private static String where(PlaceGrid.Place place) {
        String name = place.name();
        return "near " + (name != null ? name : coordinates(place));
    }

    private static String coordinates(PlaceGrid.Place place) {
        return String.format(Locale.ROOT, "%.4f, %.4f", place.latitude(), place.longitude());
    }

    /** The points of the place per track, most first, then its visit items. */
    private static List<Evidence> evidence(Service service, PlaceGrid.Place place) {
        Map<Long, long[]> perTrack = new HashMap<>();
        Map<Long, String> paths = new HashMap<>();
        List<AnalysedItem> items = new ArrayList<>();
        for (PlaceGrid.Cell cell : place.cells()) {
            cell.pointsPerTrack.forEach((t, n) -> perTrack.computeIfAbsent(t, k -> new long[1])[0] += n[0]);
            paths.putAll(cell.trackPaths);
            items.addAll(cell.items);
        }
        List<Evidence> out = new ArrayList<>();
        perTrack.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Long, long[]>>comparingLong(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .forEach(e -> out.add(new Evidence(Evidence.Kind.LOCATION_POINTS, e.getKey(), service, null,
                        e.getValue()[0] + " location points at this place", paths.get(e.getKey()), e.getValue()[0])));
        items.sort(Comparator.comparing(AnalysedItem::at));
        for (AnalysedItem item : items) {
            out.add(Evidence.item(item, "Visit: " + item.title()));
        }
        return out;
    }

    private static long stated(List<Evidence> evidence) {
        return evidence.stream().filter(e -> e.kind() == Evidence.Kind.STATED_INFERENCE).count();
    }

    private static List<Evidence> capped(List<Evidence> evidence) {
        if (evidence.size() <= MAX_EVIDENCE) {
            return evidence;
        }
        // The company's own labels come last in the list but are among the most telling: keep them.
        List<Evidence> stated = evidence.stream().filter(e -> e.kind() == Evidence.Kind.STATED_INFERENCE).toList();
        List<Evidence> out = new ArrayList<>(evidence.stream().filter(e -> e.kind() != Evidence.Kind.STATED_INFERENCE)
                .limit(MAX_EVIDENCE - Math.min(stated.size(), MAX_EVIDENCE / 2)).toList());
        out.addAll(stated.subList(0, Math.min(stated.size(), MAX_EVIDENCE - out.size())));
        return out;
    }
}
