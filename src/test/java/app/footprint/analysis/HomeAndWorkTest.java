package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.SensitiveCategory;
import app.footprint.model.Service;
import app.footprint.testing.MemoryProfileData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Home, work and regular places on synthetic location data whose truth is known. */
class HomeAndWorkTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final double[] HOME = {53.5600, 9.9800};
    private static final double[] WORK = {53.5450, 10.0050};
    private static final double[] GYM = {53.5750, 9.9500};
    private static final double[] HOTEL = {48.1371, 11.5754};
    private static final LocalDate FIRST = LocalDate.of(2023, 3, 1);
    private static final int DAYS = 60;

    private final Random random = new Random(42);

    @Test
    void findsHomeWorkAndARegularPlaceFromRawPoints() {
        MemoryProfileData data = new MemoryProfileData();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST.plusDays(d);
            for (int h : new int[] {22, 23, 1, 4}) {
                LocalDate date = h < 12 ? day.plusDays(1) : day;
                near(data, HOME, date, h);
            }
            boolean weekday = day.getDayOfWeek().getValue() <= 5;
            if (weekday) {
                for (int h = 9; h < 17; h += 2) {
                    near(data, WORK, day, h);
                }
            }
            if (d % 5 == 0) {
                near(data, GYM, day, 19);
                near(data, GYM, day, 20);
            }
            for (int n = 0; n < 3; n++) { // wandering about the city in the evening
                at(data, day, 18 + n, 53.50 + random.nextDouble() * 0.1, 9.90 + random.nextDouble() * 0.15);
            }
        }
        // One night in a hotel with a device reporting every second: many points, one night.
        ZonedDateTime hotelNight = FIRST.plusDays(10).atTime(22, 0).atZone(BERLIN);
        for (int s = 0; s < 20_000; s++) {
            data.point(Service.GOOGLE, hotelNight.plusSeconds(s).toInstant(), HOTEL[0], HOTEL[1]);
        }
        data.stated(Service.GOOGLE, InferenceKind.INFERRED_LOCATION, "Home: Somewhere 1",
                Map.of("label", "home", "coordinates", "53.5605, 9.9800"));
        data.stated(Service.FACEBOOK, InferenceKind.INFERRED_LOCATION, "Hamburg",
                Map.of("source", "primary location"));

        List<Inference> found = new HomeAndWork(BERLIN).derive(data);

        Inference home = only(found, InferenceKind.HOME);
        assertThat(meters(home, HOME)).isLessThan(200);
        assertThat(home.service()).isEqualTo(Service.GOOGLE);
        assertThat(home.sensitive()).isEqualTo(SensitiveCategory.PRECISE_LOCATION);
        assertThat(home.explanation()).contains("on " + DAYS + " of the " + DAYS + " nights")
                .contains("Google itself labels a place").contains("as your home")
                .contains("Facebook places you in Hamburg");
        assertThat(home.evidence()).filteredOn(e -> e.kind() == Evidence.Kind.STATED_INFERENCE).hasSize(2);
        List<Evidence> points = home.evidence().stream().filter(e -> e.kind() == Evidence.Kind.LOCATION_POINTS).toList();
        assertThat(points).isNotEmpty();
        assertThat(points.stream().mapToLong(Evidence::records).sum()).isGreaterThanOrEqualTo(DAYS * 4L);
        assertThat(home.evidenceCount()).isGreaterThanOrEqualTo(DAYS * 4L + 2);
        assertThat(home.confidence()).isGreaterThan(0.8);

        Inference work = only(found, InferenceKind.WORK);
        assertThat(meters(work, WORK)).isLessThan(200);

        List<Inference> regular = found.stream().filter(i -> i.kind() == InferenceKind.REGULAR_PLACE).toList();
        assertThat(regular).hasSize(1);
        assertThat(meters(regular.get(0), GYM)).isLessThan(200);
        assertThat(regular.get(0).label()).endsWith("(12 days)");
    }

    @Test
    void noHomeWithoutNightsAtOnePlace() {
        MemoryProfileData data = new MemoryProfileData();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST.plusDays(d);
            // A different town every night, about 1 km apart.
            at(data, day, 23, 50.0 + d * 0.01, 8.0);
            at(data, day.plusDays(1), 2, 50.0 + d * 0.01, 8.0);
        }

        List<Inference> found = new HomeAndWork(BERLIN).derive(data);

        assertThat(found).noneMatch(i -> i.kind() == InferenceKind.HOME);
        assertThat(found).noneMatch(i -> i.kind() == InferenceKind.WORK);
    }

    @Test
    void findsHomeAndWorkFromPlaceVisitsAndNamesThem() {
        MemoryProfileData data = new MemoryProfileData();
        for (int d = 0; d < 30; d++) {
            LocalDate day = FIRST.plusDays(d);
            ZonedDateTime evening = day.atTime(20, 30).atZone(BERLIN);
            data.item(Service.GOOGLE, Category.LOCATIONS, evening.toInstant(), "Musterweg 5, 20095 Hamburg",
                    Map.of("kind", "place visit", "latitude", "53.56", "longitude", "9.98",
                            "end", evening.plusHours(11).toInstant().toString()));
            if (day.getDayOfWeek().getValue() <= 5) {
                ZonedDateTime morning = day.atTime(8, 30).atZone(BERLIN);
                data.item(Service.GOOGLE, Category.LOCATIONS, morning.toInstant(), "Beispiel GmbH",
                        Map.of("kind", "place visit", "latitude", "53.545", "longitude", "10.005",
                                "end", morning.plusHours(8).toInstant().toString()));
            }
            data.item(Service.GOOGLE, Category.LOCATIONS, evening.toInstant(), "WALKING, 1200 m",
                    Map.of("kind", "activity segment"));
        }

        List<Inference> found = new HomeAndWork(BERLIN).derive(data);

        Inference home = only(found, InferenceKind.HOME);
        assertThat(home.label()).isEqualTo("Home near Musterweg 5, 20095 Hamburg");
        assertThat(meters(home, HOME)).isLessThan(200);
        assertThat(home.evidence()).filteredOn(e -> e.kind() == Evidence.Kind.ITEM).hasSize(30)
                .allMatch(e -> e.label().equals("Visit: Musterweg 5, 20095 Hamburg"));
        Inference work = only(found, InferenceKind.WORK);
        assertThat(work.label()).isEqualTo("Work near Beispiel GmbH");
        long weekdays = FIRST.datesUntil(FIRST.plusDays(30)).filter(x -> x.getDayOfWeek().getValue() <= 5).count();
        assertThat(work.explanation()).contains("on " + weekdays + " of the " + weekdays + " weekdays");
        assertThat(found).noneMatch(i -> i.kind() == InferenceKind.REGULAR_PLACE);
    }

    private static Inference only(List<Inference> found, InferenceKind kind) {
        List<Inference> of = found.stream().filter(i -> i.kind() == kind).toList();
        assertThat(of).as(kind.name()).hasSize(1);
        return of.get(0);
    }

    private static double meters(Inference i, double[] at) {
        return Geo.meters(i.latitude(), i.longitude(), at[0], at[1]);
    }

    /** A point within about 40 m of a place at a local hour. */
    private void near(MemoryProfileData data, double[] place, LocalDate date, int hour) {
        at(data, date, hour, place[0] + (random.nextDouble() - 0.5) * 0.0007, place[1] + (random.nextDouble() - 0.5) * 0.001);
    }

    private void at(MemoryProfileData data, LocalDate date, int hour, double latitude, double longitude) {
        data.point(Service.GOOGLE, date.atTime(hour, random.nextInt(60)).atZone(BERLIN).toInstant(), latitude, longitude);
    }
}
