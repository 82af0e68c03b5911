package app.footprint.store;

import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The kept import report of an export: what happened to each of its files. */
public final class ExportQueries {
    private final Database db;

    public ExportQueries(Database db) {
        this.db = db;
    }

    public List<FileReport> files(long exportId) {
        return db.read(c -> {
            List<FileReport> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT path, size, status, records, problems FROM export_file "
                    + "WHERE export_id = ? ORDER BY path")) {
                s.setLong(1, exportId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new FileReport(rs.getString("path"), rs.getLong("size"),
                                FileStatus.valueOf(rs.getString("status")), rs.getLong("records"),
                                ProblemsJson.read(rs.getString("problems"))));
                    }
                }
            }
            return out;
        });
    }
}
