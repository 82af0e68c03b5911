package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.SensitiveCategory;
import app.footprint.model.Service;
import app.footprint.store.Database;
import app.footprint.store.ProfileQueries;
import app.footprint.testing.DemoDatabase;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Life events, taste profile and combined view on the demo persona, through the real importers and store. */
class PurchasesTasteCombinedDemoTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theDemoPersonaIsExpectingABabyThenBuysForIt() {
        try (Database db = DemoDatabase.open()) {
            List<Inference> events = new PurchaseLifeEvents(BERLIN).derive(new ProfileQueries(db));

            assertThat(events).filteredOn(i -> i.service() == Service.AMAZON).extracting(Inference::label)
                    .as("pregnancy signs from August 2023, baby things from November")
                    .containsExactly("Expecting a baby, around August 2023", "A new baby, around January 2024");
            Inference expecting = events.get(0);
            assertThat(expecting.sensitive()).isEqualTo(SensitiveCategory.PREGNANCY_PARENTING);
            assertThat(expecting.confidence()).isEqualTo(0.9);
            assertThat(expecting.evidence()).extracting(Evidence::label)
                    .anyMatch(l -> l.startsWith("Bodylotion parfümfrei"))
                    .anyMatch(l -> l.startsWith("Calcium + Magnesium + Zink"))
                    .anyMatch(l -> l.startsWith("Wattebällchen XXL-Beutel"))
                    .anyMatch(l -> l.startsWith("Handdesinfektionsgel"))
                    .anyMatch(l -> l.startsWith("Waschlappen"));
            assertThat(expecting.evidence()).extracting(Evidence::path).doesNotContainNull()
                    .contains("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", "Digital-Ordering.1/Digital Items.csv");
            assertThat(events).extracting(Inference::label).as("no other event in her purchases")
                    .noneMatch(l -> l.startsWith("Moving") || l.startsWith("A new pet") || l.startsWith("A wedding")
                            || l.startsWith("A new job") || l.startsWith("An illness") || l.startsWith("Starting"));
        }
    }

    @Test
    void theDemoPersonaHasATasteProfileFromNetflixSpotifyAndYouTube() {
        try (Database db = DemoDatabase.open()) {
            List<Inference> taste = new TasteProfile(BERLIN).derive(new ProfileQueries(db));

            assertThat(taste).allSatisfy(i -> assertThat(i.kind()).isEqualTo(InferenceKind.TASTE_PROFILE));
            assertThat(taste).extracting(Inference::service)
                    .contains(Service.NETFLIX, Service.SPOTIFY, Service.GOOGLE, Service.AMAZON);
            assertThat(taste).filteredOn(i -> i.service() == Service.NETFLIX).extracting(Inference::label)
                    .anyMatch(l -> l.startsWith("Most watched on Netflix: "))
                    .anyMatch(l -> l.endsWith("binge sessions on Netflix"))
                    .anyMatch(l -> l.endsWith("of Netflix plays started by Netflix itself"));
            Inference netflixTop = taste.stream().filter(i -> i.label().startsWith("Most watched on Netflix")).findFirst()
                    .orElseThrow();
            assertThat(netflixTop.evidence()).filteredOn(e -> e.kind() == Evidence.Kind.STATED_INFERENCE)
                    .extracting(Evidence::label).contains("You told Netflix you like: Nachtschicht");
            assertThat(taste).filteredOn(i -> i.service() == Service.SPOTIFY).extracting(Inference::label)
                    .anyMatch(l -> l.startsWith("Most played artists: "));
            assertThat(taste).filteredOn(i -> i.service() == Service.GOOGLE).extracting(Inference::label)
                    .anyMatch(l -> l.startsWith("Most watched YouTube channels: "));
        }
    }

    @Test
    void theWholeAnalysisCombinesHerLifeEventWithWhatOthersKnow() {
        try (Database db = DemoDatabase.open()) {
            List<Inference> all = new ProfileAnalysis(Taxonomy.standard(), BERLIN).analyse(new ProfileQueries(db));
            List<Inference> combined = all.stream().filter(i -> i.kind() == InferenceKind.COMBINED).toList();

            assertThat(combined).allSatisfy(i -> {
                assertThat(i.service()).isNull();
                assertThat(i.sources()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(i.evidence()).allSatisfy(e -> assertThat(e.kind()).isEqualTo(Evidence.Kind.INFERENCE));
            });
            Inference empty = combined.stream().filter(i -> i.label().equals("When your home is likely empty"))
                    .findFirst().orElseThrow();
            assertThat(empty.sources()).contains(Service.GOOGLE).hasSizeGreaterThanOrEqualTo(2);
            assertThat(empty.latitude()).isBetween(51.330, 51.334);
            assertThat(empty.evidence()).extracting(Evidence::label).as("the workplace of the company that gave the home")
                    .contains("Google: Work near Klinikum am Auwald");
            Inference expecting = combined.stream().filter(i -> i.label().startsWith("Expecting a baby"))
                    .findFirst().orElseThrow();
            assertThat(expecting.label()).isEqualTo("Expecting a baby, around August 2023; home near Zschochersche "
                    + "Straße 27, 04229 Leipzig, Deutschland; work near Klinikum am Auwald");
            assertThat(expecting.sources()).as("the orders, the places, and the companies that know of the pregnancy")
                    .contains(Service.AMAZON, Service.GOOGLE, Service.FACEBOOK, Service.INSTAGRAM);
            assertThat(expecting.sensitive()).isEqualTo(SensitiveCategory.PREGNANCY_PARENTING);
            assertThat(expecting.confidence()).as("an event many companies corroborate, at well-known places")
                    .isGreaterThan(0.5);
            assertThat(combined).anySatisfy(i -> assertThat(i.label())
                    .startsWith("Pregnancy and parenting, known to Google, Facebook, Instagram"));
        }
    }

    @Test
    void herPurchaseLifeEventCombinesWithAHomeAnotherCompanyKnows() {
        try (Database db = DemoDatabase.open()) {
            List<Inference> inferences = new ArrayList<>(new PurchaseLifeEvents(BERLIN).derive(new ProfileQueries(db)));
            inferences.add(new Inference(InferenceOrigin.DERIVED, Service.GOOGLE, InferenceKind.HOME,
                    "Home near Zschochersche Straße", null, null, null, 0.8, 51.3327, 12.3379, null, "by hand", List.of(),
                    1, Set.of(Service.GOOGLE)));

            List<Inference> combined = CombinedView.combine(inferences);

            assertThat(combined).extracting(Inference::label).containsExactly(
                    "Expecting a baby, around August 2023; home near Zschochersche Straße",
                    "A new baby, around January 2024; home near Zschochersche Straße");
            assertThat(combined).allSatisfy(i -> assertThat(i.sources()).containsExactlyInAnyOrder(Service.AMAZON,
                    Service.GOOGLE));
        }
    }
}
