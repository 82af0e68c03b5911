package app.footprint.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidaysTest {
    @TempDir
    Path dir;

    @Test
    void readsOneDateALineWithNamesAndComments() throws IOException {
        Path file = Files.writeString(dir.resolve("holidays.txt"), """
                # Germany 2026
                2026-05-25 Whit Monday

                2026-10-03,Day of German Unity
                """);
        Holidays holidays = Holidays.read(file);
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 5, 25))).isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 5, 26))).isTrue();
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse();
        assertThat(holidays.isWorkingDay(LocalDate.of(2026, 5, 23))).as("a Saturday").isFalse();
        assertThat(holidays.onOrAfter(LocalDate.of(2026, 5, 23))).isEqualTo(LocalDate.of(2026, 5, 26));
    }

    @Test
    void aLineThatIsNoDateIsReportedWithItsNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("holidays.txt"), "2026-05-25\n25.05.2026\n");
        assertThatThrownBy(() -> Holidays.read(file)).isInstanceOf(IOException.class)
                .hasMessage("holidays.txt line 2: not a date (YYYY-MM-DD): 25.05.2026");
    }
}
