package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Inference;
import app.footprint.model.Service;
import app.footprint.testing.MemoryProfileData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The daily rhythm on synthetic timestamps whose sleep window is known. */
class DailyRhythmTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate FIRST = LocalDate.of(2023, 9, 4); // a Monday
    private final Random random = new Random(7);

    @Test
    void findsTheSleepWindowAndTheLaterWeekendMornings() {
        MemoryProfileData data = new MemoryProfileData();
        int plays = 0;
        for (int d = 0; d < 42; d++) {
            LocalDate day = FIRST.plusDays(d);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            int from = weekend ? 9 : 7;
            for (int n = 0; n < 20; n++) {
                int hour = from + random.nextInt(23 - from);
                data.item(Service.SPOTIFY, Category.LISTENING,
                        day.atTime(hour, random.nextInt(60)).atZone(BERLIN).toInstant(), "Song " + n);
                plays++;
            }
        }
        // Facebook: what the person sends at noon counts; what a friend sends at 3 at night does not.
        for (int d = 0; d < 42; d++) {
            LocalDate day = FIRST.plusDays(d);
            data.item(Service.FACEBOOK, Category.MESSAGES, day.atTime(12, 5).atZone(BERLIN).toInstant(), "Bob",
                    Map.of("sender", "Ann", "thread", "inbox/bob"));
            data.item(Service.FACEBOOK, Category.MESSAGES, day.atTime(3, 5).atZone(BERLIN).toInstant(), "Bob",
                    Map.of("sender", "Bob", "thread", "inbox/bob"));
            data.item(Service.FACEBOOK, Category.MESSAGES, day.atTime(13, 5).atZone(BERLIN).toInstant(), "Cid",
                    Map.of("sender", "Ann", "thread", "inbox/cid"));
            data.item(Service.FACEBOOK, Category.MESSAGES, day.atTime(14, 5).atZone(BERLIN).toInstant(), "Dan",
                    Map.of("sender", "Ann", "thread", "inbox/dan"));
            data.item(Service.FACEBOOK, Category.AD_VIEWS, day.atTime(4, 0).atZone(BERLIN).toInstant(), "An ad");
        }

        List<Inference> found = new DailyRhythm(BERLIN).derive(data);

        Inference spotify = of(found, Service.SPOTIFY);
        assertThat(spotify.label()).startsWith("Usually asleep 23:00–07:00, most active ");
        assertThat(spotify.evidenceCount()).isEqualTo(plays);
        assertThat(spotify.explanation()).contains("On weekdays your day starts around 07:00, at weekends around "
                + "09:00 (2 hours later).");
        assertThat(spotify.evidence()).hasSizeLessThanOrEqualTo(16 * HourTally.SAMPLES_PER_HOUR)
                .allMatch(e -> e.label().startsWith("Listening history: Song "));
        assertThat(spotify.evidence().get(0).label()).contains(" 07:");
        Inference facebook = of(found, Service.FACEBOOK);
        assertThat(facebook.evidenceCount()).as("only the messages Ann sent").isEqualTo(126);
        assertThat(facebook.evidence()).allMatch(e -> e.label().startsWith("Message sent, "));
        Inference combined = of(found, null);
        assertThat(combined.sources()).isEqualTo(Set.of(Service.SPOTIFY, Service.FACEBOOK));
        assertThat(combined.evidenceCount()).isEqualTo(plays + 126);
        assertThat(combined.label()).startsWith("Usually asleep 23:00–07:00");
    }

    @Test
    void aServiceUsedOnlyInTheEveningDoesNotClaimToKnowTheSleep() {
        MemoryProfileData data = new MemoryProfileData();
        for (int d = 0; d < 40; d++) {
            for (int n = 0; n < 4; n++) {
                data.item(Service.NETFLIX, Category.WATCHING,
                        FIRST.plusDays(d).atTime(19 + n, 10).atZone(BERLIN).toInstant(), "Episode " + n);
            }
        }
        Inference netflix = of(new DailyRhythm(BERLIN).derive(data), Service.NETFLIX);
        assertThat(netflix.label()).isEqualTo("Used outside 23:00–19:00, most active 19:00–20:00");
        assertThat(netflix.explanation()).contains("longer than a night");
        assertThat(netflix.confidence()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void tooFewActionsGiveNoRhythm() {
        MemoryProfileData data = new MemoryProfileData();
        for (int n = 0; n < DailyRhythm.MIN_ACTIONS - 1; n++) {
            data.item(Service.NETFLIX, Category.WATCHING,
                    FIRST.plusDays(n % 30).atTime(20, 0).atZone(BERLIN).toInstant(), "Episode " + n);
        }
        assertThat(new DailyRhythm(BERLIN).derive(data)).isEmpty();
    }

    @Test
    void anAccountActiveAroundTheClockHasNoSleepWindow() {
        MemoryProfileData data = new MemoryProfileData();
        for (int d = 0; d < 20; d++) {
            for (int h = 0; h < 24; h++) {
                data.item(Service.REDDIT, Category.LIKES, FIRST.plusDays(d).atTime(h, 30).atZone(BERLIN).toInstant(), "Vote");
            }
        }
        List<Inference> found = new DailyRhythm(BERLIN).derive(data);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).label()).startsWith("Active at all hours");
    }

    private static Inference of(List<Inference> found, Service service) {
        List<Inference> of = found.stream().filter(i -> i.service() == service).toList();
        assertThat(of).as(String.valueOf(service)).hasSize(1);
        return of.get(0);
    }
}
