package app.footprint.analysis;

import app.footprint.model.AnalysedItem;
import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.ProfileData;
import app.footprint.model.Service;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The person's daily rhythm from the times of their own actions (messages sent, plays, views, searches,
 * posts, purchases, logins...; not the ads a company showed): the active hours, the likely sleep window
 * (the longest quiet span of the day) and how weekends differ from weekdays, in the person's time zone.
 * One per company with enough data ("Spotify's data shows when you sleep") and one across companies when
 * several contribute. See docs/inferences/places-rhythm-people.md.
 */
public final class DailyRhythm implements DerivationRule {
    /** The person's own actions; ads shown, off-site events and location fixes are the company's doing. */
    static final Set<Category> OWN_ACTIONS = Set.of(Category.MESSAGES, Category.POSTS, Category.COMMENTS,
            Category.LIKES, Category.SEARCHES, Category.ACTIVITY, Category.BROWSING, Category.WATCHING,
            Category.LISTENING, Category.PURCHASES, Category.LOGINS);
    /** A rhythm needs at least this many timestamps on this many distinct days. */
    static final int MIN_ACTIONS = 100;
    static final int MIN_DAYS = 7;
    /** A quiet span longer than this many hours is more than sleep. */
    static final int LONGEST_NIGHT = 10;
    /** Weekdays and weekends are compared when each has this many timestamps. */
    static final int MIN_PART = 50;

    private final ZoneId zone;
    private final ZoneRules rules;

