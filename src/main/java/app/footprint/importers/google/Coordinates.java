package app.footprint.importers.google;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point on Earth as Google's location files write it: E7 integers ({@code latitudeE7: 513327000}),
 * degree strings of the Android on-device export ({@code "51.3327°, 12.3379°"}) or geo URIs of the iOS one
 * ({@code "geo:51.3327,12.3379"}).
 */
record Coordinates(BigDecimal latitude, BigDecimal longitude) {
    private static final Pattern PAIR = Pattern.compile(
            "(?:geo:)?\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*°?\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*°?");

    /** From {@code latitudeE7}/{@code longitudeE7}-style fields; null when absent or off the globe. */
    static Coordinates ofE7(JsonNode node, String latitudeField, String longitudeField) {
        JsonNode lat = node == null ? null : node.get(latitudeField);
        JsonNode lng = node == null ? null : node.get(longitudeField);
        if (lat == null || lng == null || !lat.canConvertToLong() || !lng.canConvertToLong()) {
            return null;
        }
        return checked(BigDecimal.valueOf(lat.asLong(), 7), BigDecimal.valueOf(lng.asLong(), 7));
    }

    /** From "51.3327°, 12.3379°" or "geo:51.3327,12.3379"; null when the text is no such pair. */
    static Coordinates parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PAIR.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        return checked(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
    }

    private static Coordinates checked(BigDecimal latitude, BigDecimal longitude) {
        if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0 || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            return null;
        }
        return new Coordinates(latitude.stripTrailingZeros(), longitude.stripTrailingZeros());
    }

    /** Latitude in degrees × 10^7, as location points are kept. */
    int latitudeE7() {
        return latitude.movePointRight(7).intValue();
    }

    int longitudeE7() {
        return longitude.movePointRight(7).intValue();
    }

    String latitudeText() {
        return latitude.toPlainString();
    }

    String longitudeText() {
        return longitude.toPlainString();
    }

    @Override
    public String toString() {
        return latitudeText() + ", " + longitudeText();
    }
}
