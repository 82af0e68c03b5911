package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.AnalysedItem;
import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.SensitiveCategory;
import app.footprint.model.Service;
import app.footprint.testing.MemoryProfileData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Life events from purchases, on personas whose purchases are known. */
class PurchaseLifeEventsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<String> PREGNANCY_SIGNS = List.of(
            "Bodylotion parfümfrei, ohne Duftstoffe, 400 ml",
            "Calcium + Magnesium + Zink, 120 Tabletten",
            "Wattebällchen XXL-Beutel, 300 Stück",
            "Handdesinfektionsgel 500 ml",
            "Waschlappen Baumwolle, 10er Set");

    private final MemoryProfileData data = new MemoryProfileData();

    private static Instant day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(18, 0).atZone(BERLIN).toInstant();
    }

    private AnalysedItem order(Instant at, String title) {
        return data.item(Service.AMAZON, Category.PURCHASES, at, title, Map.of("Website", "Amazon.de"));
    }

    private List<Inference> derive() {
        List<Inference> all = new PurchaseLifeEvents(BERLIN).derive(data);
        assertThat(all).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(InferenceKind.LIFE_EVENT);
            assertThat(i.origin()).isEqualTo(InferenceOrigin.DERIVED);
            assertThat(i.evidence()).hasSizeLessThanOrEqualTo(PurchaseLifeEvents.MAX_EVIDENCE);
            assertThat(i.evidence().size()).isEqualTo((int) i.evidenceCount());
        });
        return all;
    }

    @Test
    void theTargetSignsBoughtWithinWeeksMakeAPregnancy() {
        order(day(2021, 3, 4), "Kaffeebohnen Espresso 1 kg");
        List<AnalysedItem> signs = new ArrayList<>();
        for (int i = 0; i < PREGNANCY_SIGNS.size(); i++) {
            signs.add(order(day(2023, 8, 2).plus(java.time.Duration.ofDays(9L * i)), PREGNANCY_SIGNS.get(i)));
        }
        order(day(2023, 9, 1), "Laufsocken Damen 3er Pack");

        List<Inference> found = derive();

        assertThat(found).hasSize(1);
        Inference pregnancy = found.get(0);
        assertThat(pregnancy.service()).isEqualTo(Service.AMAZON);
        // Lotion (1), supplements (1), cotton balls (1) reach the threshold of 3 on 20 August.
        assertThat(pregnancy.label()).isEqualTo("Expecting a baby, around August 2023");
        assertThat(pregnancy.sensitive()).isEqualTo(SensitiveCategory.PREGNANCY_PARENTING);
        assertThat(pregnancy.topic().id()).isEqualTo("family.pregnancy");
        assertThat(pregnancy.sources()).containsExactly(Service.AMAZON);
        assertThat(pregnancy.evidence()).extracting(Evidence::ref)
                .containsExactlyInAnyOrderElementsOf(signs.stream().map(AnalysedItem::id).toList());
        assertThat(pregnancy.evidence()).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Evidence.Kind.ITEM);
            assertThat(e.path()).isEqualTo("amazon/purchases.json");
        });
        assertThat(pregnancy.evidence().get(0).label())
                .isEqualTo("Bodylotion parfümfrei, ohne Duftstoffe, 400 ml — unscented lotion");
        // Five distinct signs of weight 1: score 5 against a threshold of 3.
        assertThat(pregnancy.confidence()).isEqualTo(0.5 + 0.2 + 0.15, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(pregnancy.explanation()).contains("Amazon could have concluded that you were expecting a baby "
                + "around August 2023").contains("unscented lotion").contains("Target");
    }

    @Test
    void theSameSignsSpreadOverYearsMakeNothing() {
        for (int i = 0; i < PREGNANCY_SIGNS.size(); i++) {
            order(day(2016 + i, 5, 10), PREGNANCY_SIGNS.get(i));
        }
        assertThat(derive()).isEmpty();
    }

    @Test
    void oneSignBoughtOftenMakesNothing() {
        for (int i = 0; i < 12; i++) {
            order(day(2023, 1, 1 + i * 2), "Handdesinfektionsgel 500 ml");
        }
        order(day(2023, 1, 9), "Prenatal Vitamins with Folic Acid, 90 tablets");
        assertThat(derive()).as("hand sanitiser (1) and prenatal vitamins (2) make 3, but...")
                .extracting(Inference::label).containsExactly("Expecting a baby, around January 2023");

        MemoryProfileData lone = new MemoryProfileData();
        for (int i = 0; i < 12; i++) {
            lone.item(Service.AMAZON, Category.PURCHASES, day(2023, 1, 1 + i * 2), "Hand Sanitizer Gel 500 ml", Map.of());
        }
        assertThat(new PurchaseLifeEvents(BERLIN).derive(lone)).as("a lone hand sanitiser").isEmpty();
    }

    @Test
    void movingBoxesTapeAndADoormatMakeAMove() {
        order(day(2022, 4, 1), "Umzugskartons 20 Stück, extra stabil");
        order(day(2022, 4, 3), "Packband braun 6 Rollen");
        order(day(2022, 4, 20), "Fußmatte Baumwolle 60x90");
        order(day(2022, 5, 2), "Gardinenstange ausziehbar");

        List<Inference> found = derive();

        assertThat(found).extracting(Inference::label).containsExactly("Moving house, around April 2022");
        assertThat(found.get(0).sensitive()).isNull();
        assertThat(found.get(0).evidenceCount()).isEqualTo(4);
    }

    @Test
    void movingBoxesAloneMakeNoMove() {
        order(day(2022, 4, 1), "Moving Boxes, 20 pack");
        order(day(2022, 4, 8), "Moving Boxes, 20 pack");
        assertThat(derive()).isEmpty();
    }

    @Test
    void catFoodAndLitterMakeANewPetInItalianToo() {
        order(day(2020, 10, 5), "Crocchette per gattini, 2 kg");
        order(day(2020, 10, 5), "Lettiera agglomerante per gatti 10 l");
        order(day(2020, 11, 1), "Tiragraffi 80 cm");

        List<Inference> found = derive();

        assertThat(found).extracting(Inference::label).containsExactly("A new pet, around October 2020");
        assertThat(found.get(0).topic().id()).isEqualTo("pets");
    }

    @Test
    void petThingsYearsApartMakeNoPet() {
        order(day(2018, 10, 5), "Dog food, 12 kg");
        order(day(2020, 10, 5), "Dog lead, 2 m");
        order(day(2022, 10, 5), "Dog bed, large");
        assertThat(derive()).isEmpty();
    }

    @Test
    void purchasesShopsReportedToMetaCountButOtherEventsDoNot() {
        data.item(Service.INSTAGRAM, Category.OFF_SITE_ACTIVITY, day(2024, 1, 3), "Kinderwagen-Profi Leipzig",
                Map.of("type", "PURCHASE"));
        data.item(Service.INSTAGRAM, Category.OFF_SITE_ACTIVITY, day(2024, 1, 9), "Babyfon-Center",
                Map.of("type", "PAGE_VIEW"));
        assertThat(derive()).as("a page view is not a purchase").isEmpty();

        data.item(Service.INSTAGRAM, Category.OFF_SITE_ACTIVITY, day(2024, 1, 10), "Babyfon-Center",
                Map.of("type", "PURCHASE"));
        List<Inference> found = derive();
        assertThat(found).extracting(Inference::label).containsExactly("A new baby, around January 2024");
        assertThat(found.get(0).service()).isEqualTo(Service.INSTAGRAM);
        assertThat(found.get(0).evidenceCount()).isEqualTo(2);
        assertThat(found.get(0).explanation()).contains("the purchases shops reported to it");
    }

    @Test
    void eachCompanyIsJudgedOnItsOwnData() {
        order(day(2023, 8, 2), "Bodylotion parfümfrei");
        data.item(Service.GOOGLE, Category.PURCHASES, day(2023, 8, 3), "Calcium Magnesium Zinc tablets", Map.of());
        data.item(Service.TIKTOK, Category.PURCHASES, day(2023, 8, 4), "Cotton balls XXL", Map.of());
        assertThat(derive()).as("no single company saw enough").isEmpty();
    }
}
