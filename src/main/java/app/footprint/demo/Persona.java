package app.footprint.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Who Jana Köhler is: the facts her story rests on, shared by every service's writer so that
 * every export tells the same life. Everything here is invented.
 */
final class Persona {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    static final String FIRST_NAME = "Jana";
    static final String LAST_NAME = "Köhler";
    static final String FULL_NAME = FIRST_NAME + " " + LAST_NAME;
    static final LocalDate BIRTHDAY = LocalDate.of(1990, 8, 21);
    static final String EMAIL = "jana.koehler@example.org";
    static final String OLD_EMAIL = "jana.k90@example.net";
    static final String CITY = "Leipzig";
    static final String REGION = "Sachsen";
    static final String POSTCODE = "04229";
    static final String HOMETOWN = "Chemnitz";
    /** Her account's id at Meta, which 2024+ files carry as {@code fbid}. */
    static final String FACEBOOK_ID = "100002864193057";

    static final String PARTNER = "Tom Berger";
    static final String SISTER = "Lena Köhler";
    static final String MOTHER = "Sabine Köhler";

    /** The day the companies produced the exports; nothing is dated later. */
    static final LocalDate EXPORT_DAY = LocalDate.of(2024, 3, 12);
    static final LocalDate LAST_ACTIVE_DAY = EXPORT_DAY.minusDays(1);

    static final LocalDate FACEBOOK_SINCE = LocalDate.of(2011, 5, 14);
    static final LocalDate MESSAGES_SINCE = LocalDate.of(2015, 3, 2);
    static final LocalDate SPOTIFY_SINCE = LocalDate.of(2016, 2, 7);
    static final LocalDate MOVED_TO_LEIPZIG = LocalDate.of(2012, 9, 1);

    /**
     * The story under the data: a positive pregnancy test in July 2023, a baby due in April 2024. The
     * cycle-tracker app falls silent the day before, a pregnancy app starts the day after, searches,
     * shops and podcasts turn to babies.
     */
    static final LocalDate PREGNANCY_KNOWN = LocalDate.of(2023, 7, 20);
    static final LocalDate DUE_DATE = LocalDate.of(2024, 4, 6);

    private Persona() {
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    static boolean expecting(Instant moment) {
        return !moment.isBefore(at(PREGNANCY_KNOWN, 0, 0));
    }
}
