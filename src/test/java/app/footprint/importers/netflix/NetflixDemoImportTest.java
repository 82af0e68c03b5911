package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.DemoPersona;
import app.footprint.demo.NetflixFacts;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
import app.footprint.model.Export;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.ItemRow;
import app.footprint.model.Service;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.ItemQueries;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jana's Netflix export through the installed importers and the real store: every count as the persona wrote it. */
class NetflixDemoImportTest {
    @TempDir
    Path dir;

    @Test
    void theDemoReportImportsExactlyWhatThePersonaWrote() throws Exception {
        DemoPersona persona = DemoPersona.standard();
        Path zip = persona.writeTo(dir.resolve("demo")).stream()
                .filter(p -> p.getFileName().toString().equals("netflix-report.zip")).findFirst().orElseThrow();
        NetflixFacts facts = persona.facts().of(NetflixFacts.class);
        ImportRunner runner = ImportRunner.withInstalledImporters();
        try (Database db = Database.open(dir.resolve("fp.db")); ImportPlan plan = runner.plan(List.of(zip))) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).singleElement().satisfies(e -> assertThat(e.service()).isEqualTo(Service.NETFLIX));
            ImportReport report = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);

            assertThat(report.filesWithProblems()).isEmpty();
            Export export = report.export();
            assertThat(export.language()).isEqualTo("de");
            assertThat(export.layout()).isEqualTo("netflix-report folders");
            assertThat(report.filesWith(FileStatus.NOT_RECOGNISED)).extracting(FileReport::path)
                    .containsExactlyInAnyOrder("Cover sheet.pdf", "Additional Information.pdf");
            assertThat(report.files().stream().filter(f -> f.path().endsWith(".txt")))
                    .hasSize(facts.placeholders()).allMatch(f -> f.status() == FileStatus.IMPORTED && f.records() == 0);

            CompanyQueries companies = new CompanyQueries(db);
            CompanySummary netflix = companies.company(Service.NETFLIX);
            Map<Category, Long> categories = netflix.categories().stream()
                    .collect(Collectors.toMap(CategoryStats::category, CategoryStats::items));
            assertThat(categories).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.WATCHING, (long) facts.watched(),
                    Category.ACTIVITY, (long) facts.previews(),
                    Category.PROFILE, (long) facts.profiles() + facts.accountFields(),
                    Category.LIKES, (long) facts.ratings(),
                    Category.SEARCHES, (long) facts.searches(),
                    Category.LIBRARY, (long) facts.myList(),
                    Category.DEVICES, (long) facts.devices(),
                    Category.LOGINS, (long) facts.loginAddresses() + facts.streamingAddresses(),
                    Category.PAYMENTS, (long) facts.payments()));
            Map<InferenceKind, List<StatedInferenceRow>> stated = companies.statedInferences(netflix);
            assertThat(stated.keySet()).containsExactly(InferenceKind.TASTE);
            assertThat(stated.get(InferenceKind.TASTE).stream().mapToInt(StatedInferenceRow::occurrences).sum())
                    .isEqualTo(facts.indicatedPreferences() + facts.ratings());

            List<ItemRow> watched = new ItemQueries(db).page(List.of(export), Category.WATCHING, 0, facts.watched() + 1);
            assertThat(watched).hasSize(facts.watched());
            assertThat(watched.stream().filter(i -> "Jana".equals(i.attributes().get("Profile Name")))).hasSize(facts.janaWatched());
            assertThat(watched.stream().filter(i -> "yes".equals(i.attributes().get("autoplayed")))).hasSize(facts.bingedEpisodes());
            assertThat(watched.stream().filter(i -> {
                int hour = i.at().atZone(ZoneId.of("Europe/Berlin")).getHour();
                return hour >= 23 || hour < 5;
            })).hasSize(facts.lateNightWatched());
            assertThat(watched.stream().filter(i -> "Neun Monate".equals(i.attributes().get("show"))
                    || "Elternzeit".equals(i.attributes().get("show")) || i.title().startsWith("Kleine Wunder")
                    || i.title().equals("Bauchgefühl"))).hasSize(facts.pregnancyWatched());
            assertThat(watched).allMatch(i -> !i.zoneAssumed());
        }
    }
}
