package app.footprint.analysis;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Distances on the earth's surface, and coordinates read from the texts exports write them as. */
final class Geo {
    private static final double EARTH_RADIUS_METERS = 6_371_000;
    /** "51.3318234, 12.3331057" or "geo:51.33,12.34", alone in the text. */
    private static final Pattern PAIR = Pattern.compile("^\\s*(?:geo:)?(-?\\d{1,2}(?:\\.\\d+)?)°?\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)°?\\s*$");
    /** "Home near 51.3318, 12.3331", "Home: 51.331, 12.335": a pair at the end of a label. */
    private static final Pattern TRAILING_PAIR = Pattern.compile("(-?\\d{1,2}\\.\\d+)\\s*,\\s*(-?\\d{1,3}\\.\\d+)\\s*$");

    private Geo() {
    }

    /** Great-circle distance in metres. */
    static double meters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    static double meters(PlaceGrid.Place a, PlaceGrid.Place b) {
        return meters(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    /** The coordinates a whole text consists of, or null. */
    static double[] pair(String text) {
        return text == null ? null : checked(PAIR.matcher(text));
    }

    /** The coordinates a label ends with, or null. */
    static double[] trailingPair(String text) {
        return text == null ? null : checked(TRAILING_PAIR.matcher(text));
    }

    /** Latitude and longitude from two texts, or null. */
    static double[] pair(String latitude, String longitude) {
        if (latitude == null || longitude == null) {
            return null;
        }
        try {
            return valid(Double.parseDouble(latitude.trim()), Double.parseDouble(longitude.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double[] checked(Matcher m) {
        if (!m.find()) {
            return null;
        }
        return valid(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
    }

    private static double[] valid(double latitude, double longitude) {
        if (Double.isNaN(latitude) || Double.isNaN(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180
                || (latitude == 0 && longitude == 0)) {
            return null;
        }
        return new double[] {latitude, longitude};
    }

    /** "60 m" or "1.2 km". */
    static String distance(double meters) {
        if (meters < 10) {
            return "less than 10 m";
        }
        if (meters < 1000) {
            return Math.round(meters / 10.0) * 10 + " m";
        }
        return String.format(Locale.ROOT, "%.1f km", meters / 1000);
    }
}
