package app.footprint.store;

import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.ExportDescription;
import app.footprint.model.ExportWriter;
import app.footprint.model.FileReport;
import app.footprint.model.Item;
import app.footprint.model.SourceRef;
import app.footprint.model.StatedInference;
import app.footprint.model.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one export inside one transaction, in batches. Per-kind counts and time spans are kept as the
 * items stream past, so that no screen ever has to count millions of rows.
 */
final class ImportWriter implements ExportWriter {
    private static final int BATCH = 1000;

    private final Connection c;
    private final long exportId;
    private final PreparedStatement insertItem;
    private final PreparedStatement insertInference;
    private final PreparedStatement insertFile;
    private final Map<String, Long> fileIds = new HashMap<>();
    private final Map<Category, Span> spans = new EnumMap<>(Category.class);
    private int pendingItems;
    private int pendingInferences;
    private long items;
    private long inferences;
    private boolean finished;

    /** Count and time span of one kind of data. */
    private static final class Span {
        long count;
        Long first;
        Long last;

        void add(Instant at) {
            count++;
            if (at != null) {
                long ms = at.toEpochMilli();
                first = first == null ? ms : Math.min(first, ms);
                last = last == null ? ms : Math.max(last, ms);
            }
        }
    }

    ImportWriter(Connection c, ExportDescription d) throws SQLException {
        this.c = c;
        try {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO export (service, kind, source, fingerprint, "
                    + "imported_at, exported_at, layout, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, d.service().id());
                s.setString(2, d.kind());
                s.setString(3, d.source());
                s.setString(4, d.fingerprint());
                s.setLong(5, System.currentTimeMillis());
                setNullable(s, 6, Database.millis(d.exportedAt()));
                s.setString(7, d.layout());
                s.setString(8, d.language());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    exportId = keys.getLong(1);
                }
            }
            insertItem = c.prepareStatement("INSERT INTO item (export_id, category, at, zone_assumed, title, detail, "
                    + "attributes, file_id, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertInference = c.prepareStatement("INSERT INTO stated_inference (export_id, kind, value, attributes, "
                    + "file_id, position) VALUES (?, ?, ?, ?, ?, ?)");
            insertFile = c.prepareStatement("INSERT INTO export_file (export_id, path, size, status, records) "
                    + "VALUES (?, ?, -1, 'READING', 0)", Statement.RETURN_GENERATED_KEYS);
        } catch (SQLException e) {
            rollbackAndClose();
            throw e;
        }
    }

    @Override
    public void item(Item item) {
        try {
            insertItem.setLong(1, exportId);
            insertItem.setString(2, item.category().name());
            setNullable(insertItem, 3, Database.millis(item.at()));
            insertItem.setInt(4, item.zoneAssumed() ? 1 : 0);
            insertItem.setString(5, item.title());
            insertItem.setString(6, item.detail());
            insertItem.setString(7, AttributesJson.write(item.attributes()));
            insertItem.setLong(8, fileId(item.source()));
            insertItem.setLong(9, item.source().position());
            insertItem.addBatch();
            spans.computeIfAbsent(item.category(), k -> new Span()).add(item.at());
            items++;
            if (++pendingItems >= BATCH) {
                insertItem.executeBatch();
                pendingItems = 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void inference(StatedInference inference) {
        try {
            insertInference.setLong(1, exportId);
            insertInference.setString(2, inference.kind().name());
            insertInference.setString(3, inference.value());
            insertInference.setString(4, AttributesJson.write(inference.attributes()));
            insertInference.setLong(5, fileId(inference.source()));
            insertInference.setLong(6, inference.source().position());
            insertInference.addBatch();
            inferences++;
            if (++pendingInferences >= BATCH) {
                insertInference.executeBatch();
                pendingInferences = 0;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private long fileId(SourceRef source) throws SQLException {
        Long id = fileIds.get(source.path());
        if (id != null) {
            return id;
        }
        insertFile.setLong(1, exportId);
        insertFile.setString(2, source.path());
        insertFile.executeUpdate();
        try (ResultSet keys = insertFile.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        fileIds.put(source.path(), id);
        return id;
    }

    @Override
    public Export commit(ExportDescription d, List<FileReport> files) {
        try {
            insertItem.executeBatch();
            insertInference.executeBatch();
            long problems = files.stream().filter(FileReport::hasProblems).count();
            try (PreparedStatement update = c.prepareStatement("UPDATE export_file SET size = ?, status = ?, records = ?, "
                    + "problems = ? WHERE id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO export_file (export_id, path, size, status, "
                         + "records, problems) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (FileReport f : files) {
                    String messages = f.problems().isEmpty() ? null : ProblemsJson.write(f.problems());
                    Long id = fileIds.get(f.path());
                    if (id != null) {
                        update.setLong(1, f.size());
                        update.setString(2, f.status().name());
                        update.setLong(3, f.records());
                        update.setString(4, messages);
                        update.setLong(5, id);
                        update.addBatch();
                    } else {
                        insert.setLong(1, exportId);
                        insert.setString(2, f.path());
                        insert.setLong(3, f.size());
                        insert.setString(4, f.status().name());
                        insert.setLong(5, f.records());
                        insert.setString(6, messages);
                        insert.addBatch();
                    }
                }
                update.executeBatch();
                insert.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO category_summary (export_id, category, items, "
                    + "first_at, last_at) VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<Category, Span> e : spans.entrySet()) {
                    s.setLong(1, exportId);
                    s.setString(2, e.getKey().name());
                    s.setLong(3, e.getValue().count);
                    setNullable(s, 4, e.getValue().first);
                    setNullable(s, 5, e.getValue().last);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE export SET exported_at = ?, layout = ?, language = ?, "
                    + "items = ?, inferences = ?, problems = ? WHERE id = ?")) {
                setNullable(s, 1, Database.millis(d.exportedAt()));
                s.setString(2, d.layout());
                s.setString(3, d.language());
                s.setLong(4, items);
                s.setLong(5, inferences);
                s.setLong(6, problems);
                s.setLong(7, exportId);
                s.executeUpdate();
            }
            Export export;
            try (PreparedStatement s = c.prepareStatement(ExportRows.SELECT + " WHERE id = ?")) {
                s.setLong(1, exportId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    export = ExportRows.read(rs);
                }
            }
            c.commit();
            finished = true;
            return export;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private StorageException failure(SQLException e) {
        return new StorageException("Writing the import to the database failed: " + e.getMessage(), e);
    }

    private static void setNullable(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value);
        }
    }

    /** Without a commit, everything this writer did is rolled back. */
    @Override
    public void close() {
        if (!finished) {
            rollbackAndClose();
        } else {
            closeConnection();
        }
    }

    private void rollbackAndClose() {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is closed next; SQLite rolls back an open transaction on close anyway
        }
        closeConnection();
    }

    private void closeConnection() {
        try {
            c.close();
        } catch (SQLException e) {
            throw new StorageException("Closing the database connection failed: " + e.getMessage(), e);
        }
    }
}
