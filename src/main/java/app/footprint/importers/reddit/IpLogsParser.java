package app.footprint.importers.reddit;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * {@code ip_logs.csv} ({@code date,ip}): the addresses the account was used from (Reddit keeps about the
 * last hundred days), and one row whose "date" is the words {@code registration ip}: the address the
 * account was opened from, which Reddit keeps for good.
 */
final class IpLogsParser implements FileParser {
    static final String REGISTRATION = "registration ip";

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String date = row.get("date");
            String ip = row.get("ip");
            if (date != null && date.equalsIgnoreCase(REGISTRATION)) {
                file.item(Category.LOGINS, null, "Registration IP address", null, Attrs.of("ip", ip), index);
                return;
            }
            Moment when = Timestamps.parse(date);
            if (date != null && when == null) {
                file.problem("record " + index + ": unreadable time \"" + date + "\"; kept without a time");
            }
            file.item(Category.LOGINS, when, "IP address used", null,
                    Attrs.of("ip", ip, "date", when == null ? date : null), index);
        });
    }
}
