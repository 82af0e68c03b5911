package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.SensitiveCategory;
import app.footprint.model.Topic;
import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
    private static final Taxonomy T = Taxonomy.standard();

    private static String id(String text) {
        return T.topicOf(text).map(Topic::id).orElse("-");
    }

    @Test
    void coversTheAdInterestAndSensitiveSpaceWithParentsListed() {
        assertThat(T.topics()).hasSizeGreaterThanOrEqualTo(150);
        for (Topic t : T.topics()) {
            if (t.id().contains(".")) {
                assertThat(T.parent(t)).as(t.id()).isPresent();
            }
        }
        for (SensitiveCategory c : SensitiveCategory.values()) {
            if (c != SensitiveCategory.PRECISE_LOCATION) {
                assertThat(T.topics()).as(c.name()).anyMatch(t -> t.sensitive() == c);
            }
        }
    }

    @Test
    void theSameTopicFromLabelsInEachLanguage() {
        for (String label : new String[] {"Hiking", "Wandern", "Escursionismo", "Randonnée", "Senderismo", "Trilhas", "Wandelen"}) {
            assertThat(id(label)).as(label).isEqualTo("outdoors.hiking");
        }
        for (String label : new String[] {"Pregnancy", "Schwangerschaft", "Gravidanza", "Grossesse", "Embarazo", "Gravidez", "Zwangerschap"}) {
            assertThat(id(label)).as(label).isEqualTo("family.pregnancy");
        }
    }

    @Test
    void ignoresCaseAccentsAndGermanTransliteration() {
        assertThat(id("VEGETARISCHE KÜCHE")).isEqualTo("food.vegetarian");
        assertThat(id("Folsäure")).isEqualTo(id("folsaeure")).isEqualTo("family.pregnancy");
        assertThat(id("Fußball")).isEqualTo("sports.football");
    }

    @Test
    void germanCompoundsMatchByPrefixAndSuffix() {
        assertThat(id("Laufgruppe")).isEqualTo("sports.running");
        // The head of a German compound is its last part: Laufschuhe are shoes (for running).
        assertThat(id("Laufschuhe")).isEqualTo("fashion.shoes");
        assertThat(id("Halbmarathon")).isEqualTo("sports.running");
        assertThat(id("Kinderwagen Test")).isEqualTo("family.baby");
        assertThat(id("Intensivpflege Leipzig")).isEqualTo("work.healthcare");
    }

    @Test
    void shortKeywordsDoNotMatchInsideOtherWords() {
        assertThat(id("Smartphone")).isEqualTo("technology.mobile"); // not "art"
        assertThat(id("Therapeutic grape juice")).isEqualTo("-"); // neither "rap" nor "therapy"
        assertThat(id("Winterreifen")).isEqualTo("-"); // not "wine"
        assertThat(id("Cat")).isEqualTo("pets.cats");
        assertThat(id("Catalogue")).isEqualTo("-");
        assertThat(id("Lebensversicherung")).isEqualTo("finance.insurance");
        assertThat(id("Ski")).isEqualTo("sports.winter");
        assertThat(id("Skinny jeans")).isEqualTo("fashion");
    }

    @Test
    void namesAndEverydayWordsAreNeverTakenForASensitiveTopic() {
        // Each of these once made a false sensitive flag: a friend's first name, a German verb, a running race,
        // a Spanish word inside a German title, the German for "data", a nurse's job title.
        for (String text : List.of("Christian Wagner", "Ich glaube, das wird gut", "Race day! 10 km am Cospudener See",
                "Kaltfront: Staffel 2: Inversion (Folge 2)", "Deine Daten herunterladen", "Sie sucht ihre Laufschuhe",
                "Recovery run nach dem Nachtdienst", "Schweinebraten mit Knödeln", "Krankenschwester gesucht",
                "Time slots for the pool", "Pride and Prejudice", "Neue Singles im Radio", "Herkunft: Italien")) {
            assertThat(T.topicOf(text).map(Topic::sensitive)).as(text).isEmpty();
        }
        assertThat(id("Christi Himmelfahrt in der Kirche")).isEqualTo("religion");
        assertThat(id("Krankheit und Pflege")).isEqualTo("health");
    }

    @Test
    void hierarchicalValuesMatchByTheirMostSpecificSegmentFirst() {
        assertThat(id("In-Market:Baby Products:Nursery")).isEqualTo("family.baby");
        assertThat(id("In-Market:Home & Kitchen:Coffee")).isEqualTo("food.coffee");
        assertThat(id("Demographics:Fascia d'età:25-34")).isEqualTo("-");
        assertThat(id("Lunara – Period & Cycle Tracker")).isEqualTo("family.pregnancy.fertility");
    }

    @Test
    void spotifySegmentsAreCleanedBeforeMatching() {
        assertThat(SegmentNames.clean("3P_Alcohol Consumers_UK")).isEqualTo("Alcohol Consumers");
        assertThat(SegmentNames.clean("1P_Custom_Workout_Moment_Listeners")).isEqualTo("Workout Moment Listeners");
        assertThat(SegmentNames.clean("3P_Custom__Cooking & Recipes_19-Feb-2021_DE")).isEqualTo("Cooking & Recipes");
        assertThat(SegmentNames.clean("3P_Custom_Marathon Runners_04August2021_US")).isEqualTo("Marathon Runners");
        assertThat(id("3P_Alcohol Consumers_UK")).isEqualTo("alcohol");
        assertThat(T.topicOf("3P_Alcohol Consumers_UK").map(Topic::sensitive)).contains(SensitiveCategory.ALCOHOL);
        assertThat(id("1P_Custom_Workout_Moment_Listeners")).isEqualTo("music.moods");
    }

    @Test
    void theMoreSpecificWordingWinsAndATieGoesToTheSensitiveTopic() {
        assertThat(id("Baby clothing")).isEqualTo("family.baby");
        assertThat(id("Prenatal yoga")).isEqualTo("family.pregnancy");
        assertThat(id("Running shoes")).isEqualTo("sports.running");
        assertThat(id("Pregnancy and parenting")).isEqualTo("family.pregnancy");
    }

    @Test
    void parentsAndRelatedTopics() {
        Topic running = T.topic("sports.running").orElseThrow();
        Topic sports = T.topic("sports").orElseThrow();
        Topic cycling = T.topic("sports.cycling").orElseThrow();
        assertThat(T.parent(running)).contains(sports);
        assertThat(T.parent(sports)).isEqualTo(Optional.empty());
        assertThat(Taxonomy.related(running, sports)).isTrue();
        assertThat(Taxonomy.related(sports, running)).isTrue();
        assertThat(Taxonomy.related(running, cycling)).isFalse();
    }
}
