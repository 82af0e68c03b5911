package app.footprint.analysis;

import app.footprint.model.SensitiveCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The life events a retailer can read from purchases and what purchases indicate each, as documented data:
 * {@code life-events.tsv} and {@code purchase-indicators.tsv} (see their headers for the columns).
 */
final class LifeEventCatalogue {
    /**
     * A life event and how sure the rule must be before concluding it.
     *
     * @param windowDays  the days within which indicators must appear together
     * @param threshold   the score that concludes it (the weights of the distinct indicators in the window)
     * @param minDistinct how many different indicators at least
     * @param places      words in place names that fit the event
     */
    record LifeEvent(String id, String label, String phrase, SensitiveCategory sensitive, String topicId,
                     String topicLabel, int windowDays, int threshold, int minDistinct, Keywords places) {
    }

    /** What a purchase says about an event, and how much. */
    record Indicator(LifeEvent event, String label, int weight, Keywords keywords) {
    }

    private static LifeEventCatalogue standard;

    private final List<LifeEvent> events;
    private final List<Indicator> indicators;

    private LifeEventCatalogue(List<LifeEvent> events, List<Indicator> indicators) {
        this.events = List.copyOf(events);
        this.indicators = List.copyOf(indicators);
    }

    /** The project's lists, read once. */
    static synchronized LifeEventCatalogue standard() {
        if (standard == null) {
            List<LifeEvent> events = new ArrayList<>();
            for (String[] f : rows("life-events.tsv")) {
                String sensitive = f[3].strip();
                events.add(new LifeEvent(f[0], f[1], f[2], sensitive.isEmpty() ? null : SensitiveCategory.valueOf(sensitive),
                        f[4], f[5], Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                        Keywords.of(f.length > 9 ? Arrays.asList(f[9].split(",")) : List.of())));
            }
            List<Indicator> indicators = new ArrayList<>();
            for (String[] f : rows("purchase-indicators.tsv")) {
                LifeEvent event = events.stream().filter(e -> e.id().equals(f[0])).findFirst()
                        .orElseThrow(() -> new IllegalStateException("an indicator of an unknown event: " + f[0]));
                List<String> keywords = new ArrayList<>();
                for (int i = 3; i < f.length; i++) {
                    keywords.addAll(Arrays.asList(f[i].split(",")));
                }
                indicators.add(new Indicator(event, f[1], Integer.parseInt(f[2]), Keywords.of(keywords)));
            }
            standard = new LifeEventCatalogue(events, indicators);
        }
        return standard;
    }

    List<LifeEvent> events() {
        return events;
    }

    /** The indicators of every event, each event's most specific first. */
    List<Indicator> indicators() {
        return indicators;
    }

    /** The event whose topic this is, if any: how the combined view recognises a life event inference. */
    Optional<LifeEvent> eventOfTopic(String topicId) {
        return events.stream().filter(e -> Objects.equals(e.topicId(), topicId)).findFirst();
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = Objects.requireNonNull(LifeEventCatalogue.class.getResourceAsStream(resource), resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
