package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.common.Moment;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TwitterTimesTest {
    @Test
    void readsEveryFormatOfAnArchive() {
        assertThat(TwitterTimes.parse("Sat Aug 19 10:57:40 +0000 2023"))
                .isEqualTo(Moment.utc(Instant.parse("2023-08-19T10:57:40Z")));
        assertThat(TwitterTimes.parse("Tue Jan 02 23:30:00 +0100 2024"))
                .isEqualTo(Moment.utc(Instant.parse("2024-01-02T22:30:00Z")));
        assertThat(TwitterTimes.parse("Wed Jan 04 08:00:00 +0000 2014")).as("a wrong weekday is no reason to lose the time")
                .isEqualTo(Moment.utc(Instant.parse("2014-01-04T08:00:00Z")));
        assertThat(TwitterTimes.parse("2023-06-05 17:00:52"))
                .isEqualTo(Moment.assumedUtc(Instant.parse("2023-06-05T17:00:52Z")));
        assertThat(TwitterTimes.parse("2020-01-20T21:42:09.068Z"))
                .isEqualTo(Moment.utc(Instant.parse("2020-01-20T21:42:09.068Z")));
        assertThat(TwitterTimes.parse("2021.10.20"))
                .isEqualTo(Moment.assumedUtc(Instant.parse("2021-10-20T00:00:00Z")));
    }

    @Test
    void refusesWhatIsNoTimeOrAnImpossibleOne() {
        assertThat(TwitterTimes.parse(null)).isNull();
        assertThat(TwitterTimes.parse(" ")).isNull();
        assertThat(TwitterTimes.parse("yesterday")).isNull();
        assertThat(TwitterTimes.parse("Sat Aug 19 10:57:40 +0000 1970")).isNull();
        assertThat(TwitterTimes.parse("Xyz Abc 99 10:57:40 +0000 2023")).isNull();
        assertThat(TwitterTimes.iso("yesterday")).isEqualTo("yesterday");
        assertThat(TwitterTimes.iso("2021.10.20")).isEqualTo("2021-10-20T00:00:00Z");
    }
}
