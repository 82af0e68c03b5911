package app.footprint.importers.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.common.Moment;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AmazonDatesTest {
    @Test
    void usDatesWithUtcAreKnownUtc() {
        assertThat(AmazonDates.parse("11/11/2021 22:32:48 UTC"))
                .isEqualTo(Moment.utc(Instant.parse("2021-11-11T22:32:48Z")));
    }

    @Test
    void usDatesWithoutAZoneAreAssumedUtc() {
        assertThat(AmazonDates.parse("12/14/2016 19:00:00"))
                .isEqualTo(Moment.assumedUtc(Instant.parse("2016-12-14T19:00:00Z")));
        assertThat(AmazonDates.parse("02/29/2024"))
                .isEqualTo(Moment.assumedUtc(Instant.parse("2024-02-29T00:00:00Z")));
    }

    @Test
    void isoAudibleAndSearchTimesAreRead() {
        assertThat(AmazonDates.parse("2099-01-19T14:15:16Z")).isNull(); // in the future: implausible
        assertThat(AmazonDates.parse("2023-08-19T14:15:16Z")).isEqualTo(Moment.utc(Instant.parse("2023-08-19T14:15:16Z")));
        assertThat(AmazonDates.parse("2023-08-19T14:15:16.000Z")).isEqualTo(Moment.utc(Instant.parse("2023-08-19T14:15:16Z")));
        assertThat(AmazonDates.parse("22-JAN-2018")).isEqualTo(Moment.assumedUtc(Instant.parse("2018-01-22T00:00:00Z")));
        assertThat(AmazonDates.parse("2019-11-24 20:30:23.0"))
                .isEqualTo(Moment.assumedUtc(Instant.parse("2019-11-24T20:30:23Z")));
        assertThat(AmazonDates.parseUtc("2020-02-27 15:52:06"))
                .isEqualTo(Moment.utc(Instant.parse("2020-02-27T15:52:06Z")));
    }

    @Test
    void placeholdersAndNonsenseAreNoTime() {
        assertThat(AmazonDates.isPlaceholder("Not Available")).isTrue();
        assertThat(AmazonDates.isPlaceholder("N/A")).isTrue();
        assertThat(AmazonDates.isPlaceholder("11/11/2021")).isFalse();
        assertThat(AmazonDates.parse("Not Available")).isNull();
        assertThat(AmazonDates.parse("13/45/2021 10:00:00 UTC")).isNull();
        assertThat(AmazonDates.parse("31-FOO-2018")).isNull();
        assertThat(AmazonDates.parse("yesterday")).isNull();
    }
}
