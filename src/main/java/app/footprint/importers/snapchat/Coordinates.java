package app.footprint.importers.snapchat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Snapchat writes positions as text: "51.3327 ± 14.12 meters, 12.3379 ± 14.12 meters" (older files, per
 * public viewers) or "51.3327, 12.3379". This reads latitude, longitude and accuracy from either.
 */
record Coordinates(double latitude, double longitude, Double accuracyMeters) {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    /** The coordinates in a text, or null when it holds none. */
    static Coordinates parse(String text) {
        if (text == null) {
            return null;
        }
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group()));
        }
        boolean withAccuracy = text.contains("±") && numbers.size() >= 4;
        double latitude = numbers.size() >= 2 ? numbers.get(0) : Double.NaN;
        double longitude = withAccuracy ? numbers.get(2) : numbers.size() >= 2 ? numbers.get(1) : Double.NaN;
        if (Double.isNaN(latitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            return null;
        }
        return new Coordinates(latitude, longitude, withAccuracy ? numbers.get(1) : null);
    }

    /** "51.3327, 12.3379". */
    String text() {
        return latitude + ", " + longitude;
    }

    Map<String, String> attributes() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("latitude", Double.toString(latitude));
        out.put("longitude", Double.toString(longitude));
        if (accuracyMeters != null) {
            out.put("accuracy_meters", Double.toString(accuracyMeters));
        }
        return out;
    }
}
