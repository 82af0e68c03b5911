package app.footprint.ui.common;

import app.footprint.model.Category;
import java.util.Objects;

/**
 * Which part of a company's screen to open on: its records of one kind (optionally on one record), the
 * list of what it states, or its profile (every conclusion about the person from its data).
 *
 * @param category for {@link Part#RECORDS}, the kind of data shown; else null
 * @param itemId   the record of that kind to show and select, as evidence points at it; else null
 */
public record CompanyFocus(Part part, Category category, Long itemId) {
    public enum Part { RECORDS, STATED, PROFILE }

    /** The company's screen as the Overview opens it. */
    public static final CompanyFocus START = new CompanyFocus(Part.RECORDS, null, null);
    public static final CompanyFocus STATED = new CompanyFocus(Part.STATED, null, null);
    public static final CompanyFocus PROFILE = new CompanyFocus(Part.PROFILE, null, null);

    public CompanyFocus {
        Objects.requireNonNull(part, "part");
        if (category != null && part != Part.RECORDS) {
            throw new IllegalArgumentException("only the records are shown by kind");
        }
        if (itemId != null && category == null) {
            throw new IllegalArgumentException("a record is shown among the records of its kind");
        }
    }

    public static CompanyFocus records(Category category) {
        return new CompanyFocus(Part.RECORDS, Objects.requireNonNull(category, "category"), null);
    }

    /** The records of a kind, scrolled to one of them and with it selected. */
    public static CompanyFocus record(Category category, long itemId) {
        return new CompanyFocus(Part.RECORDS, Objects.requireNonNull(category, "category"), itemId);
    }
}
