package app.footprint.importers.netflix;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.CsvCells;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code NetflixViewingHistory.csv}, the smaller download from a profile's "Viewing activity" page:
 * {@code Title,Date}, newest first, one row per title watched, the date written the way the account's
 * country writes dates ("3/10/24", "10.03.24", "10/03/2024", "2024-03-10").
 *
 * <p>Slashed dates are ambiguous: "3/4/24" is the 4th of March in the US and the 3rd of April in Italy.
 * The order is learned from the file itself, from the first date whose day is above 12; rows before that
 * wait (a bounded number of them). If the file never tells, month first (the US form) is assumed and the
 * file says so.
 */
final class ViewingHistoryDownloadParser implements FileParser {
    /** Rows held back while the day/month order is unknown; far more than two weeks of viewing. */
    static final int MAX_WAITING_ROWS = 5000;
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})");

    private record Row(long index, String title, String date, Map<String, String> cells) {
    }

    @Override
    public void parse(ImportFile file) throws IOException {
        List<Row> waiting = new ArrayList<>();
        Boolean[] dayFirst = {null};
        boolean[] guessed = {false};
        Csv.forEachRow(file, (index, csv) -> {
            String title = csv.get("Title");
            if (title == null) {
                file.problem("record " + index + ": a row without a title, left out");
                return;
            }
            Row row = new Row(index, title, csv.get("Date"), CsvCells.of(csv));
            if (dayFirst[0] == null) {
                dayFirst[0] = order(row.date());
            }
            if (dayFirst[0] == null && isSlashed(row.date())) {
                waiting.add(row);
                if (waiting.size() >= MAX_WAITING_ROWS) {
                    dayFirst[0] = false;
                    guessed[0] = true;
                    flush(file, waiting, false);
                }
                return;
            }
            flush(file, waiting, dayFirst[0] != null && dayFirst[0]);
            emit(file, row, dayFirst[0] != null && dayFirst[0]);
        });
        if (!waiting.isEmpty()) {
            guessed[0] = true;
            flush(file, waiting, false);
        }
        if (guessed[0]) {
            file.problem("dates such as 3/4/24 could be read either way; they were read month first, as in the US");
        }
    }

    private static void flush(ImportFile file, List<Row> waiting, boolean dayFirst) {
        for (Row row : waiting) {
            emit(file, row, dayFirst);
        }
        waiting.clear();
    }

    private static void emit(ImportFile file, Row row, boolean dayFirst) {
        Moment when = row.date() == null ? null : date(row.date(), dayFirst);
        if (row.date() != null && when == null) {
            file.problem("record " + row.index() + ": \"Date\" is not a usable date (\"" + row.date()
                    + "\"); kept without a time");
        }
        Map<String, String> attributes = row.cells();
        NetflixTitle parts = NetflixTitle.parse(row.title());
        attributes.put("show", parts.show());
        attributes.put("season", parts.season());
        attributes.put("episode", parts.episode());
        attributes.put("episode_number", parts.episodeNumber());
        file.item(Category.WATCHING, when, row.title(), null, attributes, row.index());
    }

    /** "3/4/24" or "3-4-2024": day and month in an order the date alone may not tell. */
    private static boolean isSlashed(String date) {
        if (date == null) {
            return false;
        }
        Matcher m = NUMERIC.matcher(date.strip());
        return m.matches() && m.group(1).length() != 4 && !m.group(2).equals(".");
    }

    /** True for day first, false for month first, null when this date cannot tell. */
    static Boolean order(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = NUMERIC.matcher(date.strip());
        if (!m.matches() || m.group(1).length() == 4) {
            return null;
        }
        if (m.group(2).equals(".")) {
            return true; // 10.03.24: Germany, Switzerland, Poland... write the day first
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(3));
        if (first > 12 && second <= 12) {
            return true;
        }
        if (second > 12 && first <= 12) {
            return false;
        }
        return null;
    }

    /** The date at UTC midnight, marked as assumed; null when it is not a real date. */
    static Moment date(String text, boolean dayFirst) {
        String s = text.strip();
        Matcher m = NUMERIC.matcher(s);
        if (!m.matches()) {
            return Timestamps.parse(s);
        }
        try {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int c = Integer.parseInt(m.group(4));
            LocalDate day;
            if (m.group(1).length() == 4) {
                day = LocalDate.of(a, b, c);
            } else {
                int year = m.group(4).length() <= 2 ? 2000 + c : c;
                boolean dayComesFirst = dayFirst || m.group(2).equals(".");
                day = dayComesFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
            }
            Moment moment = Moment.assumedUtc(day.atStartOfDay().toInstant(ZoneOffset.UTC));
            return Timestamps.plausible(moment.instant()) ? moment : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
