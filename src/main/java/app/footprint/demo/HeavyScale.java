package app.footprint.demo;

/**
 * How large the heavy persona is and which dice it throws. {@code scale} multiplies every count;
 * {@code fraction} shrinks the heavy parts for tests and the CI-size benchmark, the number of records a
 * company puts in one file included, so that a miniature splits its files as the full persona does; the
 * lists of stated inferences, a few hundred entries each, keep their length. {@code seed} chooses the content.
 */
record HeavyScale(int scale, long seed, double fraction) {
    HeavyScale {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, not " + scale);
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be above 0 and at most 1, not " + fraction);
        }
    }

    /** A count of the persona at scale 1, scaled; never below one. */
    long count(long atScaleOne) {
        return Math.max(1, Math.round(atScaleOne * (double) scale * fraction));
    }

    /** The length of a list of stated inferences: it grows with the scale, but a fraction keeps it whole. */
    long entries(long atScaleOne) {
        return atScaleOne * scale;
    }

    /** How many records a company writes into one file before it starts the next, shrunk by the fraction. */
    int perFile(int real) {
        return (int) Math.max(1, Math.round(real * fraction));
    }

    /** The dice of one part of the persona: the same seed and part always give the same numbers. */
    DemoRandom random(String part) {
        return DemoRandom.forPart("heavy/" + seed + "/" + part);
    }
}
