package app.footprint.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The persona's dice: a seeded {@link Random} (its sequence is fixed by the Java specification) with the
 * few helpers the writers need. Every part of the persona (a file, the list of her friends) gets its own
 * stream, named after it, so that changing one part leaves all others byte-identical.
 */
final class DemoRandom {
    private static final long SEED = 20240312L;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final Random random;

    private DemoRandom(long seed) {
        this.random = new Random(seed);
    }

    /** The stream for one part of the persona; the same name always gives the same numbers. */
    static DemoRandom forPart(String name) {
        return new DemoRandom(SEED * 31 + name.hashCode());
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** An element where earlier ones are more likely, roughly as people favour a few artists or friends. */
    <T> T pickFavouring(List<T> choices) {
        double u = random.nextDouble();
        return choices.get((int) (choices.size() * u * u));
    }

    /** {@code count} distinct elements in random order. */
    <T> List<T> sample(List<T> choices, int count) {
        List<T> pool = new ArrayList<>(choices);
        List<T> chosen = new ArrayList<>(count);
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    /** An instant, to the second, from {@code from} (included) to {@code to} (excluded). */
    Instant instantBetween(Instant from, Instant to) {
        long seconds = from.until(to, ChronoUnit.SECONDS);
        return from.plusSeconds((long) (random.nextDouble() * seconds));
    }

    /**
     * A moment on a random day between the two dates, at a waking hour in Leipzig: people message, post
     * and listen from morning to late evening, hardly at four in the morning.
     */
    Instant wakingMomentBetween(LocalDate from, LocalDate to) {
        long days = from.until(to, ChronoUnit.DAYS);
        LocalDate day = from.plusDays((long) (random.nextDouble() * days));
        int minute = 7 * 60 + (int) (random.nextDouble() * 16.5 * 60);
        LocalTime time = LocalTime.of(minute / 60, minute % 60, random.nextInt(60));
        return day.atTime(time).atZone(Persona.ZONE).toInstant();
    }

    /** A positive number with exactly {@code length} digits (ids of Meta objects are 15 to 17 long). */
    long digits(int length) {
        long number = between(1, 9);
        for (int i = 1; i < length; i++) {
            number = number * 10 + random.nextInt(10);
        }
        return number;
    }

    /** A deck of the given texts: each comes once, in random order, before any comes again. */
    <T> Deck<T> deck(List<T> cards) {
        return new Deck<>(this, cards);
    }

    static final class Deck<T> {
        private final DemoRandom random;
        private final List<T> cards;
        private final List<T> left = new ArrayList<>();

        private Deck(DemoRandom random, List<T> cards) {
            this.random = random;
            this.cards = cards;
        }

        T draw() {
            if (left.isEmpty()) {
                left.addAll(random.sample(cards, cards.size()));
            }
            return left.remove(left.size() - 1);
        }
    }

    /** A Spotify-style base-62 id of {@code length} characters. */
    String base62(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return id.toString();
    }
}
