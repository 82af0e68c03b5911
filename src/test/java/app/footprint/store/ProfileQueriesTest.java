package app.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
import app.footprint.model.Export;
import app.footprint.model.Service;
import app.footprint.testing.DemoDatabase;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the analysis reads is what the screens count: the demo persona, imported through the real store. */
class ProfileQueriesTest {
    @Test
    void streamsEveryCountedItemOnceOldestFirstPerCompanyAndKind() {
        try (Database db = DemoDatabase.open()) {
            ProfileQueries data = new ProfileQueries(db);
            List<CompanySummary> companies = new CompanyQueries(db).overview();
            assertThat(data.services()).hasSize(12).isEqualTo(Set.copyOf(companies.stream().map(CompanySummary::service).toList()));

            Map<Service, Map<Category, Long>> streamed = new EnumMap<>(Service.class);
            Map<String, Instant> last = new HashMap<>();
            data.items(EnumSet.allOf(Category.class), item -> {
                streamed.computeIfAbsent(item.service(), s -> new EnumMap<>(Category.class)).merge(item.category(), 1L, Long::sum);
                String key = item.service() + "/" + item.category();
                if (item.at() != null) {
                    Instant before = last.put(key, item.at());
                    assertThat(before == null || !before.isAfter(item.at())).as("oldest first in " + key).isTrue();
                }
                assertThat(item.path()).isNotBlank();
            });
            long[] points = new long[1];
            data.locationPoints(p -> {
                assertThat(p.service()).isEqualTo(Service.GOOGLE);
                points[0]++;
            });
            streamed.computeIfAbsent(Service.GOOGLE, s -> new EnumMap<>(Category.class))
                    .merge(Category.LOCATIONS, points[0], Long::sum);
            assertThat(points[0]).isPositive();
            for (CompanySummary company : companies) {
                Map<Category, Long> counted = new EnumMap<>(Category.class);
                for (CategoryStats stats : company.categories()) {
                    counted.put(stats.category(), stats.items());
                }
                assertThat(streamed.get(company.service())).as(company.name()).isEqualTo(counted);
            }
        }
    }

    @Test
    void givesEveryStatedInferenceWithItsCompanyAndFile() {
        try (Database db = DemoDatabase.open()) {
            var stated = new ProfileQueries(db).statedInferences();
            long inExports = new CompanyQueries(db).overview().stream().flatMap(c -> c.currentExports().stream())
                    .mapToLong(Export::inferences).sum();
            assertThat(stated).hasSize((int) inExports);
            assertThat(stated).allSatisfy(s -> assertThat(s.inference().source().path()).isNotBlank());
            assertThat(stated).extracting(s -> s.service()).contains(Service.FACEBOOK, Service.SPOTIFY, Service.AMAZON);
        }
    }

    @Test
    void theKeyOfTheCurrentExportsNamesEachOnce() {
        try (Database db = DemoDatabase.open()) {
            String key = new ProfileQueries(db).currentExportsKey();
            List<String> ids = List.of(key.split(","));
            assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(12);
            assertThat(ids).allSatisfy(id -> assertThat(db.exports()).anyMatch(e -> Long.toString(e.id()).equals(id)));
        }
    }
}
