package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import app.footprint.store.Database;
import app.footprint.store.ProfileQueries;
import app.footprint.testing.DemoDatabase;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Home, work, rhythm and relationships of the demo persona, Jana Köhler, through the real store. */
class PlacesRhythmPeopleDemoTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Zschochersche Straße 27, Leipzig: demo.GooglePlaces.HOME. */
    private static final double[] HOME = {51.3318234, 12.3331057};
    /** Klinikum am Auwald, where she works: demo.GooglePlaces.HOSPITAL. */
    private static final double[] HOSPITAL = {51.3429871, 12.3397412};

    private static List<Inference> places;
    private static List<Inference> rhythm;
    private static List<Inference> people;

    @BeforeAll
    static void analyse() {
        try (Database db = DemoDatabase.open()) {
            ProfileQueries data = new ProfileQueries(db);
            places = new HomeAndWork(BERLIN).derive(data);
            rhythm = new DailyRhythm(BERLIN).derive(data);
            people = new Relationships().derive(data);
        }
    }

    @Test
    void janasHomeAndWorkFromGooglesLocationHistory() {
        Inference home = one(places, Service.GOOGLE, InferenceKind.HOME);
        assertThat(Geo.meters(home.latitude(), home.longitude(), HOME[0], HOME[1])).isLessThan(200);
        assertThat(home.explanation()).contains("Google itself labels a place").contains("as your home")
                .contains("Facebook places you in Leipzig, Sachsen");
        assertThat(home.evidence()).anyMatch(e -> e.kind() == Evidence.Kind.LOCATION_POINTS)
                .anyMatch(e -> e.kind() == Evidence.Kind.ITEM)
                .anyMatch(e -> e.kind() == Evidence.Kind.STATED_INFERENCE);
        Inference work = one(places, Service.GOOGLE, InferenceKind.WORK);
        assertThat(Geo.meters(work.latitude(), work.longitude(), HOSPITAL[0], HOSPITAL[1])).isLessThan(200);
        assertThat(work.explanation()).contains("Google itself labels a place");
        assertThat(places).filteredOn(i -> i.kind() == InferenceKind.REGULAR_PLACE).isNotEmpty();
    }

    @Test
    void janasRhythmPerCompanyAndCombined() {
        assertThat(rhythm).anyMatch(i -> i.service() == Service.SPOTIFY);
        Inference combined = one(rhythm, null, InferenceKind.DAILY_RHYTHM);
        assertThat(combined.sources().size()).isGreaterThan(5);
        assertThat(combined.label()).startsWith("Usually asleep");
    }

    @Test
    void herPartnerAndSisterRankFirst() {
        List<Inference> combined = people.stream().filter(i -> i.service() == null).toList();
        assertThat(combined).hasSizeGreaterThanOrEqualTo(2);
        assertThat(combined.get(0).label()).startsWith("Tom Berger: ");
        assertThat(combined.get(1).label()).startsWith("Lena Köhler: ");
        assertThat(people).filteredOn(i -> i.service() == Service.FACEBOOK).first()
                .extracting(Inference::label).asString().startsWith("Tom Berger: 3,000 messages");
    }

    private static Inference one(List<Inference> found, Service service, InferenceKind kind) {
        List<Inference> of = found.stream().filter(i -> i.service() == service && i.kind() == kind).toList();
        assertThat(of).as(service + " " + kind).hasSize(1);
        return of.get(0);
    }
}
