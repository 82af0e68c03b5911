package app.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.DemoPersona;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportRunner;
import app.footprint.testing.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    static Path shared;
    static List<Path> demo;

    @TempDir
    Path dir;


    @BeforeAll
    static void writeDemo() throws IOException {
        demo = DemoPersona.standard().writeTo(shared.resolve("demo"));
    }


    @Test
    void importPrintsOneLinePerExportAndExitsZero() {
        String db = dir.resolve("fp.db").toString();
        CommandRun run = CommandRun.of("import", "--db", db, demo.get(0).toString(), demo.get(1).toString());

        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("facebook\texport #1\timported\t7,910 items, 298 stated inference entries, 0 files with problems")
                .endsWith("\tfacebook-janakoehler-2024-03-12-Xy7Kq2.zip");
        assertThat(lines.get(1)).startsWith("spotify\texport #2\timported\t").endsWith("\tmy_spotify_data.zip");
        assertThat(lines.get(2)).matches("profile\tanalysed\t\\d+ inferences");

        CommandRun again = CommandRun.of("import", "--db", db, demo.get(0).toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("facebook\texport #1\talready imported, nothing added\t")
                .as("nothing new to analyse").doesNotContain("profile");
    }

    @Test
    void nothingRecognisedExitsTwoAndSaysWhy() throws IOException {
        Path png = Files.write(dir.resolve("holiday.zip"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10});
        CommandRun run = CommandRun.of("import", "--db", dir.resolve("fp.db").toString(), png.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("holiday.zip: a PNG image, not an export archive");
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        CommandRun run = CommandRun.of("import", "--db", dir.resolve("fp.db").toString(), dir.resolve("no-such-export.zip").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-export.zip: no such file or folder");
    }

    @Test
    void aBrokenFileIsReportedByNameWhileTheRestImports() throws IOException {
        Path zip = dir.resolve("spotify.zip");
        new app.footprint.testing.ZipBuilder()
                .add("MyData/Userdata.json", "{\"username\":\"jana\",\"country\":\"DE\"}")
                .add("MyData/SearchQueries.json", "[{\"searchQuery\":\"x\",\"searchTime\":\"2022-09-22T04:45:54.424Z[UTC]\"}")
                .add("MyData/StreamingHistory0.json", "[{\"endTime\":\"2021-11-04 11:16\",\"artistName\":\"A\",\"trackName\":\"T\",\"msPlayed\":1}]")
                .writeTo(zip);
        CommandRun run = CommandRun.of("import", "--db", dir.resolve("fp.db").toString(), zip.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("1 file with problems");
        assertThat(run.err()).contains("MyData/SearchQueries.json: not valid JSON");
    }

    @Test
    void summaryJsonDescribesExportsAndCompanies() throws IOException {
        String db = dir.resolve("fp.db").toString();
        CommandRun.of("import", "--db", db, demo.get(0).toString(), demo.get(1).toString(), demo.get(2).toString());

        CommandRun run = CommandRun.of("summary", "--db", db, "--json");

        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("exports")).hasSize(3);
        JsonNode export = json.get("exports").get(0);
        for (String field : List.of("id", "service", "source", "items", "problems")) {
            assertThat(export.has(field)).as(field).isTrue();
        }
        List<String> services = new ArrayList<>();
        json.get("companies").forEach(c -> services.add(c.get("service").asText()));
        assertThat(services).containsExactly("spotify", "facebook"); // most items first
        JsonNode facebook = json.get("companies").get(1);
        assertThat(facebook.get("name").asText()).isEqualTo("Facebook");
        assertThat(facebook.get("items").asLong()).isEqualTo(7910);
        assertThat(facebook.get("categories").get("messages").asLong()).isEqualTo(6000);
        assertThat(facebook.get("statedInferences").asLong()).as("298 entries, 3 of them repeats").isEqualTo(295);
        assertThat(facebook.get("derivedInferences").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(facebook.get("firstItem").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(facebook.get("lastItem").asText()).startsWith("2024-03-");
    }

    @Test
    void demoWritesTheArchivesAndImportsThemOnRequest() {
        Path out = dir.resolve("persona");
        Path db = dir.resolve("fp.db");
        CommandRun written = CommandRun.of("demo", "--out", out.toString(), "--db", db.toString());
        assertThat(written.exit()).isZero();
        assertThat(out.resolve("facebook-janakoehler-2024-03-12-Xy7Kq2.zip")).exists();
        assertThat(db).as("without --import nothing is imported").doesNotExist();

        CommandRun imported = CommandRun.of("demo", "--out", out.toString(), "--import", "--db", db.toString());
        assertThat(imported.exit()).isZero();
        assertThat(imported.out().lines().filter(l -> l.contains("\timported\t"))).hasSize(exportsIn(demo));
    }

    @Test
    void fingerprintWritesTheFormatReportOfTheArchives() throws IOException {
        Path out = dir.resolve("report.json");
        CommandRun run = CommandRun.of("fingerprint", "--out", out.toString(), demo.get(0).toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Wrote the format report of ").contains("no values");
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        assertThat(report.get("exports").get(0).get("service").asText()).isEqualTo("facebook");
        String text = Files.readString(out);
        assertThat(text).contains("ads_interests.json").doesNotContain("Köhler").doesNotContain("Leipzig");

        assertThat(CommandRun.of("fingerprint", dir.resolve("missing.zip").toString()).exit()).isEqualTo(1);
    }

    /** How many exports the demo archives make: every service's, parts of one export counted once. */
    private static int exportsIn(List<Path> archives) {
        try (ImportPlan plan = ImportRunner.withInstalledImporters().plan(archives)) {
            return plan.exports().size();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void onlyDbAloneMeansTheWindow() {
        assertThat(FootprintCommand.wantsCommandLine(new String[0])).isFalse();
        assertThat(FootprintCommand.wantsCommandLine(new String[] {"--db", "x.db"})).isFalse();
        assertThat(FootprintCommand.wantsCommandLine(new String[] {"--db=x.db"})).isFalse();
        assertThat(FootprintCommand.wantsCommandLine(new String[] {"summary"})).isTrue();
        assertThat(FootprintCommand.wantsCommandLine(new String[] {"--help"})).isTrue();
    }
}
