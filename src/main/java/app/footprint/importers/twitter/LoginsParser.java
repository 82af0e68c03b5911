package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The addresses X logged: {@code ip-audit.js} (each login, with IP address and port) and
 * {@code account-creation-ip.js} (the address the account was made from).
 */
final class LoginsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Map<String, DataRecords.RecordHandler> byKey = new LinkedHashMap<>();
        byKey.put("ipAudit", (index, login) -> {
            String ip = Values.text(login, "loginIp");
            file.item(Category.LOGINS, TwitterTimes.read(file, index, login, "createdAt"),
                    ip == null ? "Login" : "Login from " + ip, null,
                    Attrs.of("ip", ip, "port", Values.text(login, "loginPortNumber")), index);
        });
        byKey.put("accountCreationIp", (index, creation) -> {
            String ip = Values.text(creation, "userCreationIp");
            file.item(Category.LOGINS, null, ip == null ? "Account created" : "Account created from " + ip, null,
                    Attrs.of("ip", ip), index);
        });
        DataRecords.read(file, byKey);
    }
}
