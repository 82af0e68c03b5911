package app.footprint.model;

/**
 * Receives what an importer reads, one record at a time. The store implements it; importers never see
 * the database.
 */
public interface ImportSink {
    void item(Item item);

    void inference(StatedInference inference);

    /** One raw location record; millions may come, so the store keeps them compactly. */
    void point(LocationPoint point);
}