    public DailyRhythm(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    @Override
    public List<Inference> derive(ProfileData data) {
        Map<Service, HourTally> own = new EnumMap<>(Service.class);
        Map<Service, Map<String, HourTally>> bySender = new EnumMap<>(Service.class);
        Map<Service, MessageParties> parties = new EnumMap<>(Service.class);
        data.items(OWN_ACTIONS, item -> {
            if (item.at() == null || dateOnly(item.at())) {
                return;
            }
            if (item.category() == Category.MESSAGES && !MessageParties.markedOwn(item)
                    && MessageParties.sender(item) != null) {
                // Whether the person sent it is known only once all conversations are seen.
                parties.computeIfAbsent(item.service(), s -> new MessageParties()).add(item);
                Map<String, HourTally> senders = bySender.computeIfAbsent(item.service(), s -> new HashMap<>());
                HourTally t = senders.get(MessageParties.sender(item));
                if (t == null && senders.size() < 5000) {
                    t = new HourTally();
                    senders.put(MessageParties.sender(item), t);
                }
                if (t != null) {
                    t.add(item, rules);
                }
                return;
            }
            own.computeIfAbsent(item.service(), s -> new HourTally()).add(item, rules);
        });
        bySender.forEach((service, senders) -> {
            String owner = parties.get(service).owner();
            if (owner != null) {
                own.computeIfAbsent(service, s -> new HourTally()).addAll(senders.get(owner));
            }
        });
        List<Inference> out = new ArrayList<>();
        HourTally combined = new HourTally();
        own.forEach((service, tally) -> {
            combined.addAll(tally);
            Inference i = rhythm(service, tally);
            if (i != null) {
                out.add(i);
            }
        });
        if (combined.services.size() >= 2) {
            Inference i = rhythm(null, combined);
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * A time of exactly midnight UTC or local midnight is a date written without a time (order dates, billing
     * days): it says nothing about the hour. A real action at that very second is rare enough to lose.
     */
    private boolean dateOnly(Instant at) {
        long utc = at.getEpochSecond();
        long local = utc + rules.getOffset(at).getTotalSeconds();
        return at.getNano() == 0 && (Math.floorMod(utc, 86_400L) == 0 || Math.floorMod(local, 86_400L) == 0);
    }

    private Inference rhythm(Service service, HourTally tally) {
        long total = tally.total();
        if (total < MIN_ACTIONS || tally.days.size() < MIN_DAYS) {
            return null;
        }
        long[] all = tally.all();
        HourTally.Span sleep = HourTally.quietest(all);
        int peak = HourTally.peak(all);
        String whose = service == null ? "Your data from " + names(tally.services) : service.displayName() + "'s data";
        StringBuilder explanation = new StringBuilder(whose).append(" holds ").append(String.format(Locale.ROOT, "%,d", total))
                .append(" timestamps of things you did yourself on ").append(tally.days.size())
                .append(" days. Counted by hour of the day (").append(zone.getId()).append(" time), ");
        String label;
        double confidence;
        if (sleep != null) {
            long quiet = 0;
            for (int h = 0; h < 24; h++) {
                if (sleep.contains(h)) {
                    quiet += all[h];
                }
            }
            double quietShare = quiet / (double) total;
            confidence = (1 - Math.min(1, quietShare * 5)) * Math.min(1, 0.4 + tally.days.size() / 50.0);
            if (sleep.length() <= LONGEST_NIGHT) {
                label = "Usually asleep " + sleep + ", most active " + new HourTally.Span(peak, (peak + 1) % 24);
                explanation.append("they leave a quiet span from ").append(sleep).append(" with ")
                        .append(percent(quietShare)).append(" of your activity: most likely when you sleep.");
            } else {
                // Longer than any night: the service is used only part of the day, so its data shows the habit of
                // using it, not the sleep.
                label = "Used outside " + sleep + ", most active " + new HourTally.Span(peak, (peak + 1) % 24);
                explanation.append("they leave a quiet span from ").append(sleep).append(" with ")
                        .append(percent(quietShare)).append(" of your activity, longer than a night: you use it only "
                                + "at some hours of the day, so your sleep lies somewhere in that span.");
                confidence /= 2;
            }
            explanation.append(" You are most active between ").append(new HourTally.Span(peak, (peak + 1) % 24))
                    .append('.');
        } else {
            label = "Active at all hours, most active " + new HourTally.Span(peak, (peak + 1) % 24);
            explanation.append("there is no quiet span of four hours or more: you act at all hours (or several "
                    + "people use the account). You are most active between ")
                    .append(new HourTally.Span(peak, (peak + 1) % 24)).append('.');
            confidence = 0.3 * Math.min(1, 0.4 + tally.days.size() / 50.0);
        }
        String weekend = weekend(tally);
        if (weekend != null) {
            explanation.append(' ').append(weekend);
        }
        explanation.append(" A company that knows when you sleep and wake knows your routine: when you are "
                + "home, when you are tired, and when its messages reach you.");
        List<Evidence> evidence = evidence(tally, sleep);
        return new Inference(InferenceOrigin.DERIVED, service, InferenceKind.DAILY_RHYTHM, label, null, null, null,
                Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100.0, null, null, null,
                explanation.toString(), evidence, total, Set.copyOf(tally.services));
    }

    /** How the first action of the day moves at weekends, when both parts have enough data. */
    private static String weekend(HourTally tally) {
        if (HourTally.total(tally.weekday) < MIN_PART || HourTally.total(tally.weekend) < MIN_PART) {
            return null;
        }
        HourTally.Span weekdays = HourTally.quietest(tally.weekday);
        HourTally.Span weekends = HourTally.quietest(tally.weekend);
        if (weekdays == null || weekends == null) {
            return null;
        }
        int shift = Math.floorMod(weekends.end() - weekdays.end() + 12, 24) - 12;
        String start = "On weekdays your day starts around " + String.format(Locale.ROOT, "%02d:00", weekdays.end());
        if (shift == 0) {
            return start + ", and at weekends too.";
        }
        return start + ", at weekends around " + String.format(Locale.ROOT, "%02d:00", weekends.end()) + " ("
                + Math.abs(shift) + (Math.abs(shift) == 1 ? " hour " : " hours ") + (shift > 0 ? "later" : "earlier")
                + ").";
    }

    /** A few actions per hour: the hours around waking and falling asleep first, then the day in order. */
    private List<Evidence> evidence(HourTally tally, HourTally.Span sleep) {
        List<Integer> order = new ArrayList<>();
        int from = sleep == null ? 0 : sleep.end();
        if (sleep != null) {
            order.add(sleep.end());
            order.add(Math.floorMod(sleep.start() - 1, 24));
        }
        for (int k = 0; k < 24; k++) {
            int h = (from + k) % 24;
            if (!order.contains(h)) {
                order.add(h);
            }
        }
        List<Evidence> out = new ArrayList<>();
        for (int h : order) {
            if (tally.samples[h] == null) {
                continue;
            }
            for (AnalysedItem item : tally.samples[h]) {
                out.add(Evidence.item(item, describe(item)));
            }
        }
        return out;
    }

    /** "Message sent, Tue 23:40": never a message's or a post's text. */
    private String describe(AnalysedItem item) {
        ZonedDateTime t = item.at().atZone(zone);
        String when = t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                + String.format(Locale.ROOT, " %02d:%02d", t.getHour(), t.getMinute());
        String what = switch (item.category()) {
            case MESSAGES -> "Message sent";
            case POSTS -> "Post";
            case COMMENTS -> "Comment";
            default -> item.category().label() + (item.title() == null ? "" : ": " + shortened(item.title()));
        };
        return what + ", " + when;
    }

    private static String shortened(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    private static String percent(double share) {
        return share < 0.005 ? "almost none" : Math.round(share * 100) + "%";
    }

    private static String names(Set<Service> services) {
        List<String> names = services.stream().sorted().map(Service::displayName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
