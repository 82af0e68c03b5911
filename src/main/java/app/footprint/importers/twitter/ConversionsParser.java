package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.EventTally;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Moment;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The four {@code ad-*-conversions-*.js} files: what the person did in other apps ({@code mobile}) and on
 * other websites ({@code online}) that advertisers reported to X, tied to an ad she saw
 * ({@code attributed}) or not. Each event becomes an item; each advertiser or app also becomes one stated
 * inference that sums its events up, because "this company tells X what you do there" is itself what X
 * knows.
 */
final class ConversionsParser implements FileParser {
    private static final List<Set<String>> PATH = List.of(Set.of("ad"), Set.of("adsUserData"),
            Set.of("attributedMobileAppConversions", "unattributedMobileAppConversions",
                    "attributedOnlineConversions", "unattributedOnlineConversions"), Set.of("conversions"));

    @Override
    public void parse(ImportFile file) throws IOException {
        Map<String, Company> companies = new LinkedHashMap<>();
        long[] position = {0};
        try (JsonParser p = DataRecords.openList(file)) {
            Json.forEachElement(p, (index, record) -> {
                boolean found = record.currentToken() == JsonToken.START_OBJECT && NestedLists.forEach(record, PATH,
                        (keys, conversion) -> conversion(file, conversion, keys.get(2), companies, position[0]++));
                if (!found) {
                    file.problem("record " + index + ": expected conversions under \"ad.adsUserData\" but found none;"
                            + " skipped");
                }
            });
        }
        companies.forEach((name, company) -> file.inference(InferenceKind.OFF_SITE_ACTIVITY, name,
                company.tally.attributes(), company.firstPosition));
    }

    private static void conversion(ImportFile file, JsonNode c, String kind, Map<String, Company> companies,
                                   long position) {
        if (!c.isObject()) {
            file.problem("record " + position + ": expected a conversion but found something else; skipped");
            return;
        }
        JsonNode advertiser = c.path("advertiserInfo");
        String app = Values.text(c, "applicationName");
        String url = Values.text(c, "conversionUrl");
        String name = Values.first(Values.text(advertiser, "advertiserName"), Values.text(advertiser, "screenName"),
                app, host(url), "An advertiser");
        String event = Values.first(Values.text(c, "conversionEvent"), Values.text(c, "eventType"));
        Moment when = TwitterTimes.read(file, position, c, "conversionTime");
        file.item(Category.OFF_SITE_ACTIVITY, when, name, null, Attrs.of(
                "event", event,
                "where", kind.contains("Mobile") ? "app" : "website",
                "tied_to_an_ad", kind.startsWith("attributed") ? "yes" : "no",
                "attribution", Values.text(c, "attributedConversionType"),
                "advertiser", Values.text(advertiser, "screenName"),
                "app", app,
                "platform", Values.first(Values.text(c, "mobilePlatform"), Values.text(c, "conversionPlatform")),
                "url", url,
                "value", Values.text(c, "conversionValue"),
                "details", parameters(c.get("additionalParameters"))), position);
        companies.computeIfAbsent(name, n -> new Company(position)).add(event, when);
    }

    /** "currency: EUR, items: 2" from the free-form {@code additionalParameters}. */
    private static String parameters(JsonNode parameters) {
        if (parameters == null || !parameters.isObject() || parameters.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = parameters.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String value = Values.text(p.getValue());
            if (value != null) {
                parts.add(p.getKey() + ": " + value);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One advertiser's or app's events, as counted so far, and where the first one stood. */
    private static final class Company {
        final long firstPosition;
        final EventTally tally = new EventTally();

        Company(long firstPosition) {
            this.firstPosition = firstPosition;
        }

        void add(String type, Moment when) {
            tally.add(type, when);
        }
    }
}
