package app.footprint.demo;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Jana's life on TikTok as lists: the videos she watched (a session on most days, her feed turning to
 * pregnancy and baby videos after July 2023), and what she liked, kept, shared, commented and searched,
 * whom she follows and who follows her. Each list comes from its own dice, so the same call always gives
 * the same list.
 */
final class TikTokFeed {
    static final LocalDate JOINED = LocalDate.of(2021, 6, 12);
    static final LocalDate WATCH_HISTORY_SINCE = LocalDate.of(2023, 1, 1);
    static final int SEARCHES = 140;

    /** A video she watched, with what it was about (which the export does not say). */
    record View(Instant at, String link, TikTokContent.Topic topic) {
        boolean aboutTheBaby() {
            return topic == TikTokContent.Topic.PREGNANCY || topic == TikTokContent.Topic.BABY;
        }
    }

    /** A dated entry of one of the simple lists. */
    record Dated(Instant at, String text) {
    }

    private final List<View> views = watchHistory();

    List<View> views() {
        return views;
    }

    /** Days with a session of three to twelve videos; pregnancy and baby videos after July 2023. */
    private static List<View> watchHistory() {
        DemoRandom random = DemoRandom.forPart("tiktok/watch");
        List<View> views = new ArrayList<>();
        for (LocalDate day = WATCH_HISTORY_SINCE; day.isBefore(Persona.EXPORT_DAY); day = day.plusDays(1)) {
            boolean expecting = Persona.expecting(Persona.at(day, 12, 0));
            if (!random.chance(expecting ? 0.7 : 0.55)) {
                continue;
            }
            Instant at = random.wakingMomentBetween(day, day.plusDays(1));
            int videos = random.between(3, 12);
            for (int i = 0; i < videos; i++) {
                views.add(new View(at, "https://www.tiktokv.com/share/video/" + videoId(random) + "/",
                        topic(random, expecting)));
                at = at.plusSeconds(random.between(8, 75));
            }
        }
        return views;
    }

    private static TikTokContent.Topic topic(DemoRandom random, boolean expecting) {
        double u = random.nextDouble();
        if (expecting && u < 0.4) {
            return u < 0.25 ? TikTokContent.Topic.PREGNANCY : TikTokContent.Topic.BABY;
        }
        List<TikTokContent.Topic> everyday = List.of(TikTokContent.Topic.RUNNING, TikTokContent.Topic.LEIPZIG,
                TikTokContent.Topic.NURSING, TikTokContent.Topic.MUSIC, TikTokContent.Topic.COOKING,
                TikTokContent.Topic.TRAVEL, TikTokContent.Topic.COMEDY);
        return random.pick(everyday);
    }

    /** A 19-digit id as TikTok's video ids of 2022+ look: a 7 and eighteen digits. */
    static String videoId(DemoRandom random) {
        return "7" + random.digits(9) + String.format("%09d", random.between(0, 999_999_999));
    }

    List<Dated> likes() {
        DemoRandom random = DemoRandom.forPart("tiktok/likes");
        List<Dated> likes = new ArrayList<>();
        for (View view : views) {
            if (random.chance(view.aboutTheBaby() || view.topic() == TikTokContent.Topic.RUNNING ? 0.2 : 0.08)) {
                likes.add(new Dated(view.at().plusSeconds(random.between(3, 30)), view.link()));
            }
        }
        likes.sort(Comparator.comparing(Dated::at).reversed());
        return likes;
    }

    List<Dated> favoriteVideos() {
        DemoRandom random = DemoRandom.forPart("tiktok/favourites");
        List<Dated> favourites = new ArrayList<>();
        for (View view : views) {
            if (random.chance(view.aboutTheBaby() ? 0.03 : 0.008)) {
                favourites.add(new Dated(view.at().plusSeconds(random.between(5, 40)), view.link()));
            }
        }
        favourites.sort(Comparator.comparing(Dated::at).reversed());
        return favourites;
    }

