package app.footprint.importers.tiktok;

import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * 2022's "Ads Based On Data Received From Partners" ({@code DataPartnerList}, {@code AdvertiserList}): the
 * companies that handed TikTok data about the person and the advertisers that used it. Each becomes a
 * stated inference of kind "advertisers holding your data", with its role. The lists' element shape is
 * not documented: names as texts, or records whose name field is guessed.
 */
final class DataPartnersReader implements SectionReader {
    private static final String[] NAME = {"Name", "PartnerName", "AdvertiserName", "Advertiser", "Partner", "Source"};

    @Override
    public void record(FileRecords out, String field, String key, JsonNode record) {
        String role = LooseFields.fold(field).contains("advertiser") ? "advertiser using data from partners"
                : "data partner";
        if (!record.isObject()) {
            out.inference(InferenceKind.ADVERTISER, LooseFields.value(record), Map.of("role", role));
            return;
        }
        String nameField = LooseFields.nameOf(record, NAME);
        if (nameField == null) {
            out.problem("a partner without a name; skipped");
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("role", role);
        attributes.putAll(LooseFields.attributes(record, Set.of(nameField)));
        out.inference(InferenceKind.ADVERTISER, LooseFields.value(record.get(nameField)), attributes);
    }
}
