package app.footprint.requests;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The days on which no one is expected to work: Saturdays, Sundays and a list of public holidays the user
 * supplies. No calendar is bundled: holidays depend on the controller's country or state (LEGAL.md 2.1).
 */
public final class Holidays {
    private static final Holidays NONE = new Holidays(Set.of());

    private final Set<LocalDate> dates;

    private Holidays(Set<LocalDate> dates) {
        this.dates = Set.copyOf(dates);
    }

    /** Weekends only. */
    public static Holidays none() {
        return NONE;
    }

    public static Holidays of(Collection<LocalDate> dates) {
        return new Holidays(new HashSet<>(dates));
    }

    /**
     * Reads one ISO date (YYYY-MM-DD) per line; text after the date (a name) and lines starting with '#'
     * are ignored, as are blank lines.
     */
    public static Holidays read(Path file) throws IOException {
        Set<LocalDate> dates = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String date = text.split("[\\s,;]+", 2)[0];
                try {
                    dates.add(LocalDate.parse(date));
                } catch (DateTimeParseException e) {
                    throw new IOException(file.getFileName() + " line " + number + ": not a date (YYYY-MM-DD): " + date, e);
                }
            }
        }
        return new Holidays(dates);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !dates.contains(day);
    }

    /** This day if it is a working day, else the next one that is. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
