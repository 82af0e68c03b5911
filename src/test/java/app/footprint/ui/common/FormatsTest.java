package app.footprint.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {
    /** Noon in the middle of a month is in that month in every time zone. */
    private static final Instant MARCH_2024 = Instant.parse("2024-03-15T12:00:00Z");
    private static final Instant JUNE_2011 = Instant.parse("2011-06-15T12:00:00Z");

    @Test
    void countsAreGroupedAndNamed() {
        assertThat(Formats.count(1234567)).isEqualTo("1,234,567");
        assertThat(Formats.count(1, "item", "items")).isEqualTo("1 item");
        assertThat(Formats.count(0, "item", "items")).isEqualTo("0 items");
        assertThat(Formats.count(12345, "item", "items")).isEqualTo("12,345 items");
    }

    @Test
    void spansNameTheMonthsAtBothEnds() {
        assertThat(Formats.span(JUNE_2011, MARCH_2024)).isEqualTo("Jun 2011 – Mar 2024");
        assertThat(Formats.span(MARCH_2024, MARCH_2024.plusSeconds(3600))).isEqualTo("Mar 2024");
        assertThat(Formats.span(null, MARCH_2024)).isEqualTo("Mar 2024");
        assertThat(Formats.span(null, null)).isEqualTo("no dates");
    }

    @Test
    void timesAreShownInThisComputersZone() {
        int hour = MARCH_2024.atZone(ZoneId.systemDefault()).getHour();
        int day = MARCH_2024.atZone(ZoneId.systemDefault()).getDayOfMonth();

        assertThat(Formats.dateTime(MARCH_2024)).isEqualTo(day + " Mar 2024, " + String.format("%02d:00", hour));
        assertThat(Formats.dateTime(null)).isEmpty();
        assertThat(Formats.month(null)).isEqualTo("no date");
    }
}
