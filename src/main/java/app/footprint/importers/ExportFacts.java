package app.footprint.importers;

import java.time.Instant;

/** What the files of an export say about the export itself, collected while it is imported. */
public final class ExportFacts {
    private String language;
    private Instant exportedAt;

    public ExportFacts(String language, Instant exportedAt) {
        this.language = language;
        this.exportedAt = exportedAt;
    }

    /** Records the export's language (an IETF tag such as "de") unless a file already told it. */
    public void language(String tag) {
        if (language == null && tag != null) {
            language = tag;
        }
    }

    /** Records when the company produced the export, where a file states it. */
    public void exportedAt(Instant when) {
        if (when != null) {
            exportedAt = when;
        }
    }

    public String language() {
        return language;
    }

    public Instant exportedAt() {
        return exportedAt;
    }
}
