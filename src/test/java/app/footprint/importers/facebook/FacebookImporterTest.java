package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportRunner;
import app.footprint.importers.PlannedExport;
import app.footprint.model.Category;
import app.footprint.model.CompanySummary;
import app.footprint.model.Export;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.ExportQueries;
import app.footprint.store.ItemQueries;
import app.footprint.testing.ZipBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real import runner over a synthetic Facebook export into a real database. */
class FacebookImporterTest {
    private static final String ROOT = "facebook-jana-2023-12-20/";

    @TempDir
    Path dir;

    private static ZipBuilder export() {
        return new ZipBuilder()
                .add(ROOT + "ads_information/ad_preferences.json", """
                        {"media": [], "label_values": [
                          {"label": "Hat deaktiviert, dass Interessen f\\u00c3\\u00bcr das Anzeigen-Targeting verwendet werden", "value": "Richtig"},
                          {"label": "Hinzugef\\u00c3\\u00bcgte Interessen", "vec": []},
                          {"label": "Entfernte Interessen", "vec": [{"value": "Hemd"}]}
                        ]}""")
                .add(ROOT + "ads_information/advertisers_using_your_activity_or_information.json", """
                        {"custom_audiences_all_types_v2": [
                          {"advertiser_name": "Zalando", "has_data_file_custom_audience": true, "has_remarketing_custom_audience": true, "has_in_person_store_visit": false},
                          {"advertiser_name": "eBay.de", "has_data_file_custom_audience": true, "has_remarketing_custom_audience": false, "has_in_person_store_visit": false}
                        ]}""")
                .add(ROOT + "ads_information/other_categories_used_to_reach_you.json", """
                        {"bcts": ["Konsolenspieler", "Freunde von M\\u00c3\\u00a4nnern, die in 0 bis 7 Tagen Geburtstag haben"]}""")
                .add(ROOT + "logged_information/other_logged_information/ads_interests.json", """
                        {"topics_v2": ["Hemd", "Schuhe", "Hemd"]}""")
                .add(ROOT + "logged_information/your_topics/your_topics.json", """
                        {"inferred_topics_v2": ["Cute Animals", "Rock Music"]}""")
                .add(ROOT + "logged_information/location/primary_location.json", """
                        {"primary_location_v2": {"city_region_pairs": [["Unna", "Nordrhein-Westfalen"]], "zipcode": ["59073"]}}""")
                .add(ROOT + "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json", """
                        {"off_facebook_activity_v2": [{"name": "Airbnb", "events": [
                          {"id": 1, "type": "PAGE_VIEW", "timestamp": 1651742700},
                          {"id": 2, "type": "PURCHASE", "timestamp": 1651742800}]}]}""")
                .add(ROOT + "profile_information/profile_information.json", """
                        {"profile_v2": {"name": {"full_name": "Jana M\\u00c3\\u00bcller"}, "emails": {"emails": ["jana@example.org"]}}}""")
                .add(ROOT + "messages/inbox/maxmuller_1/message_1.json", """
                        {"participants": [{"name": "Max"}, {"name": "Jana"}], "messages": [
                          {"sender_name": "Max", "timestamp_ms": 1698272460000, "content": "Hallo"},
                          {"sender_name": "Jana", "timestamp_ms": 1698272470000, "content": "Hi"},
                          {"sender_name": "Max", "timestamp_ms": 1698272480000, "content": "Bis morgen"}],
                         "title": "Max"}""")
                .add(ROOT + "posts/your_posts_1.json", """
                        [{"timestamp": 1698272460, "data": [{"post": "Eins"}]}, {"timestamp": 1698272470, "data": [{"post": "Zwei"}]}]""")
                .add(ROOT + "security_and_login_information/ip_address_activity.json", """
                        {"used_ip_address_v2": [{"ip": "203.0.113.7", "action": "Login", "timestamp": 1698272460},
                                                {"ip": "203.0.113.8", "action": "Login", "timestamp": 1698272470}]}""")
                // files we do not read
                .add(ROOT + "preferences/preferences/language_and_locale.json", "{\"language_and_locale_v2\": []}")
                .add(ROOT + "posts/album/0.json", "{\"name\": \"Profilbilder\", \"photos\": []}")
                // broken: cut off after its first search
                .add(ROOT + "search/your_search_history.json", """
                        {"searches_v2": [{"timestamp": 1698272460, "title": "x", "data": [{"text": "Unna"}]}, {"timestamp": 16982""");
    }

