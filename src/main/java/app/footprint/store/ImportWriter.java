package app.footprint.store;

import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.ExportDescription;
import app.footprint.model.ExportWriter;
import app.footprint.model.FileReport;
import app.footprint.model.Item;
import app.footprint.model.LocationPoint;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Writes one export inside one transaction. The importing thread turns records into rows and hands them
 * over in batches; a thread of its own runs the inserts, so that reading the archive and writing the
 * database proceed at the same time on two cores. Location points are packed into compact tracks
 * ({@link TrackCodec}). Per-kind counts and time spans are kept as the records stream past, so that no
 * screen ever has to count millions of rows; the search index is filled whenever the writer waits for rows.
 */
final class ImportWriter implements ExportWriter {
    private static final int BATCH_ROWS = 2048;
    private static final int TRACK_POINTS = 1000;
    private static final int QUEUED_BATCHES = 4;
    /** Items indexed for search at a time while the writer waits for rows: short, so rows never wait long. */
    private static final long INDEX_WHILE_IDLE = 2048;

    private final long exportId;
    private final Map<String, Long> fileIds = new HashMap<>();
    private long nextFileId;
    private final Map<Category, Span> spans = new EnumMap<>(Category.class);
    private final DatabaseThread database;
    private Batch batch = new Batch();
    private Track track;
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

    /** Rows waiting to be inserted together. */
    private static final class Batch {
        final List<Object[]> files = new ArrayList<>();
        final List<Object[]> items = new ArrayList<>(BATCH_ROWS);
        final List<Object[]> inferences = new ArrayList<>();
        final List<Object[]> tracks = new ArrayList<>();
        int trackPoints;

        /** Rows, and each point of a track as a row: a track of a thousand points weighs what a thousand rows do. */
        int size() {
            return files.size() + items.size() + inferences.size() + trackPoints;
        }
    }

    /** Consecutive points of one file, packed once a thousand have come or the file changes. */
    private static final class Track {
        final long fileId;
        final List<LocationPoint> points = new ArrayList<>(TRACK_POINTS);
        Long first;
        Long last;

        Track(long fileId) {
            this.fileId = fileId;
        }
    }

    /** What the database thread does at the end. */
    private record Commit(ExportDescription description, List<FileReport> files, Map<Category, Span> spans,
                          long items, long inferences) {
    }

    /** Tells the database thread to roll back and stop. */
    private static final Object ROLLBACK = new Object();

