package app.footprint.importers.tiktok;

import app.footprint.importers.common.FileRecords;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * "Purchase History" / "Purchases": coins and gifts, written as {@code SendGifts{SendGifts: [...]}} and
 * {@code BuyGifts{BuyGifts: [...]}} (the list under a field of the same name). Each entry becomes a
 * purchase item; the element shape is not documented, so every field is kept.
 */
final class GiftsReader implements SectionReader {
    private final ListReader sent = new ListReader(Category.PURCHASES, "Gift sent").title("GiftName", "Gift", "Name")
            .with("what", "gift sent");
    private final ListReader bought = new ListReader(Category.PURCHASES, "Coins bought").title("Price", "Amount")
            .with("what", "coins bought");

    @Override
    public void record(FileRecords out, String field, String key, JsonNode record) {
        ListReader reader = field.toLowerCase(Locale.ROOT).contains("buy") ? bought : sent;
        if (record.isObject() && record.size() > 0 && allContainers(record)) {
            // {"SendGifts": [...]}: the list sits one level down
            record.properties().iterator().forEachRemaining(e -> {
                if (e.getValue().isArray()) {
                    e.getValue().forEach(element -> record(out, e.getKey(), key, element));
                } else if (e.getValue().isObject()) {
                    record(out, e.getKey(), key, e.getValue());
                }
            });
            return;
        }
        reader.record(out, field, key, record);
    }

    private static boolean allContainers(JsonNode record) {
        for (JsonNode value : record) {
            if (!value.isContainerNode() && !value.isNull()) {
                return false;
            }
        }
        return true;
    }
}
