package app.footprint.importers.tiktok;

import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * "Ad Interests": the categories TikTok files the person under for ads, {@code AdInterestCategories}, one
 * text of many names (see {@link InterestList}) or, should TikTok change it, a list of names.
 */
final class AdInterestsReader implements SectionReader {
    @Override
    public void value(FileRecords out, String field, JsonNode value) {
        if (value.isArray()) {
            value.forEach(element -> record(out, field, null, element));
        } else {
            record(out, field, null, value);
        }
    }

    @Override
    public void record(FileRecords out, String field, String key, JsonNode record) {
        if (record.isObject()) {
            // a text file's block, or a record of unknown shape: every field is read as interests
            record.properties().iterator().forEachRemaining(e -> value(out, e.getKey(), e.getValue()));
            return;
        }
        for (String interest : InterestList.split(LooseFields.value(record))) {
            out.inference(InferenceKind.AD_INTEREST, interest, Map.of());
        }
    }
}
