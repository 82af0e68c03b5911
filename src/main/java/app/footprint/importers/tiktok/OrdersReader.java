package app.footprint.importers.tiktok;

import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TikTok Shop's "Order History" › {@code OrderHistories}: an object keyed by order number (a list in some
 * exports), each order with its date, price, status, receiver and {@code Products}. Each order becomes one
 * purchase item titled with what was bought.
 */
final class OrdersReader implements SectionReader {
    @Override
    public void record(FileRecords out, String field, String key, JsonNode order) {
        if (!order.isObject()) {
            String text = LooseFields.value(order);
            if (text != null) {
                out.item(Category.PURCHASES, null, text, null, Map.of());
            }
            return;
        }
        String timeField = LooseFields.nameOf(order, "order_date", "OrderDate", "Date", "CreateTime");
        JsonNode products = LooseFields.field(order, "Products");
        List<String> names = new ArrayList<>();
        if (products != null && products.isArray()) {
            for (JsonNode product : products) {
                String name = product.isObject() ? LooseFields.text(product, "product_name", "ProductName", "name")
                        : LooseFields.value(product);
                if (name != null) {
                    names.add(name);
                }
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("order", key);
        attributes.putAll(LooseFields.attributes(order, Set.of(String.valueOf(timeField))));
        String number = LooseFields.text(order, "order_number", "OrderNumber");
        String title = !names.isEmpty() ? String.join("; ", names)
                : "Order " + (number != null ? number : key != null ? key : "");
        out.item(Category.PURCHASES, timeField == null ? null : out.time(order, timeField), title.strip(), null,
                attributes);
    }
}
