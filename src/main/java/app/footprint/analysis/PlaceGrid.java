package app.footprint.analysis;

import app.footprint.model.AnalysedItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one company's location data puts the person, as a fixed grid of cells about 125 m across. Each cell
 * counts distinct nights, distinct weekday working hours and distinct days rather than points, so that a
 * device reporting every second weighs no more than one reporting hourly. Memory grows with the places
 * visited, never with the number of points.
 */
final class PlaceGrid {
    /** The cell's height in degrees of latitude: 125 m. */
    static final double CELL_DEGREES = 125 / 111_320.0;
    /** At most this many visit items are kept per cell as evidence. */
    private static final int ITEMS_PER_CELL = 40;

    /** What one cell of the grid saw. */
    static final class Cell {
        final long key;
        final int row;
        final int column;
        final Set<Integer> nights = new HashSet<>();
        final Set<Integer> workdays = new HashSet<>();
        final Set<Integer> days = new HashSet<>();
        /** The last night, working day and day added: points arrive in time order, so most repeats stop here. */
        int lastNight = Integer.MIN_VALUE;
        int lastWorkday = Integer.MIN_VALUE;
        int lastDay = Integer.MIN_VALUE;
        long records;
        double sumLatitude;
        double sumLongitude;
        final Map<Long, long[]> pointsPerTrack = new LinkedHashMap<>();
        final Map<Long, String> trackPaths = new HashMap<>();
        final List<AnalysedItem> items = new ArrayList<>();
        final Map<String, Integer> names = new HashMap<>();

        /** The counter of the last track added to, most points being in the track before. */
        private long lastTrack = Long.MIN_VALUE;
        private long[] lastTrackPoints;

        Cell(long key, int row, int column) {
            this.key = key;
            this.row = row;
            this.column = column;
        }

        double latitude() {
            return sumLatitude / records;
        }

        double longitude() {
            return sumLongitude / records;
        }

        void night(int night) {
            if (night != lastNight) {
                lastNight = night;
                nights.add(night);
            }
        }

        void workday(int day) {
            if (day != lastWorkday) {
                lastWorkday = day;
                workdays.add(day);
            }
        }

        void day(int day) {
            if (day != lastDay) {
                lastDay = day;
                days.add(day);
            }
        }
    }

    private final Map<Long, Cell> cells = new HashMap<>();
    /** The last cell and row used: consecutive points mostly fall in the same cell. */
    private Cell last;
    private int lastRow = Integer.MIN_VALUE;
    private double lastCosine;

    /** The cell holding a position, created when new; its centre is the mean of what it received. */
    Cell at(double latitude, double longitude) {
        int row = (int) Math.floor(latitude / CELL_DEGREES);
        if (row != lastRow) {
            lastRow = row;
            lastCosine = cosine(row);
        }
        int column = (int) Math.floor(longitude * lastCosine / CELL_DEGREES);
        Cell cell = last;
        if (cell == null || cell.row != row || cell.column != column) {
            cell = cells.computeIfAbsent(key(row, column), k -> new Cell(k, row, column));
            last = cell;
        }
        cell.records++;
        cell.sumLatitude += latitude;
        cell.sumLongitude += longitude;
        return cell;
    }

    /** Notes a location point of a track in a cell. */
    static void point(Cell cell, long track, String path) {
        if (track != cell.lastTrack) {
            cell.lastTrack = track;
            cell.lastTrackPoints = cell.pointsPerTrack.computeIfAbsent(track, t -> {
                cell.trackPaths.put(t, path);
                return new long[1];
            });
        }
        cell.lastTrackPoints[0]++;
    }

