package app.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Service;
import app.footprint.testing.CommandRun;
import app.footprint.testing.DemoDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code footprint inferences} over the demo persona's database, analysed on first use. */
class InferencesCommandTest {
    @TempDir
    static Path dir;
    static Path db;
    static List<JsonNode> all;



    private static List<JsonNode> json(CommandRun run) throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> nodes = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).forEach(nodes::add);
        return nodes;
    }

    @BeforeAll
    static void analyseTheDemo() throws IOException {
        db = Files.copy(DemoDatabase.file(), dir.resolve("fp.db"));
        all = json(CommandRun.of("inferences", "--db", db.toString(), "--json"));
    }

    @Test
    void everyInferenceHasTheDocumentedFields() {
        assertThat(all).isNotEmpty();
        for (JsonNode i : all) {
            assertThat(i.fieldNames()).toIterable().contains("service", "origin", "kind", "label", "topic", "sensitive",
                    "confidence", "evidence", "lat", "lon");
            assertThat(i.get("origin").asText()).isIn("stated", "derived");
            assertThat(i.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(i.get("evidence").asLong()).isPositive();
            assertThat(i.get("lat").isNull()).isEqualTo(i.get("lon").isNull());
            assertThat(i.get("label").asText()).isNotBlank();
        }
    }

    @Test
    void theDemoPersonaHasStatedAndDerivedInferencesAndTheCombinedView() {
        Set<Service> stating = EnumSet.noneOf(Service.class);
        all.stream().filter(i -> i.get("origin").asText().equals("stated") && !i.get("service").asText().equals("combined"))
                .forEach(i -> stating.add(Service.fromId(i.get("service").asText())));
        assertThat(stating).as("every company whose export states conclusions")
                .contains(Service.FACEBOOK, Service.INSTAGRAM, Service.GOOGLE, Service.X, Service.LINKEDIN, Service.SPOTIFY,
                        Service.AMAZON, Service.SNAPCHAT, Service.REDDIT, Service.DISCORD);
        assertThat(all).anySatisfy(i -> {
            assertThat(i.get("kind").asText()).isEqualTo("home");
            assertThat(i.get("lat").asDouble()).isBetween(51.0, 51.6);
            assertThat(i.get("lon").asDouble()).isBetween(12.0, 12.6);
        });
        assertThat(all).extracting(i -> i.get("kind").asText())
                .contains("work", "daily_rhythm", "life_event", "taste_profile", "activity_interest", "relationship",
                        "combined", "contradiction");
        assertThat(all).anySatisfy(i -> assertThat(i.get("sensitive").asText()).isEqualTo("pregnancy_parenting"));
        assertThat(all).anySatisfy(i -> assertThat(i.get("support").asText()).isEqualTo("supported"));
        assertThat(all).anySatisfy(i -> assertThat(i.get("support").asText()).isEqualTo("no_trace"));
    }

    @Test
    void serviceNarrowsTheListToOneCompanyOrTheCombinedView() throws IOException {
        List<JsonNode> spotify = json(CommandRun.of("inferences", "--db", db.toString(), "--service", "spotify", "--json"));
        assertThat(spotify).isNotEmpty().allSatisfy(i -> assertThat(i.get("service").asText()).isEqualTo("spotify"));
        assertThat(spotify).hasSize((int) all.stream().filter(i -> i.get("service").asText().equals("spotify")).count());
        List<JsonNode> combined = json(CommandRun.of("inferences", "--db", db.toString(), "--service", "combined", "--json"));
        assertThat(combined).isNotEmpty().allSatisfy(i -> assertThat(i.get("service").asText()).isEqualTo("combined"));
    }

    @Test
    void anUnknownServiceIsRefusedWithTheChoices() {
        CommandRun run = CommandRun.of("inferences", "--db", db.toString(), "--service", "myspace");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown service: myspace").contains("google").contains("combined");
    }

    @Test
    void withoutJsonItPrintsOneLinePerInferenceUnderItsCompany() {
        CommandRun run = CommandRun.of("inferences", "--db", db.toString(), "--service", "facebook");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Facebook");
        assertThat(lines).hasSize(1 + (int) all.stream().filter(i -> i.get("service").asText().equals("facebook")).count());
    }

    @Test
    void anEmptyDatabaseHasNoInferencesAndSaysHowToGetSome() throws IOException {
        Path empty = dir.resolve("empty.db");
        assertThat(json(CommandRun.of("inferences", "--db", empty.toString(), "--json"))).isEmpty();
        assertThat(CommandRun.of("inferences", "--db", empty.toString()).out()).contains("footprint demo --import");
    }
}
