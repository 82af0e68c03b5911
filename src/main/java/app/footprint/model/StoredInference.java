package app.footprint.model;

/** An inference as the store keeps it: its row id, by which its evidence is read. */
public record StoredInference(long id, Inference inference) {
}