    /** Notes a visit item in a cell, with the place's name when the item gives one. */
    static void item(Cell cell, AnalysedItem item, String name) {
        if (cell.items.size() < ITEMS_PER_CELL) {
            cell.items.add(item);
        }
        if (name != null) {
            cell.names.merge(name, 1, Integer::sum);
        }
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    /** All the nights seen anywhere: the share of them spent at one place tells how sure a home is. */
    Set<Integer> allNights() {
        Set<Integer> all = new HashSet<>();
        cells.values().forEach(c -> all.addAll(c.nights));
        return all;
    }

    Set<Integer> allWorkdays() {
        Set<Integer> all = new HashSet<>();
        cells.values().forEach(c -> all.addAll(c.workdays));
        return all;
    }

    /** How a place is measured: by nights, weekday working hours or days. */
    enum Measure {
        NIGHTS, WORKDAYS, DAYS;

        Set<Integer> of(Cell cell) {
            return switch (this) {
                case NIGHTS -> cell.nights;
                case WORKDAYS -> cell.workdays;
                case DAYS -> cell.days;
            };
        }
    }

    /** A place: a cell merged with its eight neighbours. */
    record Place(List<Cell> cells, int distinct, double latitude, double longitude) {
        long records() {
            return cells.stream().mapToLong(c -> c.records).sum();
        }

        /** The name most visit items here give it, or null. */
        String name() {
            Map<String, Integer> names = new HashMap<>();
            cells.forEach(c -> c.names.forEach((n, k) -> names.merge(n, k, Integer::sum)));
            return names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
        }
    }

    /**
     * The best places by a measure, at least {@code apart} metres from each other and from {@code avoid}:
     * cells are ranked by the sum over their neighbourhood, and the best few are then counted exactly
     * (a night seen in two neighbouring cells counts once).
     */
    List<Place> best(Measure measure, int limit, double apartMeters, List<Place> avoid) {
        List<Cell> ranked = new ArrayList<>(cells.values());
        Map<Long, Integer> sums = new HashMap<>();
        for (Cell cell : ranked) {
            int sum = 0;
            for (Cell n : neighbourhood(cell)) {
                sum += measure.of(n).size();
            }
            sums.put(cell.key, sum);
        }
        ranked.removeIf(c -> sums.get(c.key) == 0);
        ranked.sort(Comparator.<Cell>comparingInt(c -> -sums.get(c.key)).thenComparingLong(c -> c.key));
        List<Place> candidates = new ArrayList<>();
        for (Cell cell : ranked.subList(0, Math.min(ranked.size(), Math.max(limit * 8, 20)))) {
            candidates.add(place(cell, measure));
        }
        candidates.sort(Comparator.comparingInt(Place::distinct).reversed());
        List<Place> chosen = new ArrayList<>();
        for (Place p : candidates) {
            if (chosen.size() == limit) {
                break;
            }
            boolean clear = chosen.stream().allMatch(c -> Geo.meters(c, p) >= apartMeters)
                    && avoid.stream().allMatch(c -> Geo.meters(c, p) >= apartMeters);
            if (clear) {
                chosen.add(p);
            }
        }
        return chosen;
    }

    private Place place(Cell centre, Measure measure) {
        List<Cell> around = neighbourhood(centre);
        Set<Integer> distinct = new HashSet<>();
        double weight = 0;
        double latitude = 0;
        double longitude = 0;
        for (Cell c : around) {
            Set<Integer> counted = measure.of(c);
            distinct.addAll(counted);
            // Each cell pulls the centre by how many distinct days it saw, not by its points.
            latitude += c.latitude() * counted.size();
            longitude += c.longitude() * counted.size();
            weight += counted.size();
        }
        return new Place(around, distinct.size(), latitude / weight, longitude / weight);
    }

    private List<Cell> neighbourhood(Cell cell) {
        int row = cell.row;
        double latitude = cell.latitude();
        List<Cell> out = new ArrayList<>(9);
        for (int dr = -1; dr <= 1; dr++) {
            int r = row + dr;
            // Columns of a neighbouring row are found from this cell's longitude, as that row counts them.
            int column = (int) Math.floor(cell.longitude() * cosine(r) / CELL_DEGREES);
            for (int dc = -1; dc <= 1; dc++) {
                Cell n = cells.get(key(r, column + dc));
                if (n != null && (n == cell || Math.abs(n.latitude() - latitude) < 3 * CELL_DEGREES)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static double cosine(int row) {
        return Math.max(0.01, Math.cos(Math.toRadians((row + 0.5) * CELL_DEGREES)));
    }

    /**
     * The cell's key. Row and column packed side by side hash badly (Long's hash folds them onto each other,
     * so neighbouring cells collide), so the packing is scrambled by an odd multiplier, which keeps it unique.
     */
    private static long key(int row, int column) {
        return (((long) row << 32) | (column & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }
}
