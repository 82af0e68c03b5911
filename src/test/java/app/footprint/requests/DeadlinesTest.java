package app.footprint.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact dates for every law, and the weekend and holiday rules. */
class DeadlinesTest {
    private static final Laws LAWS = Laws.bundled();
    private static final Deadlines NO_HOLIDAYS = new Deadlines(Holidays.none());

    private static Deadline deadline(Deadlines deadlines, String law, String type, String received) {
        return deadlines.of(LAWS.find(law).orElseThrow(), RequestType.fromKey(type).orElseThrow(), LocalDate.parse(received));
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    // Mon 2 Mar 2026 unless said otherwise; weekends skipped, no holidays. An empty cell is "none in the law".
    @ParameterizedTest(name = "{0} {1} received {2}")
    @CsvSource({
            "gdpr,     access,             2026-03-02, 2026-04-02, 2026-06-02, ",
            "gdpr,     erasure,            2026-01-31, 2026-03-02, 2026-04-30, ",
            "gdpr,     object-marketing,   2026-10-31, 2026-11-30, 2027-02-01, ",
            "gdpr,     automated-decision, 2028-01-31, 2028-02-29, 2028-05-01, ",
            "uk-gdpr,  access,             2026-03-15, 2026-04-15, 2026-06-15, ",
            "uk-gdpr,  rectify,            2026-01-29, 2026-03-02, 2026-04-29, ",
            "ccpa,     know,               2026-03-02, 2026-04-16, 2026-05-31, 2026-03-16",
            "ccpa,     delete,             2026-03-02, 2026-04-16, 2026-05-31, 2026-03-16",
            "ccpa,     correct,            2026-03-06, 2026-04-20, 2026-06-04, 2026-03-20",
            "ccpa,     opt-out,            2026-03-02, 2026-03-23,           , ",
            "ccpa,     limit,              2026-03-06, 2026-03-27,           , ",
            "va,       know,               2026-03-02, 2026-04-16, 2026-05-31, ",
            "co,       delete,             2026-03-02, 2026-04-16, 2026-05-31, ",
            "ct,       correct,            2026-03-02, 2026-04-16, 2026-05-31, ",
            "ut,       opt-out,            2026-03-02, 2026-04-16, 2026-05-31, ",
            "tx,       know,               2026-03-02, 2026-04-16, 2026-05-31, ",
            "or,       know,               2026-03-02, 2026-04-16, 2026-05-31, ",
            "fl,       delete,             2026-03-02, 2026-04-16, 2026-05-01, ",
            "ia,       know,               2026-03-02, 2026-05-31, 2026-07-15, ",
            "us-state, delete,             2026-03-02, 2026-04-16, 2026-05-31, ",
            "lgpd,     access,             2026-03-02, 2026-03-17,           , ",
            "pipeda,   access,             2026-03-02, 2026-04-01, 2026-05-01, ",
            "ch-fadp,  access,             2026-03-02, 2026-04-01,           , "})
    void everyLawsDeadlines(String law, String type, String received, String due, String extendedDue, String acknowledgeBy) {
        Deadline d = deadline(NO_HOLIDAYS, law, type, received);
        assertThat(d.due()).isEqualTo(date(due));
        assertThat(d.extendedDue()).isEqualTo(date(extendedDue));
        assertThat(d.acknowledgeBy()).isEqualTo(date(acknowledgeBy));
    }

    @Test
    void everyLawIsInTheTable() {
        assertThat(LAWS.all()).extracting(Law::key).containsExactly("gdpr", "uk-gdpr", "ccpa", "va", "co", "ct", "ut", "tx",
                "or", "fl", "ia", "us-state", "lgpd", "pipeda", "ch-fadp");
    }

    @Test
    void aGdprMonthFromTheThirtyFirstOfJanuaryEndsOnTheLastDayOfFebruary() {
        // 2027: Sun 28 Feb moves to Mon 1 Mar; 2028 is a leap year and 29 Feb a Tuesday; 2026: Sat 28 Feb -> Mon 2 Mar.
        assertThat(deadline(NO_HOLIDAYS, "gdpr", "access", "2027-01-31").due()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(deadline(NO_HOLIDAYS, "gdpr", "access", "2028-01-31").due()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(deadline(NO_HOLIDAYS, "gdpr", "access", "2026-01-31").due()).isEqualTo(LocalDate.of(2026, 3, 2));
        // 2030: 28 Feb is a Thursday and stays.
        assertThat(deadline(NO_HOLIDAYS, "gdpr", "access", "2030-01-31").due()).isEqualTo(LocalDate.of(2030, 2, 28));
    }

    @Test
    void aGdprMonthFromTheFifteenthOfMarchEndsOnTheFifteenthOfApril() {
        assertThat(deadline(NO_HOLIDAYS, "gdpr", "access", "2026-03-15").due()).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void aGdprLastDayOnAHolidayMovesToTheNextWorkingDay() {
        // Received Sat 25 Apr 2026: the month ends on Whit Monday, 25 May 2026.
        Deadlines whitMonday = new Deadlines(Holidays.of(List.of(LocalDate.of(2026, 5, 25))));
        assertThat(deadline(NO_HOLIDAYS, "gdpr", "access", "2026-04-25").due()).isEqualTo(LocalDate.of(2026, 5, 25));
        assertThat(deadline(whitMonday, "gdpr", "access", "2026-04-25").due()).isEqualTo(LocalDate.of(2026, 5, 26));
        // A weekend followed by a holiday: Sat 28 Feb 2026 -> Mon 2 Mar is a holiday -> Tue 3 Mar.
        Deadlines second = new Deadlines(Holidays.of(List.of(LocalDate.of(2026, 3, 2))));
        assertThat(deadline(second, "gdpr", "erasure", "2026-01-31").due()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void businessDaysSkipWeekendsAndHolidays() {
        // Received Wed 23 Dec 2026; Fri 25 Dec and Fri 1 Jan are holidays.
        Deadlines christmas = new Deadlines(Holidays.of(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1))));
        assertThat(deadline(NO_HOLIDAYS, "ccpa", "know", "2026-12-23").acknowledgeBy()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(deadline(christmas, "ccpa", "know", "2026-12-23").acknowledgeBy()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(deadline(NO_HOLIDAYS, "ccpa", "opt-out", "2026-12-23").due()).isEqualTo(LocalDate.of(2027, 1, 13));
        assertThat(deadline(christmas, "ccpa", "opt-out", "2026-12-23").due()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(deadline(christmas, "ccpa", "limit", "2026-12-23").due()).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void calendarDayPeriodsDoNotMoveForWeekendsOrHolidays() {
        // CCPA: receipt + 45 days (LEGAL.md 2.2). Received Sat 7 Mar 2026 -> Tue 21 Apr; a holiday on it changes nothing.
        Deadlines holiday = new Deadlines(Holidays.of(List.of(LocalDate.of(2026, 4, 21))));
        assertThat(deadline(holiday, "ccpa", "delete", "2026-03-07").due()).isEqualTo(LocalDate.of(2026, 4, 21));
        // Iowa 90 days from Sat 7 Mar 2026 is Fri 5 Jun; LGPD 15 days ends on Sun 22 Mar; PIPEDA 30 days on Mon 6 Apr.
        assertThat(deadline(holiday, "ia", "delete", "2026-03-07").due()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(deadline(holiday, "lgpd", "erasure", "2026-03-07").due()).isEqualTo(LocalDate.of(2026, 3, 22));
        assertThat(deadline(holiday, "pipeda", "rectify", "2026-03-07").due()).isEqualTo(LocalDate.of(2026, 4, 6));
    }

    @Test
    void aTypeTheLawDoesNotGrantIsRefused() {
        Law utah = LAWS.find("ut").orElseThrow();
        assertThatThrownBy(() -> NO_HOLIDAYS.of(utah, RequestType.CORRECT, LocalDate.of(2026, 3, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Utah Consumer Privacy Act (UCPA) grants no correct request");
    }
}
