package app.footprint.ui.inferences;

import app.footprint.model.Inference;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One option of a filter: its words, and which conclusions it keeps. Two options with the same key are
 * the same option, so that a choice survives the options being made anew.
 */
public final class FilterChoice {
    private final String key;
    private final String label;
    private final Predicate<Inference> keeps;

    FilterChoice(String key, String label, Predicate<Inference> keeps) {
        this.key = key;
        this.label = label;
        this.keeps = keeps;
    }

    static FilterChoice any(String label) {
        return new FilterChoice("*", label, i -> true);
    }

    public String label() {
        return label;
    }

    public boolean keeps(Inference inference) {
        return keeps.test(inference);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FilterChoice other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    /** The words, as a combo box shows them. */
    @Override
    public String toString() {
        return label;
    }
}
