package app.footprint.analysis;

import app.footprint.model.AnalysedItem;
import app.footprint.model.AnalysedStatedInference;
import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.ProfileData;
import app.footprint.model.Service;
import app.footprint.model.Topic;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The taste profile a streaming service holds, the Netflix case: from Netflix's viewing activity, Prime
 * Video's viewing history, YouTube's watch history and Spotify's plays, per company: what was watched or
 * played most, binge sessions (3 or more episodes of one series in one sitting), the share of viewing or
 * listening at night, and how much the service started by itself (autoplayed previews and next episodes).
 * Netflix's own IndicatedPreferences (the titles picked when the profile was set up) are cited next to what
 * was actually watched. Only counters and a bounded sample of plays are held.
 */
public final class TasteProfile implements DerivationRule {
    static final int TOP = 5;
    static final int MAX_EVIDENCE = 200;
    /** Below this many plays, shares say little: no inference about them. */
    static final int MIN_PLAYS = 10;
    static final int BINGE_EPISODES = 3;
    /** A break longer than this between one episode's end and the next one's start ends a sitting. */
    static final Duration SITTING_GAP = Duration.ofMinutes(30);
    /** When a play's length is not given (Prime Video's hourly rows), it is taken as this long. */
    private static final Duration UNKNOWN_LENGTH = Duration.ofMinutes(60);
    /** Night is from 23:00 to 05:00, the person's time. */
    static final int NIGHT_FROM = 23;
    static final int NIGHT_UNTIL = 5;
    /** Spotify counts a play as a stream after 30 seconds. */
    static final long LISTENED_MS = 30_000;
    private static final String PREVIEW = "Preview: ";
    /** Prime Video's episode titles: "Episode-Series - Staffel 1". */
    private static final Pattern PRIME_EPISODE = Pattern.compile(
            "^(.+?)-(.+?) - (?:Staffel|Season|Series|Stagione|Saison|Temporada|Seizoen|Sezon)\\s*\\d+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final ZoneId zone;

    public TasteProfile(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public List<Inference> derive(ProfileData data) {
        Map<Service, Viewing> viewing = new EnumMap<>(Service.class);
        Map<Service, Listening> listening = new EnumMap<>(Service.class);
        data.items(EnumSet.of(Category.WATCHING), item -> {
            Viewing v = viewingOf(viewing, item.service());
            if (v != null) {
                v.watched(item);
            }
        });
        data.items(EnumSet.of(Category.ACTIVITY), item -> {
            if ((item.service() == Service.NETFLIX || item.service() == Service.AMAZON) && item.title() != null
                    && item.title().startsWith(PREVIEW)) {
                viewingOf(viewing, item.service()).preview(item);
            }
        });
        data.items(EnumSet.of(Category.LISTENING), item -> {
            if (item.service() == Service.SPOTIFY) {
                listening.computeIfAbsent(item.service(), Listening::new).played(item);
            }
        });
        KnownTopics topics = KnownTopics.standard();
        List<Inference> inferences = new ArrayList<>();
        for (Viewing v : viewing.values()) {
            inferences.addAll(v.conclusions(topics, data.statedInferences()));
        }
        for (Listening l : listening.values()) {
            inferences.addAll(l.conclusions(topics));
        }
        return inferences;
    }

    private Viewing viewingOf(Map<Service, Viewing> viewing, Service service) {
        return switch (service) {
            case NETFLIX -> viewing.computeIfAbsent(service, s -> new Viewing(s, "Netflix", "series", true));
            case AMAZON -> viewing.computeIfAbsent(service, s -> new Viewing(s, "Prime Video", "series and films", true));
            case GOOGLE -> viewing.computeIfAbsent(service, s -> new Viewing(s, "YouTube", "channels", false));
            default -> null;
        };
    }

    private boolean atNight(Instant at) {
        int hour = at.atZone(zone).getHour();
        return hour >= NIGHT_FROM || hour < NIGHT_UNTIL;
    }

    private static String percent(long part, long whole) {
        return Math.round(100.0 * part / whole) + "%";
    }

    /** Confidence from how much data a measure rests on: 0.5 for a few plays, 0.9 from a hundred on. */
    private static double confidence(long plays) {
        return 0.5 + 0.4 * Math.min(1.0, plays / 100.0);
    }

    private static void sample(List<Evidence> sample, Evidence evidence) {
        if (sample.size() < MAX_EVIDENCE) {
            sample.add(evidence);
        }
    }

    private static Inference taste(Service service, String label, Topic topic, double confidence, String explanation,
                                   List<Evidence> evidence, long count) {
        return new Inference(InferenceOrigin.DERIVED, service, InferenceKind.TASTE_PROFILE, label, topic, null, null,
                confidence, null, null, null, explanation, evidence.stream().limit(MAX_EVIDENCE).toList(),
                Math.max(count, Math.min(evidence.size(), MAX_EVIDENCE)), Set.of(service));
    }

    /** One sitting of one profile: consecutive plays of one series with short breaks. */
    private static final class Sitting {
        final String series;
        final Set<String> episodes = new LinkedHashSet<>();
        final List<Evidence> plays = new ArrayList<>();
        long count;
        Instant end;

        Sitting(String series) {
            this.series = series;
        }
    }

    /** What one company's viewing history shows. */
    private final class Viewing {
        final Service service;
        final String product;
        final String topWord;
        final boolean series;
        final TopCounter top = new TopCounter(500, 10);
        final Map<String, Sitting> sittings = new HashMap<>();
        final Set<String> profiles = new LinkedHashSet<>();
        long plays;
        long night;
        long autoplayedEpisodes;
        long previews;
        long autoplayedPreviews;
        long ads;
        long binges;
        long bingePlays;
        final List<Evidence> bingeSample = new ArrayList<>();
        final List<Evidence> nightSample = new ArrayList<>();
        final List<Evidence> autoplaySample = new ArrayList<>();

        Viewing(Service service, String product, String topWord, boolean series) {
            this.service = service;
            this.product = product;
            this.topWord = topWord;
            this.series = series;
        }

        void watched(AnalysedItem item) {
            if (item.at() == null || item.title() == null) {
                return;
            }
            if (service == Service.GOOGLE && !isYouTube(item)) {
                return;
            }
            if (item.attribute("ad") != null) {
                ads++; // an ad YouTube showed, not something chosen
                return;
            }
            String profile = item.attribute("Profile Name");
            if (profile != null) {
                profiles.add(profile);
            }
            Evidence evidence = Evidence.item(item, profile == null ? item.title() : profile + ": " + item.title());
            plays++;
            String seriesName = seriesOf(item);
            String name = service == Service.GOOGLE ? item.attribute("channel")
                    : seriesName != null ? seriesName : item.title();
            if (name != null) {
                top.add(name, 1, evidence);
            }
            if (atNight(item.at())) {
                night++;
                sample(nightSample, evidence);
            }
            if ("yes".equals(item.attribute("autoplayed"))) {
                autoplayedEpisodes++;
                sample(autoplaySample, evidence);
            }
            if (series) {
                sit(profile == null ? "" : profile, seriesName, item, evidence);
            }
        }

        void preview(AnalysedItem item) {
            previews++;
            if ("yes".equals(item.attribute("autoplayed"))) {
                autoplayedPreviews++;
                String profile = item.attribute("Profile Name");
                sample(autoplaySample, Evidence.item(item, profile == null ? item.title() : profile + ": " + item.title()));
            }
        }

        private String seriesOf(AnalysedItem item) {
            if (service == Service.NETFLIX) {
                return item.attribute("show");
            }
            if (service == Service.AMAZON) {
                Matcher m = PRIME_EPISODE.matcher(item.title());
                return m.matches() ? m.group(2).strip() : null;
            }
            return null;
        }

        private void sit(String profile, String seriesName, AnalysedItem item, Evidence evidence) {
            Sitting sitting = sittings.get(profile);
            if (sitting != null && (seriesName == null || !seriesName.equals(sitting.series)
                    || item.at().isAfter(sitting.end.plus(SITTING_GAP)))) {
                close(sitting);
                sittings.remove(profile);
                sitting = null;
            }
            if (seriesName == null) {
                return;
            }
            if (sitting == null) {
                sitting = new Sitting(seriesName);
                sittings.put(profile, sitting);
            }
            sitting.episodes.add(item.title());
            sitting.count++;
            if (sitting.plays.size() < MAX_EVIDENCE) {
                sitting.plays.add(evidence);
            }
            String seconds = item.attribute("duration_seconds");
            Duration length = seconds != null && seconds.matches("\\d{1,7}") ? Duration.ofSeconds(Long.parseLong(seconds))
                    : UNKNOWN_LENGTH;
            Instant end = item.at().plus(length);
            sitting.end = sitting.end == null || end.isAfter(sitting.end) ? end : sitting.end;
        }

        private void close(Sitting sitting) {
            if (sitting.episodes.size() >= BINGE_EPISODES) {
                binges++;
                bingePlays += sitting.count;
                sitting.plays.forEach(e -> sample(bingeSample, e));
            }
        }

        List<Inference> conclusions(KnownTopics topics, List<AnalysedStatedInference> stated) {
            sittings.values().forEach(this::close);
            sittings.clear();
            List<Inference> out = new ArrayList<>();
            if (plays == 0) {
                return out;
            }
            Topic topic = service == Service.GOOGLE
                    ? topics.topic("entertainment.online_video", "Online video", null)
                    : topics.topic("entertainment.tv", "TV and films", null);
            String whose = profiles.size() > 1 ? " The account's " + profiles.size() + " profiles ("
                    + String.join(", ", profiles) + ") are counted together; each play is labelled with its profile." : "";
            out.add(topList(topic, stated, whose));
            if (binges > 0) {
                out.add(taste(service, binges + (binges == 1 ? " binge session" : " binge sessions") + " on " + product,
                        topic, confidence(plays),
                        "In " + binges + (binges == 1 ? " sitting" : " sittings") + " you watched " + BINGE_EPISODES
                                + " or more episodes of one series in a row, with breaks of at most "
                                + SITTING_GAP.toMinutes() + " minutes (" + bingePlays + " plays in all, of " + plays
                                + " in " + product + "'s history). Binge-watching is what recommendation and "
                                + "autoplay are built to encourage, and it tells " + service.displayName()
                                + " what keeps you watching." + whose,
                        bingeSample, bingePlays));
            }
            if (plays >= MIN_PLAYS && night > 0) {
                out.add(taste(service, percent(night, plays) + " of " + product + " viewing at night", topic,
                        confidence(plays),
                        night + " of your " + plays + " plays on " + product + " started between " + NIGHT_FROM
                                + ":00 and 0" + NIGHT_UNTIL + ":00, your time. When you watch tells a service "
                                + "about your sleep and your days, and when you are most receptive." + whose,
                        nightSample, night));
            }
            long all = plays + previews;
            long autoplayed = autoplayedEpisodes + autoplayedPreviews;
            if (autoplayed > 0) {
                out.add(taste(service, percent(autoplayed, all) + " of " + product + " plays started by "
                                + service.displayName() + " itself", topic, confidence(all),
                        "Of " + all + " plays in " + product + "'s history, " + autoplayed + " were started by "
                                + service.displayName() + " without you choosing them: " + autoplayedPreviews
                                + " previews and trailers played while you browsed, and " + autoplayedEpisodes
                                + " next episodes started when one ended. " + service.displayName()
                                + " keeps these in your viewing history all the same." + whose,
                        autoplaySample, autoplayed));
            }
            return out;
        }

        private Inference topList(Topic topic, List<AnalysedStatedInference> stated, String whose) {
            List<TopCounter.Entry> best = top.top(TOP);
            List<Evidence> evidence = new ArrayList<>();
            long count = 0;
            List<String> parts = new ArrayList<>();
            for (TopCounter.Entry e : best) {
                evidence.addAll(e.samples);
                count += e.count;
                parts.add(e.name + " (" + e.count + (e.count == 1 ? " play)" : " plays)"));
            }
            StringBuilder explanation = new StringBuilder("What you watched most on ").append(product).append(", by plays: ")
                    .append(String.join(", ", parts)).append(", of ").append(plays).append(" plays in all");
            if (ads > 0) {
                explanation.append(" (").append(ads).append(" ads left out)");
            }
            explanation.append(". What you watch is the core of the profile a service uses to recommend and, for "
                    + "some, to target ads.");
            List<String> picked = new ArrayList<>();
            if (service == Service.NETFLIX) {
                for (AnalysedStatedInference s : stated) {
                    if (s.service() == Service.NETFLIX && s.inference().kind() == InferenceKind.TASTE
                            && isIndicatedPreference(s)) {
                        picked.add(s.inference().value());
                        evidence.add(new Evidence(Evidence.Kind.STATED_INFERENCE, s.id(), Service.NETFLIX, null,
                                "You told Netflix you like: " + s.inference().value(), s.inference().source().path(), 1));
                        count++;
                    }
                }
            }
            if (!picked.isEmpty()) {
                Set<String> topNames = new LinkedHashSet<>();
                best.forEach(e -> topNames.add(e.name));
                List<String> watched = picked.stream().filter(topNames::contains).toList();
                explanation.append(" When the profile was set up you told Netflix you like ")
                        .append(PurchaseLifeEvents.list(picked)).append(" (its IndicatedPreferences, kept as your "
                                + "stated taste)");
                explanation.append(watched.isEmpty() ? "; none of them is among what you watched most."
                        : "; of those, " + PurchaseLifeEvents.list(watched) + (watched.size() == 1 ? " is" : " are")
                                + " among what you watched most.");
            }
            explanation.append(whose);
            String label = "Most watched " + (service == Service.GOOGLE ? "YouTube channels" : "on " + product) + ": "
                    + String.join(", ", best.stream().limit(3).map(e -> e.name).toList());
            return taste(service, label, topic, confidence(plays), explanation.toString(), evidence, count);
        }
    }

    /** Netflix's TASTE rows are its IndicatedPreferences and its Ratings; only the ratings carry a rating. */
    private static boolean isIndicatedPreference(AnalysedStatedInference s) {
        return s.inference().attributes().get("rating") == null;
    }

    private static boolean isYouTube(AnalysedItem item) {
        String product = item.attribute("product");
        String url = item.attribute("url");
        return product != null && product.toLowerCase(Locale.ROOT).contains("youtube")
                || url != null && url.contains("youtu");
    }

    /** What one company's listening history shows. */
    private final class Listening {
        final Service service;
        final TopCounter artists = new TopCounter(1000, 10);
        final TopCounter podcasts = new TopCounter(500, 10);
        long plays;
        long night;
        final List<Evidence> nightSample = new ArrayList<>();

        Listening(Service service) {
            this.service = service;
        }

        void played(AnalysedItem item) {
            if (item.at() == null) {
                return;
            }
            long ms = millis(item.attribute("ms_played"));
            String kind = item.attribute("kind");
            Evidence evidence = Evidence.item(item, item.title());
            if ("podcast".equals(kind)) {
                String show = first(item.attribute("episode_show_name"), item.attribute("show"));
                if (show != null) {
                    podcasts.add(show, ms, evidence);
                }
            } else if ("music".equals(kind)) {
                String artist = first(item.attribute("master_metadata_album_artist_name"), item.attribute("artist"));
                if (artist != null) {
                    artists.add(artist, ms, evidence);
                }
            } else {
                return;
            }
            if (ms >= LISTENED_MS) {
                plays++;
                if (atNight(item.at())) {
                    night++;
                    sample(nightSample, evidence);
                }
            }
        }

        List<Inference> conclusions(KnownTopics topics) {
            List<Inference> out = new ArrayList<>();
            Topic music = topics.topic("entertainment.music", "Music", null);
            if (!artists.isEmpty()) {
                out.add(topList(artists, "Most played artists", "artists", music));
            }
            if (!podcasts.isEmpty()) {
                out.add(topList(podcasts, "Most played podcasts", "podcasts",
                        topics.topic("entertainment.podcasts", "Podcasts", null)));
            }
            if (plays >= MIN_PLAYS && night > 0) {
                out.add(taste(service, percent(night, plays) + " of " + service.displayName() + " listening at night",
                        music, confidence(plays),
                        night + " of your " + plays + " plays of 30 seconds or more started between " + NIGHT_FROM
                                + ":00 and 0" + NIGHT_UNTIL + ":00, your time. When you listen tells "
                                + service.displayName() + " about your sleep and your days.",
                        nightSample, night));
            }
            return out;
        }

        private Inference topList(TopCounter counter, String title, String what, Topic topic) {
            List<TopCounter.Entry> best = counter.top(TOP);
            List<Evidence> evidence = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            long count = 0;
            for (TopCounter.Entry e : best) {
                evidence.addAll(e.samples);
                count += e.count;
                parts.add(e.name + " (" + hours(e.weight) + ", " + e.count + (e.count == 1 ? " play)" : " plays)"));
            }
            return taste(service, title + ": " + String.join(", ", best.stream().limit(3).map(e -> e.name).toList()),
                    topic, confidence(count),
                    "The " + what + " you listened to longest on " + service.displayName() + ": "
                            + String.join(", ", parts) + ". " + service.displayName() + " builds its picture of your "
                            + "taste, moods and routines from what you play, and sorts listeners into segments "
                            + "for advertisers from it.",
                    evidence, count);
        }
    }

    private static String hours(long ms) {
        double h = ms / 3_600_000.0;
        return h >= 10 ? Math.round(h) + " h" : String.format(Locale.ROOT, "%.1f h", h);
    }

    private static long millis(String value) {
        if (value == null || !value.matches("\\d{1,12}")) {
            return 0;
        }
        return Long.parseLong(value);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