    @Test
    void importsASyntheticExportIntoTheDatabase() throws IOException {
        Path zip = export().writeTo(dir.resolve("facebook-export.zip"));
        ImportRunner runner = new ImportRunner(List.of(new FacebookImporter()), ArchiveLimits.defaults());

        try (Database db = Database.open(dir.resolve("footprint.db")); ImportPlan plan = runner.plan(List.of(zip))) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).hasSize(1);
            PlannedExport planned = plan.exports().get(0);
            assertThat(planned.service()).isEqualTo(Service.FACEBOOK);

            ImportReport outcome = runner.run(planned, db, ImportProgress.NONE, () -> false);

            assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
            Export export = outcome.export();
            assertThat(export.kind()).isEqualTo("account data");
            assertThat(export.layout()).isEqualTo("before 2024");
            assertThat(export.language()).isEqualTo("de");
            assertThat(export.items()).isEqualTo(3 + 2 + 2 + 3 + 2 + 2 + 1);
            assertThat(export.inferences()).isEqualTo(2 + 2 + 3 + 2 + 1 + 1);

            ItemQueries items = new ItemQueries(db);
            List<Export> exports = List.of(export);
            assertThat(items.count(exports, Category.AD_SETTINGS)).isEqualTo(3);
            assertThat(items.count(exports, Category.OFF_SITE_ACTIVITY)).isEqualTo(2);
            assertThat(items.count(exports, Category.PROFILE)).isEqualTo(2);
            assertThat(items.count(exports, Category.MESSAGES)).isEqualTo(3);
            assertThat(items.count(exports, Category.POSTS)).isEqualTo(2);
            assertThat(items.count(exports, Category.LOGINS)).isEqualTo(2);
            assertThat(items.count(exports, Category.SEARCHES)).as("kept from the broken file").isEqualTo(1);
            assertThat(items.count(exports, Category.FRIENDS)).isZero();

            CompanyQueries companies = new CompanyQueries(db);
            CompanySummary facebook = companies.company(Service.FACEBOOK);
            Map<InferenceKind, List<StatedInferenceRow>> stated = companies.statedInferences(facebook);
            assertThat(occurrences(stated)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    InferenceKind.ADVERTISER, 2,
                    InferenceKind.AUDIENCE_CATEGORY, 2,
                    InferenceKind.AD_INTEREST, 3,
                    InferenceKind.TOPIC, 2,
                    InferenceKind.INFERRED_LOCATION, 1,
                    InferenceKind.OFF_SITE_ACTIVITY, 1));
            assertThat(stated.get(InferenceKind.AD_INTEREST)).extracting(StatedInferenceRow::value)
                    .containsExactly("Hemd", "Schuhe");
            assertThat(stated.get(InferenceKind.AUDIENCE_CATEGORY)).extracting(StatedInferenceRow::value)
                    .contains("Freunde von Männern, die in 0 bis 7 Tagen Geburtstag haben");
            assertThat(facebook.statedInferences()).isEqualTo(2 + 2 + 2 + 2 + 1 + 1);

            Map<String, FileStatus> statuses = new ExportQueries(db).files(export.id()).stream()
                    .collect(Collectors.toMap(FileReport::path, FileReport::status));
            assertThat(statuses).hasSize(14);
            assertThat(statuses).containsEntry(ROOT + "preferences/preferences/language_and_locale.json", FileStatus.NOT_RECOGNISED)
                    .containsEntry(ROOT + "posts/album/0.json", FileStatus.NOT_RECOGNISED)
                    .containsEntry(ROOT + "search/your_search_history.json", FileStatus.FAILED);
            assertThat(statuses.values().stream().filter(s -> s == FileStatus.IMPORTED).count()).isEqualTo(11);
            assertThat(outcome.filesWith(FileStatus.FAILED)).singleElement()
                    .satisfies(f -> assertThat(f.problems()).singleElement().asString()
                            .contains("not valid JSON").contains("the 1 records read before it are kept"));
        }
    }

    @Test
    void isFoundThroughTheServiceRegistry() {
        assertThat(ImportRunner.withInstalledImporters().importers())
                .anySatisfy(i -> assertThat(i).isInstanceOf(FacebookImporter.class));
    }

    private static Map<InferenceKind, Integer> occurrences(Map<InferenceKind, List<StatedInferenceRow>> stated) {
        return stated.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().mapToInt(StatedInferenceRow::occurrences).sum()));
    }
}
