package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.Map;

/** {@code devices.json} ({@code devices_devices}): the devices the account was used on, by browser or app. */
final class DevicesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Labels.Language language = new Labels.Language();
        new RootFields()
                .on("devices_devices", MapRecords.of(file, language, (index, record) -> {
                    String device = MapRecords.value(record, Labels.Field.USER_AGENT, 0);
                    file.item(Category.DEVICES, MapRecords.time(file, index, record, Labels.Field.LAST_LOGIN),
                            device != null ? device : "Device", null, Map.of(), index);
                }))
                .read(file);
        language.tell(file);
    }
}
