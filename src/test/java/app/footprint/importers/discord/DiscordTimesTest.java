package app.footprint.importers.discord;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.common.Moment;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DiscordTimesTest {
    @Test
    void messageTimesOfBothGenerations() {
        assertThat(DiscordTimes.message("2017-10-01 18:20:34.469000+00:00"))
                .isEqualTo(Moment.utc(Instant.parse("2017-10-01T18:20:34.469Z")));
        assertThat(DiscordTimes.message("2020-02-03 10:11:12+00:00"))
                .isEqualTo(Moment.utc(Instant.parse("2020-02-03T10:11:12Z")));
        assertThat(DiscordTimes.message("2022-09-09 00:14:25"))
                .isEqualTo(Moment.assumedUtc(Instant.parse("2022-09-09T00:14:25Z")));
        assertThat(DiscordTimes.message("2022-09-09 00:14:25.5"))
                .isEqualTo(Moment.assumedUtc(Instant.parse("2022-09-09T00:14:25.5Z")));
        assertThat(DiscordTimes.message("yesterday")).isNull();
        assertThat(DiscordTimes.message(null)).isNull();
    }

    @Test
    void eventTimesLoseTheirExtraQuotes() {
        assertThat(DiscordTimes.event("\"2021-05-06T12:34:56.789Z\""))
                .isEqualTo(Moment.utc(Instant.parse("2021-05-06T12:34:56.789Z")));
        assertThat(DiscordTimes.event("2021-05-06T12:34:56.789Z"))
                .isEqualTo(Moment.utc(Instant.parse("2021-05-06T12:34:56.789Z")));
        assertThat(DiscordTimes.event("\"\"")).isNull();
        assertThat(DiscordTimes.event("\"")).isNull();
    }

    @Test
    void snowflakesCarryTheirMoment() {
        // Milliseconds since 2015-01-01 shifted left by 22 bits; the low bits (worker, counter) do not count.
        assertThat(DiscordTimes.snowflake("1131861875613503489"))
                .isEqualTo(Moment.utc(Instant.parse("2023-07-21T08:15:00.123Z")));
        assertThat(DiscordTimes.snowflake("364114385699864577"))
                .isEqualTo(Moment.utc(Instant.parse("2017-10-01T18:20:34.469Z")));
        assertThat(DiscordTimes.snowflake("12")).isNull();
        assertThat(DiscordTimes.snowflake("not-an-id")).isNull();
        assertThat(DiscordTimes.snowflake("99999999999999999999")).isNull();
        assertThat(DiscordTimes.snowflake(null)).isNull();
    }
}