    List<Dated> favoriteSounds() {
        String music = "https://www.tiktokv.com/share/music/";
        return List.of(
                new Dated(Persona.at(LocalDate.of(2023, 12, 1), 22, 10), music + "7301188420931226401/"),
                new Dated(Persona.at(LocalDate.of(2023, 5, 3), 7, 42), music + "7218841105507305242/"),
                new Dated(Persona.at(LocalDate.of(2022, 10, 9), 19, 5), music + "7151204918831745798/"));
    }

    List<Dated> shares() {
        DemoRandom random = DemoRandom.forPart("tiktok/shares");
        List<Dated> shares = new ArrayList<>();
        for (View view : views) {
            if (random.chance(0.012)) {
                shares.add(new Dated(view.at().plusSeconds(random.between(5, 40)), view.link()));
            }
        }
        return shares;
    }

    List<Dated> comments() {
        DemoRandom random = DemoRandom.forPart("tiktok/comments");
        List<Dated> comments = new ArrayList<>();
        for (View view : views) {
            if (random.chance(0.012)) {
                boolean expecting = view.aboutTheBaby() && Persona.expecting(view.at());
                comments.add(new Dated(view.at().plusSeconds(random.between(20, 90)),
                        random.pick(expecting ? TikTokContent.COMMENTS_EXPECTING : TikTokContent.COMMENTS)));
            }
        }
        comments.sort(Comparator.comparing(Dated::at).reversed());
        return comments;
    }

    List<Dated> searches() {
        DemoRandom random = DemoRandom.forPart("tiktok/searches");
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            moments.add(random.wakingMomentBetween(WATCH_HISTORY_SINCE, Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.naturalOrder());
        List<Dated> searches = new ArrayList<>();
        for (Instant moment : moments) {
            boolean expecting = Persona.expecting(moment) && random.chance(0.6);
            searches.add(new Dated(moment, random.pick(expecting ? TikTokContent.EXPECTING_SEARCHES
                    : TikTokContent.EVERYDAY_SEARCHES)));
        }
        return searches;
    }

    List<Dated> following() {
        DemoRandom random = DemoRandom.forPart("tiktok/following");
        List<Dated> following = new ArrayList<>();
        following.add(new Dated(Persona.at(JOINED, 20, 14), TikTokContent.PARTNER));
        following.add(new Dated(Persona.at(JOINED.plusDays(2), 18, 40), TikTokContent.SISTER));
        for (String account : TikTokContent.FOLLOWED) {
            following.add(new Dated(random.wakingMomentBetween(JOINED, Persona.PREGNANCY_KNOWN), account));
        }
        for (String account : TikTokContent.FOLLOWED_EXPECTING) {
            following.add(new Dated(random.wakingMomentBetween(Persona.PREGNANCY_KNOWN.plusDays(1), Persona.EXPORT_DAY),
                    account));
        }
        following.sort(Comparator.comparing(Dated::at).reversed());
        return following;
    }

    List<Dated> followers() {
        DemoRandom random = DemoRandom.forPart("tiktok/followers");
        List<Dated> followers = new ArrayList<>();
        followers.add(new Dated(Persona.at(JOINED, 20, 31), TikTokContent.PARTNER));
        followers.add(new Dated(Persona.at(JOINED.plusDays(3), 9, 2), TikTokContent.SISTER));
        for (int i = 0; i < 20; i++) {
            String name = FacebookContent.FIRST_NAMES.get(random.between(0, FacebookContent.FIRST_NAMES.size() - 1));
            followers.add(new Dated(random.wakingMomentBetween(JOINED, Persona.EXPORT_DAY),
                    ascii(name) + "_" + random.between(10, 99)));
        }
        followers.sort(Comparator.comparing(Dated::at).reversed());
        return followers;
    }

    /** "Jördis" becomes "jordis": TikTok usernames are plain letters. */
    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

}
