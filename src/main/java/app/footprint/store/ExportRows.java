package app.footprint.store;

import app.footprint.model.Export;
import app.footprint.model.Service;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads export rows into {@link Export} records. */
final class ExportRows {
    static final String COLUMNS = "id, service, kind, source, fingerprint, imported_at, exported_at, layout, language, "
            + "items, inferences, problems";
    static final String SELECT = "SELECT " + COLUMNS + " FROM export";

    private ExportRows() {
    }

    static Export read(ResultSet rs) throws SQLException {
        return new Export(rs.getLong("id"), Service.fromId(rs.getString("service")), rs.getString("kind"),
                rs.getString("source"), rs.getString("fingerprint"), Database.instant(rs, "imported_at"),
                Database.instant(rs, "exported_at"), rs.getString("layout"), rs.getString("language"),
                rs.getLong("items"), rs.getLong("inferences"), rs.getLong("problems"));
    }
}