    ImportWriter(Connection c, ExportDescription d) throws SQLException {
        try {
            c.setAutoCommit(false); // BEGIN IMMEDIATE: the write lock is ours from here on
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
            // File ids are handed out here, so that items can name their file before the file row is written;
            // holding the write lock, no other import can take the same ids.
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM export_file")) {
                rs.next();
                nextFileId = rs.getLong(1) + 1;
            }
        } catch (SQLException e) {
            rollbackAndClose(c);
            throw e;
        }
        database = new DatabaseThread(c, exportId);
    }

    @Override
    public void item(Item item) {
        long fileId = fileId(item.source());
        batch.items.add(new Object[] {item.category().name(), Database.millis(item.at()), item.zoneAssumed() ? 1 : 0,
                item.title(), item.detail(), AttributesJson.write(item.attributes()), fileId,
                item.source().position()});
        spans.computeIfAbsent(item.category(), k -> new Span()).add(item.at());
        items++;
        sendWhenFull();
    }

    @Override
    public void inference(StatedInference inference) {
        long fileId = fileId(inference.source());
        batch.inferences.add(new Object[] {inference.kind().name(), inference.value(),
                AttributesJson.write(inference.attributes()), fileId, inference.source().position()});
        inferences++;
        sendWhenFull();
    }

    @Override
    public void point(LocationPoint point) {
        long fileId = fileId(point.source());
        if (track != null && track.fileId != fileId) {
            packTrack();
        }
        if (track == null) {
            track = new Track(fileId);
        }
        track.points.add(point);
        if (point.at() != null) {
            long ms = point.at().toEpochMilli();
            track.first = track.first == null ? ms : Math.min(track.first, ms);
            track.last = track.last == null ? ms : Math.max(track.last, ms);
        }
        spans.computeIfAbsent(Category.LOCATIONS, k -> new Span()).add(point.at());
        items++;
        if (track.points.size() >= TRACK_POINTS) {
            packTrack();
        }
    }

    private void packTrack() {
        if (track != null && !track.points.isEmpty()) {
            // Packed on the database thread: the importing thread has enough to do.
            batch.tracks.add(new Object[] {track.fileId, track.first, track.last, track.points.size(), track.points});
            batch.trackPoints += track.points.size();
            sendWhenFull();
        }
        track = null;
    }

    private long fileId(SourceRef source) {
        Long id = fileIds.get(source.path());
        if (id == null) {
            id = nextFileId++;
            fileIds.put(source.path(), id);
            batch.files.add(new Object[] {id, source.path()});
        }
        return id;
    }

    private void sendWhenFull() {
        if (batch.size() >= BATCH_ROWS) {
            database.send(batch);
            batch = new Batch();
        }
    }

    @Override
    public Export commit(ExportDescription d, List<FileReport> files) {
        packTrack();
        database.send(batch);
        batch = new Batch();
        Export export = database.finish(new Commit(d, files, spans, items, inferences));
        finished = true;
        return export;
    }

    /** Without a commit, everything this writer did is rolled back. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            database.rollback();
        }
    }

    private static void setNullable(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value);
        }
    }

    private static void rollbackAndClose(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // closing rolls an open transaction back anyway
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing more can be done for a connection that will not close
        }
    }

    private static StorageException failure(Throwable e) {
        return e instanceof StorageException s ? s
                : new StorageException("Writing the import to the database failed: " + e.getMessage(), e);
    }

    /** The thread that owns the connection once the export row is written, and runs every insert. */
    private static final class DatabaseThread implements Runnable {
        private final Connection c;
        private final long exportId;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        private final CompletableFuture<Export> result = new CompletableFuture<>();
        private final Thread thread;
        /** The export's items run from above {@code indexedUpTo} to {@code writtenUpTo} unindexed. */
        private long writtenUpTo;
        private long indexedUpTo;

        DatabaseThread(Connection c, long exportId) {
            this.c = c;
            this.exportId = exportId;
            this.thread = new Thread(this, "footprint-import-writer");
            thread.setDaemon(true);
            thread.start();
        }

        /** Hands a batch over, waiting while the queue is full; fails as soon as the thread has failed. */
        void send(Object command) {
            try {
                while (!queue.offer(command, 100, TimeUnit.MILLISECONDS)) {
                    if (result.isDone()) {
                        result.get(); // rethrows the failure
                        throw new StorageException("the database writer has stopped", null);
                    }
                }
                if (result.isCompletedExceptionally()) {
                    result.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageException("interrupted while writing the import", e);
            } catch (ExecutionException e) {
                throw failure(e.getCause());
            }
        }

        Export finish(Commit commit) {
            send(commit);
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageException("interrupted while committing the import", e);
            } catch (ExecutionException e) {
                throw failure(e.getCause());
            }
        }

        void rollback() {
            if (!result.isDone()) {
                queue.clear(); // batches not written yet are dropped with the transaction
                try {
                    queue.put(ROLLBACK);
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void run() {
            // The outcome is told only once the connection is closed, so that whoever waits for it may close
            // the database at once and be its last connection (which is what removes the write-ahead log).
            Export committed = null;
            try (c;
                 PreparedStatement file = c.prepareStatement("INSERT INTO export_file (id, export_id, path, size, "
                         + "status, records) VALUES (?, ?, ?, -1, 'READING', 0)");
                 PreparedStatement item = c.prepareStatement("INSERT INTO item (export_id, category, at, zone_assumed, "
                         + "title, detail, attributes, file_id, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement inference = c.prepareStatement("INSERT INTO stated_inference (export_id, kind, "
                         + "value, attributes, file_id, position) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement track = c.prepareStatement("INSERT INTO location_track (export_id, file_id, "
                         + "first_at, last_at, points, data) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement lastItem = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM item");
                 PreparedStatement index = c.prepareStatement("INSERT INTO item_text (rowid, title, detail) "
                         + "SELECT id, title, detail FROM item WHERE id > ? AND id <= ? "
                         + "AND (title IS NOT NULL OR detail IS NOT NULL) ORDER BY id")) {
                // The transaction holds the write lock: every item above this id is the export's own.
                writtenUpTo = indexedUpTo = lastId(lastItem);
                while (committed == null) {
                    Object command = queue.poll();
                    if (command == null) {
                        if (writtenUpTo > indexedUpTo) {
                            index(index, INDEX_WHILE_IDLE);
                            continue;
                        }
                        command = queue.take();
                    }
                    if (command == ROLLBACK) {
                        c.rollback();
                        break;
                    }
                    if (command instanceof Commit commit) {
                        index(index, Long.MAX_VALUE);
                        committed = commit(commit);
                    } else {
                        write((Batch) command, file, item, inference, track);
                        if (!((Batch) command).items.isEmpty()) {
                            writtenUpTo = lastId(lastItem);
                        }
                    }
                }
            } catch (Throwable e) {
                if (committed == null) {
                    try {
                        c.rollback();
                    } catch (SQLException ignored) {
                        // the connection closes next, which rolls back as well
                    }
                    queue.clear();
                    result.completeExceptionally(e);
                    return;
                }
                // committed, and only the closing failed: the export is in the database all the same
            }
            if (committed != null) {
                result.complete(committed);
            } else {
                result.completeExceptionally(new StorageException("the import was rolled back", null));
            }
        }

        private static long lastId(PreparedStatement lastItem) throws SQLException {
            try (ResultSet rs = lastItem.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }

        /**
         * Adds up to {@code rows} written items to the search index. Called whenever the queue is empty, so
         * that the index is built while the importing thread is busy parsing (three million location points
         * give it seconds), and for the rest at commit. In rowid order: FTS5 flushes its pending terms
         * whenever a rowid goes backwards.
         */
        private void index(PreparedStatement index, long rows) throws SQLException {
            long upTo = writtenUpTo - indexedUpTo > rows ? indexedUpTo + rows : writtenUpTo;
            if (upTo > indexedUpTo) {
                index.setLong(1, indexedUpTo);
                index.setLong(2, upTo);
                index.executeUpdate();
                indexedUpTo = upTo;
            }
        }

        private void write(Batch b, PreparedStatement file, PreparedStatement item, PreparedStatement inference,
                           PreparedStatement track) throws SQLException {
            for (Object[] f : b.files) {
                file.setLong(1, (Long) f[0]);
                file.setLong(2, exportId);
                file.setString(3, (String) f[1]);
                file.addBatch();
            }
            file.executeBatch();
            for (Object[] r : b.items) {
                item.setLong(1, exportId);
                item.setString(2, (String) r[0]);
                setNullable(item, 3, (Long) r[1]);
                item.setInt(4, (Integer) r[2]);
                item.setString(5, (String) r[3]);
                item.setString(6, (String) r[4]);
                item.setString(7, (String) r[5]);
                item.setLong(8, (Long) r[6]);
                item.setLong(9, (Long) r[7]);
                item.addBatch();
            }
            item.executeBatch();
            for (Object[] r : b.inferences) {
                inference.setLong(1, exportId);
                inference.setString(2, (String) r[0]);
                inference.setString(3, (String) r[1]);
                inference.setString(4, (String) r[2]);
                inference.setLong(5, (Long) r[3]);
                inference.setLong(6, (Long) r[4]);
                inference.addBatch();
            }
            inference.executeBatch();
            for (Object[] r : b.tracks) {
                track.setLong(1, exportId);
                track.setLong(2, (Long) r[0]);
                setNullable(track, 3, (Long) r[1]);
                setNullable(track, 4, (Long) r[2]);
                track.setInt(5, (Integer) r[3]);
                @SuppressWarnings("unchecked")
                List<LocationPoint> points = (List<LocationPoint>) r[4];
                track.setBytes(6, TrackCodec.encode(points));
                track.addBatch();
            }
            track.executeBatch();
        }

        private Export commit(Commit commit) throws SQLException {
            long problems = commit.files().stream().filter(FileReport::hasProblems).count();
            Map<String, Long> written = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT path, id FROM export_file WHERE export_id = ?")) {
                s.setLong(1, exportId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        written.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE export_file SET size = ?, status = ?, records = ?, "
                    + "problems = ? WHERE id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO export_file (export_id, path, size, status, "
                         + "records, problems) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (FileReport f : commit.files()) {
                    String messages = f.problems().isEmpty() ? null : ProblemsJson.write(f.problems());
                    Long id = written.get(f.path());
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
                for (Map.Entry<Category, Span> e : commit.spans().entrySet()) {
                    s.setLong(1, exportId);
                    s.setString(2, e.getKey().name());
                    s.setLong(3, e.getValue().count);
                    setNullable(s, 4, e.getValue().first);
                    setNullable(s, 5, e.getValue().last);
                    s.addBatch();
                }
                s.executeBatch();
            }
            ExportDescription d = commit.description();
            try (PreparedStatement s = c.prepareStatement("UPDATE export SET exported_at = ?, layout = ?, language = ?, "
                    + "items = ?, inferences = ?, problems = ? WHERE id = ?")) {
                setNullable(s, 1, Database.millis(d.exportedAt()));
                s.setString(2, d.layout());
                s.setString(3, d.language());
                s.setLong(4, commit.items());
                s.setLong(5, commit.inferences());
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
            return export;
        }
    }
}
