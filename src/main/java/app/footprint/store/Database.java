package app.footprint.store;

import app.footprint.model.Export;
import app.footprint.model.ExportDescription;
import app.footprint.model.ExportStore;
import app.footprint.model.ExportWriter;
import app.footprint.model.Service;
import app.footprint.model.StorageException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database that holds every import. Writers get a connection of their own for one
 * transaction; readers share one connection, and in WAL mode they never wait for a running import.
 * The file, its folder and its WAL are readable by the user only.
 */
public final class Database implements ExportStore, AutoCloseable {
    private static final Set<PosixFilePermission> USER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> USER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final Connection reader;

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private Database(Path file, Connection reader) {
        this.file = file;
        this.reader = reader;
    }

    /** Opens (creating if needed) the database and brings its schema up to date. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            createPrivately(absolute);
            Connection c = connect(absolute);
            try {
                Migrations.apply(c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            restrictSideFiles(absolute);
            return new Database(absolute, c);
        } catch (IOException | SQLException e) {
            throw new StorageException("Cannot open the database " + absolute + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs read-only work on the shared reading connection. */
    <T> T read(SqlWork<T> work) {
        synchronized (reader) {
            try {
                return work.run(reader);
            } catch (SQLException e) {
                throw new StorageException("Reading the database failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs long read-only work (the analysis) on a connection of its own, in one transaction so that it
     * sees one state of the database, without holding up the screens' reads.
     */
    <T> T readAlone(SqlWork<T> work) {
        try (Connection c = connect(file)) {
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StorageException("Reading the database failed: " + e.getMessage(), e);
        }
    }

    /** Runs work in one write transaction on a connection of its own: all of it is kept, or none. */
    <T> T write(SqlWork<T> work) {
        try (Connection c = connectForImport(file)) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("Writing to the database failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Export> findByFingerprint(String fingerprint) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(ExportRows.SELECT + " WHERE fingerprint = ?")) {
                s.setString(1, fingerprint);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(ExportRows.read(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public ExportWriter begin(ExportDescription description) {
        try {
            return new ImportWriter(connectForImport(file), description);
        } catch (SQLException e) {
            throw new StorageException("Cannot start writing to the database: " + e.getMessage(), e);
        }
    }

    /** Every imported export, newest first. */
    public List<Export> exports() {
        return read(c -> {
            List<Export> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(ExportRows.SELECT + " ORDER BY id DESC");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(ExportRows.read(rs));
                }
            }
            return out;
        });
    }

    /** Whether anything has been imported yet. */
    public boolean isEmpty() {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM export)");
                 ResultSet rs = s.executeQuery()) {
                return !rs.next() || rs.getInt(1) == 0;
            }
        });
    }

    /** The exports of a service, newest first. */
    public List<Export> exportsOf(Service service) {
        return exports().stream().filter(e -> e.service() == service).toList();
    }

    static Connection connect(Path file) throws SQLException {
        return config(true).createConnection("jdbc:sqlite:" + file);
    }

    /**
     * A connection for one import: it takes the write lock when its transaction begins, keeps more pages in
     * (native, not heap) memory, and leaves out foreign-key lookups per row, since the writer itself hands
     * out the ids that rows refer to.
     */
    static Connection connectForImport(Path file) throws SQLException {
        SQLiteConfig config = config(false);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setCacheSize(-65_536); // 64 MiB
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static SQLiteConfig config(boolean foreignKeys) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(foreignKeys);
        config.setBusyTimeout(30_000);
        // Sorting and temporary tables stay in memory: no plaintext temp files next to the database.
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return config;
    }

    private static void createPrivately(Path file) throws IOException {
        Path folder = file.getParent();
        boolean posix = Files.getFileStore(existingAncestor(folder)).supportsFileAttributeView("posix");
        if (folder != null && !Files.isDirectory(folder)) {
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(USER_ONLY_FOLDER));
            } else {
                Files.createDirectories(folder);
            }
        }
        if (!posix) {
            // On Windows the per-user AppData folder is already private to the user.
            return;
        }
        FileAttribute<Set<PosixFilePermission>> userOnly = PosixFilePermissions.asFileAttribute(USER_ONLY_FILE);
        try {
            Files.createFile(file, userOnly);
        } catch (FileAlreadyExistsException e) {
            Files.setPosixFilePermissions(file, USER_ONLY_FILE);
        }
    }

    /** SQLite gives the WAL and shared-memory files the database file's mode; make sure of it anyway. */
    private static void restrictSideFiles(Path file) throws IOException {
        for (String suffix : List.of("-wal", "-shm")) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(side) && Files.getFileStore(side).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(side, USER_ONLY_FILE);
            }
        }
    }

    private static Path existingAncestor(Path folder) {
        Path p = folder;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? Path.of(".").toAbsolutePath() : p;
    }

    @Override
    public void close() {
        synchronized (reader) {
            try {
                reader.close();
            } catch (SQLException e) {
                throw new StorageException("Closing the database failed: " + e.getMessage(), e);
            }
        }
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
