package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.MetaLabelValues;
import app.footprint.importers.common.MetaMapRecord;
import app.footprint.importers.common.RootFields;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.Map;

/**
 * {@code possible_phone_numbers.json} and {@code possible_emails.json}: phone numbers and addresses Instagram
 * believes belong to the person although she never gave them (matched from contacts others uploaded).
 * The e-mail file is {@code inferred_data_inferred_emails} (2024–25); the phone file's key is only known
 * from its sibling, so the likely spellings and the generic {@code label_values} shape are all accepted.
 */
final class PossibleContactsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        String source = file.fileName().contains("email") ? "possible e-mail address" : "possible phone number";
        Map<String, String> attributes = Map.of("source", source);
        Labels.Language language = new Labels.Language();
        RootFields.Reader records = MapRecords.of(file, language, (index, record) -> {
            boolean any = false;
            for (MetaMapRecord.Entry entry : record.list()) {
                if (entry.hasValue()) {
                    file.inference(InferenceKind.OTHER, entry.value(), attributes, index);
                    any = true;
                }
            }
            for (MetaMapRecord.Entry entry : record.valued()) {
                file.inference(InferenceKind.OTHER, entry.value(), attributes, index);
                any = true;
            }
            if (!any && record.title() != null) {
                file.inference(InferenceKind.OTHER, record.title(), attributes, index);
                any = true;
            }
            if (!any) {
                file.problem("record " + index + ": no value; skipped");
            }
        });
        long[] position = {0};
        new RootFields()
                .on("inferred_data_inferred_emails", records)
                .on("inferred_data_inferred_phone_numbers", records)
                .on("inferred_data_possible_phone_numbers", records)
                .on("inferred_data_phone_numbers", records)
                .on("label_values", parser -> MetaLabelValues.forEach(parser, (index, entry) -> {
                    if (entry == null) {
                        file.problem("entry " + index + ": not a labelled value; skipped");
                        return;
                    }
                    for (String value : entry.dataValues()) {
                        file.inference(InferenceKind.OTHER, value, attributes, position[0]++);
                    }
                }))
                .read(file);
        language.tell(file);
    }
}
