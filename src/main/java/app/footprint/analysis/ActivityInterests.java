package app.footprint.analysis;

import app.footprint.model.AnalysedItem;
import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.ProfileData;
import app.footprint.model.Service;
import app.footprint.model.Topic;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Interests shown by what the person did — searches, watch history, browsing, app activity, posts, likes and
 * purchases — placed in the taxonomy by keyword, so that what they did can be compared with what companies say
 * they like. One inference per company and topic with at least {@value #MIN_RECORDS} records.
 *
 * <p>It streams the items and keeps per company and topic only counters, the months seen and a bounded evidence
 * sample. Each text is normalised once and matched with the taxonomy's precompiled word index.
 */
public final class ActivityInterests implements DerivationRule {
    static final int MIN_RECORDS = 3;
    static final Set<Category> ACTIVITY = EnumSet.of(Category.SEARCHES, Category.WATCHING, Category.BROWSING,
            Category.ACTIVITY, Category.POSTS, Category.LIKES, Category.PURCHASES);
    /** Attributes that name what an item is about, besides its title. */
    private static final List<String> ABOUT = List.of("subreddit", "channel", "shop_name", "query");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final Taxonomy taxonomy;

    public ActivityInterests(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** What one company's records show about one topic. */
    private static final class Tally {
        final Service service;
        final Topic topic;
        long count;
        Instant first;
        Instant last;
        final Set<YearMonth> months = new HashSet<>();
        final Map<Category, Long> perCategory = new EnumMap<>(Category.class);
        final Map<String, Integer> examples = new LinkedHashMap<>();
        final List<Evidence> evidence = new ArrayList<>();

        Tally(Service service, Topic topic) {
            this.service = service;
            this.topic = topic;
        }

        void add(AnalysedItem item) {
            count++;
            perCategory.merge(item.category(), 1L, Long::sum);
            if (item.at() != null) {
                first = first == null || item.at().isBefore(first) ? item.at() : first;
                last = last == null || item.at().isAfter(last) ? item.at() : last;
                months.add(YearMonth.from(item.at().atOffset(ZoneOffset.UTC)));
            }
            String title = item.title() == null ? "" : item.title();
            if (examples.size() < 5 || examples.containsKey(title)) {
                examples.merge(title, 1, Integer::sum);
            }
            if (evidence.size() < StatedInferences.MAX_EVIDENCE) {
                evidence.add(Evidence.item(item, title.isEmpty() ? item.category().label() : title));
            }
        }
    }

    @Override
    public List<Inference> derive(ProfileData data) {
        Map<Service, Map<String, Tally>> tallies = new EnumMap<>(Service.class);
        Map<String, Topic> cache = new HashMap<>();
        data.items(ACTIVITY, item -> {
            String text = Taxonomy.normalise(text(item));
            if (text.isEmpty()) {
                return;
            }
            Topic topic = cache.size() < 100_000 ? cache.computeIfAbsent(text, t -> orNone(taxonomy.topicOfNormalised(t)))
                    : orNone(taxonomy.topicOfNormalised(text));
            if (topic == NONE) {
                return;
            }
            tallies.computeIfAbsent(item.service(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(topic.id(), id -> new Tally(item.service(), topic)).add(item);
        });
        List<Inference> out = new ArrayList<>();
        for (Map<String, Tally> perTopic : tallies.values()) {
            for (Tally t : perTopic.values()) {
                if (t.count >= MIN_RECORDS) {
                    out.add(inference(t));
                }
            }
        }
        return out;
    }

    private static final Topic NONE = new Topic("-", "-", null);

    private static Topic orNone(Topic topic) {
        return topic == null ? NONE : topic;
    }

    private static String text(AnalysedItem item) {
        StringBuilder text = new StringBuilder(item.title() == null ? "" : item.title());
        for (String name : ABOUT) {
            String value = item.attribute(name);
            if (value != null && !value.isBlank()) {
                text.append(" : ").append(value);
            }
        }
        return text.toString();
    }

    /**
     * Confidence grows with the number of records (3 give about 0.3, 10 about 0.7, 30 and more about 0.95) and with
     * their spread over time: interest that lasts months counts more than one afternoon's burst.
     */
    static double confidence(long count, int months) {
        double byCount = 1 - Math.exp(-count / 8.0);
        double bySpread = 0.6 + 0.4 * Math.min(1.0, months / 6.0);
        return Math.min(0.95, byCount * bySpread);
    }

    private static Inference inference(Tally t) {
        String records = t.perCategory.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        String examples = t.examples.keySet().stream().filter(s -> !s.isEmpty()).limit(3).map(s -> "“" + s + "”")
                .collect(Collectors.joining(", "));
        String span = t.first == null ? "" : t.first.equals(t.last) ? " on " + month(t.first)
                : " between " + month(t.first) + " and " + month(t.last);
        String explanation = t.count + " records in your " + t.service.displayName() + " data are about "
                + t.topic.label() + " (" + records + ")" + span + (examples.isEmpty() ? "." : ", for example " + examples + ".")
                + " Footprint matched them with the keywords of its taxonomy, so a few may be false matches; the more"
                + " records and the longer the span, the surer the conclusion. This is what your own activity shows,"
                + " to compare with what companies say you are interested in.";
        String why = t.topic.sensitive() == null ? null : "Your " + t.service.displayName() + " activity shows an interest in "
                + t.topic.label().toLowerCase(Locale.ROOT) + ". " + t.topic.sensitive().why();
        return new Inference(InferenceOrigin.DERIVED, t.service, InferenceKind.ACTIVITY_INTEREST, t.topic.label(),
                t.topic, t.topic.sensitive(), why, confidence(t.count, t.months.size()), null, null, null, explanation,
                t.evidence, t.count, Set.of(t.service));
    }

    private static String month(Instant at) {
        return MONTH.format(at.atOffset(ZoneOffset.UTC));
    }
}
