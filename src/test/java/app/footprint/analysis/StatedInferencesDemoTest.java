package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.ActivitySupport;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.SensitiveCategory;
import app.footprint.model.Service;
import app.footprint.store.Database;
import app.footprint.store.ProfileQueries;
import app.footprint.testing.DemoDatabase;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The stated side of the analysis on the demo persona (Jana Köhler), through the real importers and store. */
class StatedInferencesDemoTest {
    @Test
    void everyCompanyThatStatesAnythingIsNormalisedComparedAndMarked() {
        Taxonomy taxonomy = Taxonomy.standard();
        try (Database db = DemoDatabase.open()) {
            ProfileQueries data = new ProfileQueries(db);
            Set<Service> stating = data.statedInferences().stream().map(s -> s.service())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Service.class)));
            assertThat(stating).hasSize(12);

            List<Inference> activity = new ActivityInterests(taxonomy).derive(data);
            List<Inference> stated = ActivitySupportMarks.mark(new StatedInferences(taxonomy).normalise(data.statedInferences()),
                    activity);
            assertThat(stated).allSatisfy(i -> assertThat(i.origin()).isEqualTo(InferenceOrigin.STATED));
            assertThat(stated.stream().map(Inference::service).collect(Collectors.toSet())).isEqualTo(stating);
            assertThat(stated.stream().mapToLong(Inference::evidenceCount).sum()).isEqualTo(data.statedInferences().size());

            // Pregnancy and parenting, stated by many companies in the demo, are flagged.
            Set<Service> pregnancy = stated.stream().filter(i -> i.sensitive() == SensitiveCategory.PREGNANCY_PARENTING)
                    .map(Inference::service).collect(Collectors.toSet());
            assertThat(pregnancy).contains(Service.FACEBOOK, Service.INSTAGRAM, Service.X, Service.GOOGLE, Service.AMAZON,
                    Service.SPOTIFY, Service.TIKTOK, Service.SNAPCHAT, Service.REDDIT);
            assertThat(stated).anyMatch(i -> i.sensitive() == SensitiveCategory.PRECISE_LOCATION && i.isPlace()
                    && i.service() == Service.SNAPCHAT);
            assertThat(stated).filteredOn(i -> i.service() == Service.DISCORD && i.label().equals("Gender: female"))
                    .singleElement().satisfies(i -> assertThat(i.confidence()).isEqualTo(0.9412));

            assertThat(activity).anyMatch(i -> i.topic().id().equals("sports.running"));
            assertThat(stated).anyMatch(i -> i.support() == ActivitySupport.SUPPORTED);
            assertThat(stated).anyMatch(i -> i.support() == ActivitySupport.NO_TRACE);

            List<Inference> compared = CrossCompanyView.compare(stated);
            assertThat(compared).anyMatch(i -> i.kind() == InferenceKind.AGREEMENT && i.topic() != null
                    && i.topic().id().equals("family.pregnancy") && i.sources().size() >= 5);
            // Snapchat puts her at 35+, where X, LinkedIn, Discord and Amazon say 25–34; on gender all seven agree.
            Inference age = compared.stream().filter(i -> i.kind() == InferenceKind.CONTRADICTION).findFirst().orElseThrow();
            assertThat(age.label()).contains("Snapchat 35+").contains("25–34");
            assertThat(age.sources()).containsExactlyInAnyOrder(Service.X, Service.LINKEDIN, Service.SNAPCHAT,
                    Service.DISCORD, Service.AMAZON);
            assertThat(compared).filteredOn(i -> i.kind() == InferenceKind.CONTRADICTION).hasSize(1);
            assertThat(compared).extracting(Inference::label).contains("7 companies think you are female");
        }
    }
}
