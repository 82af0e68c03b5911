package app.footprint.importers.google;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.common.Moment;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Nov 23, 2021, 9:16:02 AM CET | 2021-11-23T08:16:02Z",
            "Nov 23, 2021, 9:16:02\u202fPM CET | 2021-11-23T20:16:02Z",
            "Nov 23, 2021, 12:05:00 AM UTC | 2021-11-23T00:05:00Z",
            "23 Nov 2021, 21:16:02 GMT | 2021-11-23T21:16:02Z",
            "12.03.2024, 10:14:00 MEZ | 2024-03-12T09:14:00Z",
            "21.07.2023, 18:34:21 MESZ | 2023-07-21T16:34:21Z",
            "23 nov. 2021, 09:16:02 CET | 2021-11-23T08:16:02Z",
            "3 févr. 2022, 17:00:00 UTC+1 | 2022-02-03T16:00:00Z",
            "23 nov 2021, 9:16:02 CET | 2021-11-23T08:16:02Z",
            "23 nov 2021, 09:16:02 CET | 2021-11-23T08:16:02Z",
            "23 mrt 2021 09:16:02 CET | 2021-03-23T08:16:02Z",
            "23 de nov. de 2021, 09:16:02 CET | 2021-11-23T08:16:02Z",
            "1 de ago. de 2022 14:00:00 BRT | 2022-08-01T17:00:00Z",
            "Sep 15, 2023, 12:41:38 AM PDT | 2023-09-15T07:41:38Z",
            "4 gen 2020, 10:00:00 GMT+01:00 | 2020-01-04T09:00:00Z"})
    void readsTheDateLineOfEveryLanguage(String line, String expected) {
        Moment moment = ActivityDates.parse(line);
        assertThat(moment).isNotNull();
        assertThat(moment.instant()).isEqualTo(Instant.parse(expected));
        assertThat(moment.zoneAssumed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23 nov 2021, 09:16:02", "23 nov 2021, 09:16:02 XYZT"})
    void assumesUtcWhereTheZoneIsMissingOrUnknown(String line) {
        Moment moment = ActivityDates.parse(line);
        assertThat(moment.instant()).isEqualTo(Instant.parse("2021-11-23T09:16:02Z"));
        assertThat(moment.zoneAssumed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Discover", "16 schede nel tuo feed", "31 foo 2021, 10:00:00 CET",
            "30.02.2021, 10:00:00 CET", "1 Jan 1970, 10:00:00 UTC"})
    void refusesWhatIsNoDate(String line) {
        assertThat(ActivityDates.parse(line)).isNull();
    }
}
