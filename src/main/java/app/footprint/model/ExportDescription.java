package app.footprint.model;

import java.time.Instant;
import java.util.Objects;

/** What is known about an export before and while it is imported. */
public record ExportDescription(Service service, String kind, String source, String fingerprint,
                                Instant exportedAt, String layout, String language) {
    public ExportDescription {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public ExportDescription withLanguage(String newLanguage) {
        return new ExportDescription(service, kind, source, fingerprint, exportedAt, layout, newLanguage);
    }

    public ExportDescription withExportedAt(Instant when) {
        return new ExportDescription(service, kind, source, fingerprint, when, layout, language);
    }
}
