package app.footprint.importers.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.common.Moment;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LinkedInDatesTest {
    private static void reads(String text, String instant, boolean zoneAssumed) {
        Moment m = LinkedInDates.parse(text);
        assertThat(m).as(text).isNotNull();
        assertThat(m.instant()).as(text).isEqualTo(Instant.parse(instant));
        assertThat(m.zoneAssumed()).as(text).isEqualTo(zoneAssumed);
    }

    @Test
    void readsEachFilesFormat() {
        reads("2025-06-01 14:03:22 UTC", "2025-06-01T14:03:22Z", false);       // messages
        reads("2024/02/01 15:02:55 UTC", "2024-02-01T15:02:55Z", false);       // searches, endorsements
        reads("08 Feb 2026", "2026-02-08T00:00:00Z", true);                   // connections
        reads("8 feb 2024", "2024-02-08T00:00:00Z", true);
        reads("1/29/26, 2:37 PM", "2026-01-29T14:37:00Z", true);              // invitations
        reads("12/3/21, 9:05 AM", "2021-12-03T09:05:00Z", true);
        reads("1/29/26, 2:37\u202fPM", "2026-01-29T14:37:00Z", true);
        reads("Jan 2024", "2024-01-01T00:00:00Z", true);                      // positions
        reads("2009", "2009-01-01T00:00:00Z", true);                          // education
        reads("2026-02-09 01:21:47", "2026-02-09T01:21:47Z", true);            // shares
        reads("2022-09-05", "2022-09-05T00:00:00Z", true);                    // ads clicked
    }

    @Test
    void refusesWhatIsNoTimeOrImplausible() {
        assertThat(LinkedInDates.parse(null)).isNull();
        assertThat(LinkedInDates.parse(" ")).isNull();
        assertThat(LinkedInDates.parse("Present")).isNull();
        assertThat(LinkedInDates.parse("1975")).isNull();
        assertThat(LinkedInDates.parse("13/45/21, 9:05 AM")).isNull();
        assertThat(LinkedInDates.parse("2999/01/01 00:00:00 UTC")).isNull();
    }
}
