package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.Service;
import app.footprint.testing.MemoryProfileData;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossCompanyViewTest {
    private final StatedInferences stated = new StatedInferences(Taxonomy.standard());

    private List<Inference> compare(MemoryProfileData data) {
        return CrossCompanyView.compare(stated.normalise(data.statedInferences()));
    }

    @Test
    void fourCompaniesAgreeOnHiking() {
        MemoryProfileData data = new MemoryProfileData();
        data.stated(Service.FACEBOOK, InferenceKind.AD_INTEREST, "Wandern");
        data.stated(Service.INSTAGRAM, InferenceKind.TOPIC, "Hiking");
        data.stated(Service.X, InferenceKind.AD_INTEREST, "Hiking");
        data.stated(Service.SPOTIFY, InferenceKind.AD_SEGMENT, "3P_Custom_Hiking Enthusiasts_DE");
        data.stated(Service.X, InferenceKind.AD_INTEREST, "Cycling");
        data.stated(Service.FACEBOOK, InferenceKind.ADVERTISER, "Hiking Shop");
        List<Inference> out = compare(data);
        assertThat(out).hasSize(1);
        Inference agreement = out.get(0);
        assertThat(agreement.kind()).isEqualTo(InferenceKind.AGREEMENT);
        assertThat(agreement.origin()).isEqualTo(InferenceOrigin.STATED);
        assertThat(agreement.service()).isNull();
        assertThat(agreement.label()).isEqualTo("4 companies think you are interested in Hiking");
        assertThat(agreement.topic().id()).isEqualTo("outdoors.hiking");
        assertThat(agreement.sources()).containsExactlyInAnyOrder(Service.FACEBOOK, Service.INSTAGRAM, Service.X, Service.SPOTIFY);
        assertThat(agreement.evidenceCount()).isEqualTo(4);
        assertThat(agreement.evidence()).hasSize(4);
    }

    @Test
    void agesThatCannotAllBeTrueAndAGenderDisagreementAreContradictions() {
        MemoryProfileData data = new MemoryProfileData();
        data.stated(Service.X, InferenceKind.DEMOGRAPHIC, "Age: 13-34");
        data.stated(Service.SNAPCHAT, InferenceKind.DEMOGRAPHIC, "AGE_35_PLUS");
        data.stated(Service.X, InferenceKind.DEMOGRAPHIC, "Gender: male");
        data.stated(Service.LINKEDIN, InferenceKind.DEMOGRAPHIC, "Inferred gender: FEMALE");
        List<Inference> out = compare(data);
        assertThat(out).extracting(Inference::kind).containsExactly(InferenceKind.CONTRADICTION, InferenceKind.CONTRADICTION);
        assertThat(out.get(0).label()).isEqualTo("Age: X (Twitter) 13–34, Snapchat 35+");
        assertThat(out.get(1).label()).isEqualTo("Gender: X (Twitter) male, LinkedIn female");
        assertThat(out.get(1).sources()).containsExactlyInAnyOrder(Service.X, Service.LINKEDIN);
        assertThat(out).allSatisfy(i -> assertThat(i.service()).isNull());
    }

    @Test
    void aConsistentPictureIsAnAgreement() {
        MemoryProfileData data = new MemoryProfileData();
        data.stated(Service.X, InferenceKind.DEMOGRAPHIC, "Age: 13-54");
        data.stated(Service.SNAPCHAT, InferenceKind.DEMOGRAPHIC, "AGE_35_PLUS");
        data.stated(Service.LINKEDIN, InferenceKind.DEMOGRAPHIC, "Gender: Female");
        data.stated(Service.AMAZON, InferenceKind.AD_SEGMENT, "Demographics:Frauen");
        List<Inference> out = compare(data);
        assertThat(out).extracting(Inference::label)
                .containsExactly("2 companies' age estimates meet at 35–54", "2 companies think you are female");
        assertThat(out).allSatisfy(i -> assertThat(i.kind()).isEqualTo(InferenceKind.AGREEMENT));
    }

    @Test
    void oneCompanyAloneIsNeitherAgreementNorContradiction() {
        MemoryProfileData data = new MemoryProfileData();
        data.stated(Service.X, InferenceKind.DEMOGRAPHIC, "Age: 13-54");
        data.stated(Service.X, InferenceKind.AD_INTEREST, "Hiking");
        data.stated(Service.X, InferenceKind.TOPIC, "Wandern");
        assertThat(compare(data)).isEmpty();
    }
}
