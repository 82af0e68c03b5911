package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.ActivitySupport;
import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.Service;
import app.footprint.testing.MemoryProfileData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityInterestsTest {
    private static final Taxonomy TAXONOMY = Taxonomy.standard();
    private static final Instant START = Instant.parse("2023-01-10T10:00:00Z");

    @Test
    void searchesAndViewsAboutRunningBecomeAnInterest() {
        MemoryProfileData data = new MemoryProfileData();
        String[] running = {"laufgruppe leipzig", "halbmarathon leipzig", "Lauftechnik: 5 Fehler", "trail running tips"};
        for (int i = 0; i < running.length; i++) {
            data.item(Service.GOOGLE, Category.SEARCHES, START.plus(Duration.ofDays(40L * i)), running[i]);
        }
        data.item(Service.GOOGLE, Category.SEARCHES, START, "wetter morgen");
        data.item(Service.GOOGLE, Category.SEARCHES, START, "kinderwagen");
        data.item(Service.GOOGLE, Category.MESSAGES, START, "laufen heute?");
        data.item(Service.GOOGLE, Category.MESSAGES, START, "laufen morgen?");
        List<Inference> out = new ActivityInterests(TAXONOMY).derive(data);
        assertThat(out).hasSize(1);
        Inference running4 = out.get(0);
        assertThat(running4.kind()).isEqualTo(InferenceKind.ACTIVITY_INTEREST);
        assertThat(running4.origin()).isEqualTo(InferenceOrigin.DERIVED);
        assertThat(running4.topic().id()).isEqualTo("sports.running");
        assertThat(running4.evidenceCount()).isEqualTo(4);
        assertThat(running4.evidence()).extracting(Evidence::label).containsExactly(running);
        assertThat(running4.confidence()).isEqualTo(ActivityInterests.confidence(4, 4));
        assertThat(running4.explanation()).contains("4 records in your Google data are about Running");
    }

    @Test
    void unrelatedSearchesGiveNothing() {
        MemoryProfileData data = new MemoryProfileData();
        for (String q : new String[] {"bürgeramt termin", "öffnungszeiten rathaus", "steuererklärung frist", "zahnarzt termin",
                "wie spät ist es", "the quick brown fox", "it is what it is"}) {
            for (int i = 0; i < 3; i++) {
                data.item(Service.GOOGLE, Category.SEARCHES, START.plus(Duration.ofDays(i)), q);
            }
        }
        assertThat(new ActivityInterests(TAXONOMY).derive(data)).isEmpty();
    }

    @Test
    void confidenceGrowsWithCountAndSpread() {
        assertThat(ActivityInterests.confidence(3, 1)).isLessThan(ActivityInterests.confidence(10, 1));
        assertThat(ActivityInterests.confidence(10, 1)).isLessThan(ActivityInterests.confidence(10, 6));
        assertThat(ActivityInterests.confidence(1000, 24)).isEqualTo(0.95);
    }

    @Test
    void statedInterestsAreMarkedByActivityOfTheSameOrARelatedTopic() {
        MemoryProfileData data = new MemoryProfileData();
        for (int i = 0; i < 3; i++) {
            data.item(Service.AMAZON, Category.SEARCHES, START.plus(Duration.ofDays(i)), "trail running schuhe");
        }
        data.stated(Service.FACEBOOK, InferenceKind.AD_INTEREST, "Sport");
        data.stated(Service.FACEBOOK, InferenceKind.AD_INTEREST, "Marathon");
        data.stated(Service.FACEBOOK, InferenceKind.AD_INTEREST, "Cycling");
        data.stated(Service.FACEBOOK, InferenceKind.AD_INTEREST, "Calvin Klein");
        data.stated(Service.FACEBOOK, InferenceKind.ADVERTISER, "Laufwerk");
        List<Inference> activity = new ActivityInterests(TAXONOMY).derive(data);
        List<Inference> marked = ActivitySupportMarks.mark(new StatedInferences(TAXONOMY).normalise(data.statedInferences()),
                activity);
        assertThat(marked).extracting(Inference::support).containsExactly(ActivitySupport.SUPPORTED,
                ActivitySupport.SUPPORTED, ActivitySupport.NO_TRACE, null, null);
    }

    @Test
    void listsAtMostTwoHundredRecordsButCountsThemAll() {
        // Speed is measured by the benchmark (footprint bench prints analysis_ActivityInterests_s), not here.
        MemoryProfileData data = new MemoryProfileData();
        for (int i = 0; i < 3_000; i++) {
            data.item(Service.GOOGLE, Category.SEARCHES, START.plusSeconds(i * 3_600L), "Gesucht nach laufschuhe damen " + i);
        }
        List<Inference> out = new ActivityInterests(TAXONOMY).derive(data);
        assertThat(out).anySatisfy(i -> {
            assertThat(i.evidenceCount()).isEqualTo(3_000);
            assertThat(i.evidence()).hasSize(200);
        });
        assertThat(out).allSatisfy(i -> assertThat(i.evidence()).hasSizeLessThanOrEqualTo(200));
    }
}
