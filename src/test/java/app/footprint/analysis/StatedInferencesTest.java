package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.SensitiveCategory;
import app.footprint.model.Service;
import app.footprint.testing.MemoryProfileData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatedInferencesTest {
    private final StatedInferences stated = new StatedInferences(Taxonomy.standard());

    private static Inference only(List<Inference> all, String label) {
        List<Inference> found = all.stream().filter(i -> i.label().equals(label)).toList();
        assertThat(found).as(label + " in " + all.stream().map(Inference::label).toList()).hasSize(1);
        return found.get(0);
    }

    @Test
    void repeatsAreFoldedWithEveryRowAsEvidence() {
        MemoryProfileData data = new MemoryProfileData();
        var a = data.stated(Service.FACEBOOK, InferenceKind.AD_INTEREST, "Wandern");
        var b = data.stated(Service.FACEBOOK, InferenceKind.AD_INTEREST, "wandern");
        data.stated(Service.INSTAGRAM, InferenceKind.AD_INTEREST, "Wandern");
        data.stated(Service.FACEBOOK, InferenceKind.TOPIC, "Wandern");
        List<Inference> all = stated.normalise(data.statedInferences());
        assertThat(all).hasSize(3);
        Inference fb = all.get(0);
        assertThat(fb.service()).isEqualTo(Service.FACEBOOK);
        assertThat(fb.evidenceCount()).isEqualTo(2);
        assertThat(fb.evidence()).extracting(Evidence::ref).containsExactly(a.id(), b.id());
        assertThat(fb.evidence()).allSatisfy(e -> assertThat(e.kind()).isEqualTo(Evidence.Kind.STATED_INFERENCE));
        assertThat(fb.topic().id()).isEqualTo("outdoors.hiking");
        assertThat(fb.confidence()).isEqualTo(1.0);
        assertThat(fb.sources()).containsExactly(Service.FACEBOOK);
        assertThat(fb.explanation()).contains("Facebook lists “Wandern” among the interests").contains("inferences.json")
                .contains("2 times");
    }

    @Test
    void labelsAreReadable() {
        MemoryProfileData data = new MemoryProfileData();
        data.stated(Service.SPOTIFY, InferenceKind.AD_SEGMENT, "3P_Alcohol Consumers_UK");
        data.stated(Service.SPOTIFY, InferenceKind.AD_SEGMENT, "3P_Alcohol Consumers_BR");
        data.stated(Service.AMAZON, InferenceKind.AD_SEGMENT, "In-Market:Baby Products:Nursery");
        data.stated(Service.AMAZON, InferenceKind.AD_SEGMENT, "Demographics:Altersgruppe:25-34");
        data.stated(Service.AMAZON, InferenceKind.AD_SEGMENT, "Demographics:Frauen");
        data.stated(Service.SNAPCHAT, InferenceKind.DEMOGRAPHIC, "AGE_35_PLUS");
        data.stated(Service.LINKEDIN, InferenceKind.DEMOGRAPHIC, "Inferred gender: FEMALE");
        data.stated(Service.X, InferenceKind.DEMOGRAPHIC, "Age: 13-54");
        data.stated(Service.SPOTIFY, InferenceKind.LISTENER_SEGMENT, "Die Möwen", Map.of("segment", "Super Listeners"));
        List<Inference> all = stated.normalise(data.statedInferences());
        assertThat(all).extracting(Inference::label).containsExactly("Alcohol Consumers",
                "Nursery (In-Market › Baby Products)", "Age 25–34", "Gender: female", "Age 35+", "Gender: female",
                "Age 13–54", "Super Listeners: Die Möwen");
        assertThat(all.get(0).evidenceCount()).isEqualTo(2);
        assertThat(all.get(2).topic()).isNull();
    }

    @Test
    void sensitiveFlagsSayWhy() {
        MemoryProfileData data = new MemoryProfileData();
        data.stated(Service.FACEBOOK, InferenceKind.AD_INTEREST, "Schwangerschaft");
        data.stated(Service.REDDIT, InferenceKind.AD_PREFERENCE, "Gambling", Map.of("ads shown", "no"));
        data.stated(Service.TIKTOK, InferenceKind.OFF_SITE_ACTIVITY, "Lunara – Period & Cycle Tracker");
        data.stated(Service.SNAPCHAT, InferenceKind.INFERRED_LOCATION, "Home: 51.331, 12.335",
                Map.of("latitude", "51.331", "longitude", "12.335", "accuracy_meters", "18.2"));
        data.stated(Service.INSTAGRAM, InferenceKind.INFERRED_LOCATION, "51.33, 12.34");
        data.stated(Service.FACEBOOK, InferenceKind.AD_INTEREST, "Hiking");
        List<Inference> all = stated.normalise(data.statedInferences());
        assertThat(all.get(0).sensitive()).isEqualTo(SensitiveCategory.PREGNANCY_PARENTING);
        assertThat(all.get(0).sensitiveWhy()).startsWith("Facebook's “Schwangerschaft” reveals pregnancy");
        assertThat(all.get(1).label()).isEqualTo("Ads about gambling: limited");
        assertThat(all.get(1).sensitive()).isEqualTo(SensitiveCategory.GAMBLING);
        assertThat(all.get(2).sensitive()).isEqualTo(SensitiveCategory.HEALTH);
        Inference home = all.get(3);
        assertThat(home.sensitive()).isEqualTo(SensitiveCategory.PRECISE_LOCATION);
        assertThat(home.sensitiveWhy()).contains("within a few metres");
        assertThat(home.latitude()).isEqualTo(51.331);
        assertThat(home.longitude()).isEqualTo(12.335);
        Inference rough = all.get(4);
        assertThat(rough.isPlace()).isTrue();
        assertThat(rough.sensitive()).as("two decimals are about a kilometre: not precise").isNull();
        assertThat(all.get(5).sensitive()).isNull();
        assertThat(all.get(5).sensitiveWhy()).isNull();
    }

    @Test
    void theCompanysOwnProbabilityIsTheConfidence() {
        MemoryProfileData data = new MemoryProfileData();
        data.stated(Service.DISCORD, InferenceKind.DEMOGRAPHIC, "Predicted gender: female", Map.of("probability", "0.8137"));
        data.stated(Service.DISCORD, InferenceKind.DEMOGRAPHIC, "Predicted gender: female", Map.of("probability", "0.9412"));
        List<Inference> all = stated.normalise(data.statedInferences());
        assertThat(all).hasSize(1);
        assertThat(all.get(0).label()).isEqualTo("Gender: female");
        assertThat(all.get(0).confidence()).isEqualTo(0.9412);
        assertThat(all.get(0).explanation()).contains("81 % to 94 %");
    }

    @Test
    void advertisersAreOnePerAdvertiserWithoutTopic() {
        MemoryProfileData data = new MemoryProfileData();
        data.stated(Service.FACEBOOK, InferenceKind.ADVERTISER, "Wiegenwelt Babymarkt");
        data.stated(Service.FACEBOOK, InferenceKind.ADVERTISER, "Laufwerk Sportshop");
        data.stated(Service.FACEBOOK, InferenceKind.ADVERTISER, "Laufwerk Sportshop");
        List<Inference> all = stated.normalise(data.statedInferences());
        assertThat(all).extracting(Inference::label).containsExactly("Wiegenwelt Babymarkt", "Laufwerk Sportshop");
        assertThat(all).allSatisfy(i -> assertThat(i.topic()).isNull());
        assertThat(all.get(1).evidenceCount()).isEqualTo(2);
    }
}
