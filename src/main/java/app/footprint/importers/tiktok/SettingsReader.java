package app.footprint.importers.tiktok;

import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LanguageNames;
import app.footprint.importers.common.LooseFields;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The app's settings ("App Settings" › "Settings" › {@code SettingsMap}) and the LIVE settings. Each
 * setting with a value becomes a profile item ("Setting: Private Account: Disabled"), with three
 * exceptions: "Interests", the topics the person picked when joining, are preferences TikTok records
 * (stated inferences of kind "taste"); "Personalized Ads" is an ad setting; and the app's language tells
 * the export's language. Nested settings ("Content Preferences", "Push Notification") are walked.
 */
final class SettingsReader implements SectionReader {
    private final String label;

    /** @param label how items of this section begin: "Setting" or "LIVE setting" */
    SettingsReader(String label) {
        this.label = label;
    }

    @Override
    public void value(FileRecords out, String field, JsonNode value) {
        if (value.isObject()) {
            record(out, field, null, value);
        } else {
            setting(out, "", field, value);
        }
    }

    @Override
    public void record(FileRecords out, String field, String key, JsonNode record) {
        if (record.isObject()) {
            record.properties().iterator().forEachRemaining(e -> setting(out, "", e.getKey(), e.getValue()));
        } else {
            setting(out, "", field, record);
        }
    }

    private void setting(FileRecords out, String prefix, String name, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isObject()) {
            value.properties().iterator().forEachRemaining(e -> setting(out, prefix + name + " › ", e.getKey(), e.getValue()));
            return;
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                // [{"label": "keyword"}]: a record of one field is its value
                JsonNode single = element.isObject() && element.size() == 1 ? element.elements().next() : element;
                String text = single.isContainerNode() ? LooseFields.joined(single) : LooseFields.value(single);
                if (text != null) {
                    out.item(Category.PROFILE, null, label + ": " + prefix + name + ": " + text, null,
                            Map.of("setting", prefix + name));
                }
            }
            return;
        }
        String text = LooseFields.value(value);
        if (text == null) {
            return;
        }
        switch (LooseFields.fold(name)) {
            case "interests", "interestslanguage" -> {
                for (String interest : InterestList.split(text)) {
                    out.inference(InferenceKind.TASTE, interest, Map.of("chosen in", "app settings"));
                }
            }
            case "personalizedads" -> out.item(Category.AD_SETTINGS, null, "Personalized ads: " + text, null,
                    Map.of("setting", name, "value", text));
            default -> {
                if (LooseFields.fold(name).endsWith("language")) {
                    LanguageNames.tag(text).ifPresent(tag -> out.file().export().language(tag));
                }
                out.item(Category.PROFILE, null, label + ": " + prefix + name + ": " + text, null,
                        Map.of("setting", prefix + name));
            }
        }
    }
}
