package app.footprint.importers.google;

import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the localised date line of My Activity HTML records and of {@code archive_browser.html}:
 * "Nov 23, 2021, 9:16:02 AM CET", "23 nov 2021, 09:16:02 CET", "12.03.2024, 10:14:00 MEZ",
 * "23 de nov. de 2021, 09:16:02 CET". The line is read by its parts (a time, a year, a day, a month by
 * name or number, AM/PM, a zone abbreviation) rather than by one pattern per language. Where the zone is
 * missing or unknown, UTC is assumed and the moment says so.
 */
final class ActivityDates {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?!\\d)");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern DAY = Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");
    private static final Pattern PM = Pattern.compile("(?i)(?<!\\p{L})(pm|p\\.\\s?m\\.?|nachm\\.?)(?!\\p{L})");
    private static final Pattern AM = Pattern.compile("(?i)(?<!\\p{L})(am|a\\.\\s?m\\.?|vorm\\.?)(?!\\p{L})");
    private static final Pattern OFFSET = Pattern.compile("(?:GMT|UTC)\\s*([+-−])(\\d{1,2})(?::?(\\d{2}))?");
    private static final Pattern ZONE_WORD = Pattern.compile("(?<!\\p{L})([A-Z]{2,5})(?!\\p{L})");

    private static final List<String> MONTHS = List.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
            "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "dezember",
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre",
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre",
            "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
            "novembre", "dicembre",
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december",
            "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro");
    /** Abbreviations that are not the start of their month's name. */
    private static final Map<String, Integer> ABBREVIATIONS = Map.of("mrz", 3, "mrt", 3, "sept", 9);
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("WET", 0), Map.entry("WEZ", 0),
            Map.entry("WEST", 60), Map.entry("WESZ", 60), Map.entry("BST", 60), Map.entry("IST", 60),
            Map.entry("CET", 60), Map.entry("MEZ", 60), Map.entry("CEST", 120), Map.entry("MESZ", 120),
            Map.entry("EET", 120), Map.entry("OEZ", 120), Map.entry("EEST", 180), Map.entry("OESZ", 180),
            Map.entry("MSK", 180), Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360),
            Map.entry("CDT", -300), Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480),
            Map.entry("PDT", -420), Map.entry("AKST", -540), Map.entry("AKDT", -480), Map.entry("HST", -600),
            Map.entry("BRT", -180), Map.entry("ART", -180));

    private ActivityDates() {
    }

    /** The moment a date line states, or null when it is not a readable date. */
    static Moment parse(String line) {
        if (line == null) {
            return null;
        }
        String text = Normalizer.normalize(line, Normalizer.Form.NFC)
                .replace('\u202f', ' ').replace('\u00a0', ' ').strip();
        Matcher time = TIME.matcher(text);
        String datePart = text;
        int hour = 0;
        int minute = 0;
        int second = 0;
        String rest = "";
        // The time is the first h:mm[:ss] group written with a colon: "12.03.2024" is a date, and the
        // "01:00" of "GMT+01:00" comes after the time.
        int timeStart = -1;
        while (timeStart < 0 && time.find()) {
            if (time.group(3) != null || text.charAt(time.start() + time.group(1).length()) == ':') {
                timeStart = time.start();
                hour = Integer.parseInt(time.group(1));
                minute = Integer.parseInt(time.group(2));
                second = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
                rest = text.substring(time.end());
                datePart = text.substring(0, time.start());
            }
        }
        if (timeStart < 0) {
            return null;
        }
        if (PM.matcher(rest).find() || PM.matcher(datePart).find()) {
            hour = hour % 12 + 12;
        } else if (AM.matcher(rest).find() || AM.matcher(datePart).find()) {
            hour = hour % 12;
        }
        int[] date = date(datePart);
        if (date == null) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(date[0], date[1], date[2], hour, minute, second);
            Integer offsetMinutes = zone(rest);
            Moment moment = offsetMinutes == null
                    ? Moment.assumedUtc(local.toInstant(ZoneOffset.UTC))
                    : new Moment(local.toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60)), false);
            return Timestamps.plausible(moment.instant()) ? moment : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {year, month, day} from the part before the time, or null. */
    private static int[] date(String part) {
        Matcher iso = ISO_DATE.matcher(part);
        if (iso.find()) {
            return new int[] {Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3))};
        }
        Matcher numeric = NUMERIC_DATE.matcher(part);
        if (numeric.find()) {
            // Numeric dates in these languages are day first (German 12.03.2024, Dutch 12-03-2024).
            return new int[] {Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                    Integer.parseInt(numeric.group(1))};
        }
        Matcher year = YEAR.matcher(part);
        if (!year.find()) {
            return null;
        }
        String withoutYear = part.substring(0, year.start()) + " " + part.substring(year.end());
        Matcher day = DAY.matcher(withoutYear);
        Integer month = null;
        Matcher word = WORD.matcher(withoutYear);
        while (month == null && word.find()) {
            month = month(word.group());
        }
        if (month == null || !day.find()) {
            return null;
        }
        return new int[] {Integer.parseInt(year.group(1)), month, Integer.parseInt(day.group(1))};
    }

    /** The month a name or abbreviation stands for in any of the languages; null when none or ambiguous. */
    static Integer month(String word) {
        String key = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (key.length() < 3) {
            return null;
        }
        Integer abbreviation = ABBREVIATIONS.get(key);
        if (abbreviation != null) {
            return abbreviation;
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(key)) {
                int month = i % 12 + 1;
                if (!found.contains(month)) {
                    found.add(month);
                }
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The zone's offset in minutes from "CET", "MESZ", "GMT+01:00", "UTC-3"; null when none is known. */
    private static Integer zone(String rest) {
        Matcher offset = OFFSET.matcher(rest);
        if (offset.find()) {
            int minutes = Integer.parseInt(offset.group(2)) * 60
                    + (offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3)));
            return offset.group(1).equals("+") ? minutes : -minutes;
        }
        Matcher word = ZONE_WORD.matcher(rest);
        while (word.find()) {
            Integer minutes = ZONES.get(word.group(1));
            if (minutes != null) {
                return minutes;
            }
        }
        return null;
    }
}
