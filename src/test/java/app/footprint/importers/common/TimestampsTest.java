package app.footprint.importers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void readsEpochSecondsAndRefusesImpossibleOnes() {
        assertThat(Timestamps.epochSeconds(1698272460).instant()).isEqualTo(Instant.parse("2023-10-25T22:21:00Z"));
        assertThat(Timestamps.epochSeconds(1665849123456789L)).isNull();
        assertThat(Timestamps.epochSeconds(0)).isNull();
        assertThat(Timestamps.epochMillis(1491232400781L).instant()).isEqualTo(Instant.parse("2017-04-03T15:13:20.781Z"));
    }

    @Test
    void readsTheFormatsOfTheServices() {
        assertThat(Timestamps.parse("2019-05-30T15:37:18.828Z")).isEqualTo(Moment.utc(Instant.parse("2019-05-30T15:37:18.828Z")));
        assertThat(Timestamps.parse("2022-09-22T04:45:54.424Z[UTC]").instant()).isEqualTo(Instant.parse("2022-09-22T04:45:54.424Z"));
        assertThat(Timestamps.parse("2021-11-04 11:16")).isEqualTo(Moment.assumedUtc(Instant.parse("2021-11-04T11:16:00Z")));
        assertThat(Timestamps.parse("2024-11-20 15:18:33")).isEqualTo(Moment.assumedUtc(Instant.parse("2024-11-20T15:18:33Z")));
        assertThat(Timestamps.parse("2022-03-01 10:00:00 UTC")).isEqualTo(Moment.utc(Instant.parse("2022-03-01T10:00:00Z")));
        assertThat(Timestamps.parse("2021-11-29")).isEqualTo(Moment.assumedUtc(Instant.parse("2021-11-29T00:00:00Z")));
        assertThat(Timestamps.parse("2023-08-19T10:57:40+0200").instant()).isEqualTo(Instant.parse("2023-08-19T08:57:40Z"));
        assertThat(Timestamps.parse("2023-08-19T10:57:40+02:00").instant()).isEqualTo(Instant.parse("2023-08-19T08:57:40Z"));
        assertThat(Timestamps.parse("1437263846012").instant()).isEqualTo(Instant.ofEpochMilli(1437263846012L));
        assertThat(Timestamps.parse("1437263846").instant()).isEqualTo(Instant.ofEpochSecond(1437263846L));
    }

    @Test
    void theCommonIsoFormIsReadByTheFastPathExactlyAsTheGeneralOne() {
        for (String text : new String[] {"2017-06-03T14:07:12Z", "2017-06-03T14:07:12.3Z", "2017-06-03T14:07:12.345Z",
                "2024-02-29T23:59:59.123456789Z", "1999-12-31T00:00:00.000Z"}) {
            assertThat(Timestamps.isoUtc(text)).as(text).isEqualTo(Instant.parse(text));
        }
        for (String text : new String[] {"2023-02-30T10:00:00Z", "2017-13-03T14:07:12Z", "2017-06-03 14:07:12Z",
                "2017-06-03T14:07:12+02:00", "2017-06-03T14:07:12.Z", "2017-06-03T14:07:1xZ"}) {
            assertThat(Timestamps.isoUtc(text)).as(text).isNull();
        }
        assertThat(Timestamps.parse("2023-02-30T10:00:00Z")).as("no such day").isNull();
    }

    @Test
    void givesNullForNonsense() {
        assertThat(Timestamps.parse("")).isNull();
        assertThat(Timestamps.parse("yesterday")).isNull();
        assertThat(Timestamps.parse("2021-13-45 99:99")).isNull();
        assertThat(Timestamps.parse("1800-01-01")).isNull();
        assertThat(Timestamps.parse(null)).isNull();
    }
}
