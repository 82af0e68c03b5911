package app.footprint.requests;

import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.store.SnapshotQueries;
import app.footprint.store.SnapshotQueries.CategoryChange;
import app.footprint.store.SnapshotQueries.Comparison;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a newer export of a company still holds of the kinds of data a request asked it to delete or stop
 * using, as the tracker uses it to mark the request verified or not.
 *
 * @param chosen the kinds of data the request is about; empty means every kind the older export held
 */
public record SnapshotDiff(Comparison comparison, Set<Category> chosen) {
    /** What the newer export says about the request. */
    public enum Verdict {
        /** Nothing of the chosen kinds of data remains. */
        DELETED,
        /** Some of it remains: see {@link #remaining()}. */
        DATA_STILL_PRESENT,
        /** The older export held none of the chosen kinds of data, so there is nothing to check. */
        NOTHING_TO_COMPARE
    }

    public SnapshotDiff {
        chosen = chosen.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(chosen);
    }

    /** Compares two snapshots for every kind of data. */
    public static SnapshotDiff of(SnapshotQueries queries, Export older, Export newer) {
        return of(queries, older, newer, Set.of());
    }

    public static SnapshotDiff of(SnapshotQueries queries, Export older, Export newer, Set<Category> chosen) {
        return new SnapshotDiff(queries.compare(older, newer), chosen);
    }

    /** The chosen kinds of data that the older export held, in the order of {@link Category}. */
    public List<CategoryChange> considered() {
        return comparison.categories().stream()
                .filter(c -> chosen.isEmpty() || chosen.contains(c.category()))
                .filter(c -> c.before() > 0)
                .toList();
    }

    /** The chosen kinds of data of which the newer export still holds something. */
    public List<CategoryChange> remaining() {
        return considered().stream().filter(c -> c.kept() > 0).toList();
    }

    public Verdict verdict() {
        if (considered().isEmpty()) {
            return Verdict.NOTHING_TO_COMPARE;
        }
        return remaining().isEmpty() ? Verdict.DELETED : Verdict.DATA_STILL_PRESENT;
    }

    /**
     * In plain words, one sentence per kind of data considered, e.g. "Messages: Facebook deleted 5,990 of
     * 6,000; 10 remain, the oldest from 2013."
     */
    public String summary() {
        String company = comparison.older().service().displayName();
        List<CategoryChange> considered = considered();
        if (considered.isEmpty()) {
            return "The older " + company + " export holds none of the data asked about: nothing to compare.";
        }
        List<String> sentences = new ArrayList<>();
        for (CategoryChange c : considered) {
            // The kind of data leads, as its label reads well that way for every kind ("Likes, votes and reactions").
            String what = c.category().label();
            if (c.kept() == 0) {
                sentences.add(String.format(Locale.ROOT, "%s: %s deleted all %,d.", what, company, c.gone()));
            } else if (c.gone() == 0) {
                sentences.add(String.format(Locale.ROOT, "%s: %s still holds all %,d%s.", what, company, c.kept(),
                        oldest(c)));
            } else {
                sentences.add(String.format(Locale.ROOT, "%s: %s deleted %,d of %,d; %,d remain%s.", what, company,
                        c.gone(), c.before(), c.kept(), oldest(c)));
            }
        }
        return String.join(" ", sentences);
    }

    private static String oldest(CategoryChange c) {
        return c.oldestKept() == null ? ""
                : ", the oldest from " + c.oldestKept().atZone(ZoneOffset.UTC).getYear();
    }
}
