package app.footprint.analysis;

import app.footprint.analysis.LifeEventCatalogue.Indicator;
import app.footprint.analysis.LifeEventCatalogue.LifeEvent;
import app.footprint.model.AnalysedItem;
import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.ProfileData;
import app.footprint.model.Service;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Life events a retailer could read from purchases: the Target case. Each purchase (an order line, a Play
 * purchase, a shop's purchase event reported to Meta, TikTok or X) is matched against the documented
 * indicator lists; an event is concluded when, within its time window, the distinct indicators bought weigh
 * enough together. Buying one indicator, however often, or the same items spread over years, concludes
 * nothing. Each company is judged on its own data: what that company alone could have concluded.
 */
public final class PurchaseLifeEvents implements DerivationRule {
    static final int MAX_EVIDENCE = 200;
    /** A window never holds more purchases than this; the oldest go first. */
    private static final int MAX_IN_WINDOW = 1000;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    /** What an off-site event's type says when it is a purchase (Meta's PURCHASE, TikTok's "Place an order"). */
    private static final Keywords PURCHASE_EVENTS = Keywords.of(List.of("purchase*", "place an order",
            "placed an order", "order placed", "order completed", "complete payment", "completed payment",
            "kauf", "acquisto", "achat", "compra"));

    /** Where a purchase was read from: the company's own orders, or purchases other shops reported to it. */
    private enum Source { ORDERS, REPORTED }

    private final ZoneId zone;
    private final LifeEventCatalogue catalogue;

    public PurchaseLifeEvents(ZoneId zone) {
        this.zone = zone;
        this.catalogue = LifeEventCatalogue.standard();
    }

    @Override
    public List<Inference> derive(ProfileData data) {
        Map<String, Scan> scans = new LinkedHashMap<>();
        data.items(EnumSet.of(Category.PURCHASES), item -> consider(scans, item, Source.ORDERS));
        data.items(EnumSet.of(Category.OFF_SITE_ACTIVITY), item -> {
            String type = item.attribute("type") != null ? item.attribute("type") : item.attribute("event");
            if (PURCHASE_EVENTS.matches(Keywords.normalise(type))) {
                consider(scans, item, Source.REPORTED);
            }
        });
        // Per company and event, the source that allowed the conclusion first.
        Map<String, Scan> chosen = new LinkedHashMap<>();
        for (Scan scan : scans.values()) {
            if (scan.crossedAt == null) {
                continue;
            }
            chosen.merge(scan.service + "/" + scan.event.id(), scan,
                    (a, b) -> b.crossedAt.isBefore(a.crossedAt) ? b : a);
        }
        KnownTopics topics = KnownTopics.standard();
        List<Inference> inferences = new ArrayList<>();
        for (Scan scan : chosen.values()) {
            inferences.add(scan.conclusion(topics));
        }
        return inferences;
    }

    private void consider(Map<String, Scan> scans, AnalysedItem item, Source source) {
        if (item.at() == null || item.title() == null) {
            return; // an undated purchase cannot be placed in a window
        }
        String text = Keywords.normalise(item.title());
        LifeEvent matched = null;
        for (Indicator indicator : catalogue.indicators()) {
            if (indicator.event() == matched) {
                continue; // one indicator per event and purchase: the first, most specific one
            }
            if (indicator.keywords().matches(text)) {
                matched = indicator.event();
                String key = item.service() + "/" + source + "/" + matched.id();
                scans.computeIfAbsent(key, k -> new Scan(item.service(), source, indicator.event()))
                        .add(new Match(item, indicator));
            }
        }
    }

    /** A purchase that matched an indicator, kept as its evidence. */
    private record Match(Instant at, Indicator indicator, Evidence evidence) {
        Match(AnalysedItem item, Indicator indicator) {
            this(item.at(), indicator, Evidence.item(item, item.title() + " — " + indicator.label()));
        }
    }

    /** The sliding window of one company's purchases for one event, in time order. */
    private final class Scan {
        final Service service;
        final Source source;
        final LifeEvent event;
        final Duration window;
        final ArrayDeque<Match> inWindow = new ArrayDeque<>();
        final Map<Indicator, Integer> counts = new LinkedHashMap<>();
        int score;
        Instant crossedAt;
        List<Match> crossing;
        int bestScore;
        List<Match> best;

        Scan(Service service, Source source, LifeEvent event) {
            this.service = service;
            this.source = source;
            this.event = event;
            this.window = Duration.ofDays(event.windowDays());
        }

        void add(Match match) {
            while (!inWindow.isEmpty() && (inWindow.peekFirst().at().isBefore(match.at().minus(window))
                    || inWindow.size() >= MAX_IN_WINDOW)) {
                remove(inWindow.pollFirst());
            }
            inWindow.addLast(match);
            if (counts.merge(match.indicator(), 1, Integer::sum) == 1) {
                score += match.indicator().weight();
            }
            if (score >= event.threshold() && counts.size() >= event.minDistinct()) {
                if (crossedAt == null) {
                    crossedAt = match.at();
                    crossing = List.copyOf(inWindow);
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = List.copyOf(inWindow);
                }
            }
        }

        private void remove(Match gone) {
            if (counts.merge(gone.indicator(), -1, Integer::sum) == 0) {
                counts.remove(gone.indicator());
                score -= gone.indicator().weight();
            }
        }

        Inference conclusion(KnownTopics topics) {
            Map<Long, Match> used = new LinkedHashMap<>();
            for (Match m : crossing) {
                used.put(m.evidence().ref(), m);
            }
            for (Match m : best) {
                used.putIfAbsent(m.evidence().ref(), m);
            }
            List<Match> telling = new ArrayList<>(used.values());
            telling.sort(Comparator.comparingInt((Match m) -> -m.indicator().weight()).thenComparing(Match::at));
            List<Evidence> evidence = telling.stream().limit(MAX_EVIDENCE).map(Match::evidence).toList();
            Set<String> signs = new LinkedHashSet<>();
            best.forEach(m -> signs.add(m.indicator().label()));
            int distinct = signs.size();
            double confidence = Math.max(0.5, Math.min(0.9,
                    0.5 + 0.1 * (bestScore - event.threshold()) + 0.05 * (distinct - event.minDistinct())));
            String month = MONTH.format(crossedAt.atZone(zone));
            String company = service.displayName();
            String what = source == Source.ORDERS ? "your purchases there" : "the purchases shops reported to it";
            StringBuilder explanation = new StringBuilder()
                    .append(company).append(" could have concluded that ").append(event.phrase()).append(" around ")
                    .append(month).append(", from ").append(what).append(": within ").append(event.windowDays())
                    .append(" days they included ").append(list(signs)).append(". ")
                    .append("Footprint weighs each kind of purchase on a documented list and counts each kind once; "
                            + "together they scored ").append(bestScore).append(", where ").append(event.threshold())
                    .append(" concludes it, so one such purchase alone, or the same ones spread over years, never would. ");
            if (event.id().equals("pregnancy")) {
                explanation.append("This is how the US retailer Target was reported (New York Times, 2012) to spot "
                        + "pregnant customers from unscented lotion, supplements and cotton balls. ");
            }
            explanation.append("A conclusion like this decides which ads and offers you see, whether or not it is true.");
            return new Inference(InferenceOrigin.DERIVED, service, InferenceKind.LIFE_EVENT,
                    event.label() + ", around " + month,
                    topics.topic(event.topicId(), event.topicLabel(), event.sensitive()), event.sensitive(), null,
                    confidence, null, null, null, explanation.toString(), evidence, used.size(), Set.of(service));
        }
    }

    /** "a, b and c". */
    static String list(Iterable<String> parts) {
        List<String> all = new ArrayList<>();
        parts.forEach(all::add);
        if (all.size() <= 1) {
            return String.join("", all);
        }
        return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
    }
}
