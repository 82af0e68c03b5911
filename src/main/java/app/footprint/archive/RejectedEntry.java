package app.footprint.archive;

/** An entry that was left out when the archive was listed, with the reason in plain words. */
public record RejectedEntry(String name, String reason) {
}
