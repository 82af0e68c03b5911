package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.MetaMapRecord;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.Map;

/**
 * The profile: {@code personal_information.json} ({@code profile_user}: username, name, e-mail, phone,
 * birthday, gender, bio…; at {@code personal_information/personal_information/} since 2024,
 * {@code personal_information/} or {@code account_information/} before), {@code instagram_profile_information.json}
 * (earlier {@code account_information.json}, {@code profile_account_insights}: first and last logins and
 * stories, contact syncing) and {@code profile_changes.json} ({@code profile_profile_change}). Each labelled
 * value becomes one fact, titled the way a person would say it ("E-mail: jana@example.org"): known labels in
 * English whatever the export's language, others as Instagram wrote them.
 */
final class ProfileParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Labels.Language language = new Labels.Language();
        long[] position = {0};
        RootFields.Reader facts = MapRecords.of(file, language, (index, record) -> facts(file, record, position));
        new RootFields()
                .on("profile_user", facts)
                .on("profile_account_insights", facts)
                .on("profile_profile_change", MapRecords.of(file, language,
                        (index, record) -> change(file, index, record, position)))
                .read(file);
        language.tell(file);
    }

    /** One fact per labelled value; a label with only a time ("Last Login") is a dated fact. */
    private static void facts(ImportFile file, MetaMapRecord record, long[] position) {
        for (MetaMapRecord.Entry entry : record.fields()) {
            Labels.Field field = Labels.fieldOf(entry.label());
            String what = field != null ? field.english : entry.label();
            Moment when = entry.hasTime() ? MapRecords.time(file, position[0], entry) : null;
            if (entry.hasValue()) {
                file.item(Category.PROFILE, when, what + ": " + entry.value(), null, Map.of(), position[0]++);
            } else if (when != null) {
                file.item(Category.PROFILE, when, what, null, Map.of(), position[0]++);
            }
        }
    }

    /** "Changed: Name", with the previous and the new value. */
    private static void change(ImportFile file, long index, MetaMapRecord record, long[] position) {
        String changed = MapRecords.value(record, Labels.Field.CHANGED, 0);
        if (changed == null) {
            file.problem("record " + index + ": a profile change without what changed; skipped");
            return;
        }
        file.item(Category.PROFILE, MapRecords.time(file, index, record, Labels.Field.CHANGE_DATE),
                "Changed: " + changed, null, Attrs.of(
                        "previous", Labels.value(record, Labels.Field.PREVIOUS_VALUE),
                        "new", Labels.value(record, Labels.Field.NEW_VALUE)), position[0]++);
    }
}
