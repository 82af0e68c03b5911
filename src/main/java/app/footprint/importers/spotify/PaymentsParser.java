package app.footprint.importers.spotify;

import java.util.Map;

/** {@code Payments.json}: the payment method on file, when it was added, and the billing country and postal code. */
final class PaymentsParser extends ProfileFieldsParser {
    private static final Map<String, Field> FIELDS = Map.of(
            "payment_method", Field.fact("Payment method"),
            "creation_date", Field.event("Payment method added"),
            "country", Field.fact("Billing country"),
            "postal_code", Field.fact("Billing postal code"));

    @Override
    Map<String, Field> fields() {
        return FIELDS;
    }
}
