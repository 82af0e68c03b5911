package app.footprint.importers.snapchat;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.importers.common.RecordItems;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code json/user_profile.json}: what Snapchat concluded about the person and how they use the app.
 * {@code Demographics} ("Cohort Age": "AGE_21_TO_24", "Derived Ad Demographic": "MALE") are inferred age
 * and gender; "Interest Categories" (often hundreds of bought audience segments such as "Last 12 Months
 * Buyers - …") are ad interests; "Content Categories" are topics; "Geographic Information" is where
 * Snapchat places the person. Ads interacted with, engagement counts, time spent per part of the app,
 * Discover channels, subscriptions and web / app interactions become items. Field lists from a real file
 * read by public parsers; no sample is at hand.
 */
final class UserProfileParser implements FileParser {
    private static final String[] NAME = {"Name", "Category", "Interest", "Title", "Value"};

    private final RecordItems ads = new RecordItems(Category.AD_INTERACTIONS, "Ad interacted with")
            .title("Advertiser Name", "Advertiser", "Ad Name", "Name", "Title");
    private final RecordItems channels = new RecordItems(Category.WATCHING, "Discover channel viewed")
            .title("Discover Channel", "Channel", "Name", "Title").with("what", "Discover channel");
    private final RecordItems subscriptions = new RecordItems(Category.FOLLOWS, "Subscription")
            .title("Name", "Subscription", "Title", "Publisher");
    private final RecordItems sharing = new RecordItems(Category.ACTIVITY, "Shared outside Snapchat")
            .title("Destination", "App", "Name").with("what", "off-platform sharing");

    @Override
    public void parse(ImportFile file) throws IOException {
        FileRecords out = new FileRecords(file);
        new RootSections()
                .on("App Profile", Facts.of(Category.PROFILE))
                .on("Demographics", (o, s, k, v) -> demographics(o, v))
                .on("Interest Categories", (o, s, k, v) -> named(o, InferenceKind.AD_INTEREST, v, Map.of()))
                .on("Content Categories", (o, s, k, v) -> named(o, InferenceKind.TOPIC, v, Map.of()))
                .on("Geographic Information", (o, s, k, v) -> named(o, InferenceKind.INFERRED_LOCATION, v,
                        Map.of("source", "Geographic Information")))
                .on("Ads You Interacted With", (o, s, k, v) -> ads.add(o, null, v))
                .on("Engagement", (o, s, k, v) -> engagement(o, v))
                .on("Breakdown of Time Spent on App", (o, s, k, v) -> timeSpent(o, v))
                .on("Discover Channels Viewed", (o, s, k, v) -> channels.add(o, null, v))
                .on("Subscriptions", (o, s, k, v) -> subscriptions.add(o, null, v))
                .on("Interactions", (o, s, k, v) -> interactions(o, v))
                .on("Off-Platform Sharing", (o, s, k, v) -> sharing.add(o, null, v))
                .on("Mobile Ad Id", (o, s, k, v) -> {
                    String id = LooseFields.value(v);
                    if (id != null) {
                        o.item(Category.DEVICES, null, "Mobile advertising ID: " + id, null, Map.of("field", s));
                    }
                })
                .read(file, out);
    }

    private static void demographics(FileRecords out, JsonNode value) {
        if (!value.isObject()) {
            named(out, InferenceKind.DEMOGRAPHIC, value, Map.of());
            return;
        }
        value.properties().iterator().forEachRemaining(e -> {
            String text = LooseFields.value(e.getValue());
            if (text != null) {
                out.inference(InferenceKind.DEMOGRAPHIC, text, Map.of("field", e.getKey()));
            }
        });
    }

    /** An entry of a list of names: a text, or a record whose name field is guessed and whose rest is kept. */
    private static void named(FileRecords out, InferenceKind kind, JsonNode entry, Map<String, String> fixed) {
        if (entry.isArray()) {
            entry.forEach(e -> named(out, kind, e, fixed));
            return;
        }
        if (!entry.isObject()) {
            out.inference(kind, LooseFields.value(entry), fixed);
            return;
        }
        String field = LooseFields.nameOf(entry, NAME);
        if (field == null) {
            field = LooseFields.nameOf(entry, fieldNames(entry));
        }
        if (field == null) {
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>(fixed);
        attributes.putAll(LooseFields.attributes(entry, Set.of(field)));
        out.inference(kind, LooseFields.value(entry.get(field)), attributes);
    }

    private static String[] fieldNames(JsonNode entry) {
        List<String> names = new ArrayList<>();
        entry.fieldNames().forEachRemaining(names::add);
        return names.toArray(String[]::new);
    }

    /** {@code {"Event": "Snap Sends", "Occurrences": 1042}}. */
    private static void engagement(FileRecords out, JsonNode entry) {
        String event = LooseFields.text(entry, "Event", "Name");
        String count = LooseFields.text(entry, "Occurrences", "Count");
        if (event == null) {
            String text = LooseFields.value(entry);
            if (text != null) {
                out.item(Category.ACTIVITY, null, text, null, Map.of("what", "engagement"));
            }
            return;
        }
        out.item(Category.ACTIVITY, null, event + (count == null ? "" : ": " + count), null,
                Attrs.of("what", "engagement", "event", event, "occurrences", count));
    }

    /** "Camera: 23.06%". */
    private static void timeSpent(FileRecords out, JsonNode entry) {
        String text = LooseFields.anyText(entry);
        if (text != null) {
            out.item(Category.ACTIVITY, null, "Time spent: " + text, null, Map.of("what", "time spent on the app"));
        }
    }

    /** {@code {"Web Interactions": ["example.com"], "App Interactions": [...]}}: other sites and apps. */
    private static void interactions(FileRecords out, JsonNode value) {
        if (!value.isObject()) {
            return;
        }
        value.properties().iterator().forEachRemaining(e -> {
            String kind = Facts.lower(e.getKey()).contains("web") ? "website" : "app";
            Iterable<JsonNode> entries = e.getValue().isArray() ? e.getValue() : List.of(e.getValue());
            for (JsonNode entry : entries) {
                String text = LooseFields.anyText(entry);
                if (text != null) {
                    out.item(Category.OFF_SITE_ACTIVITY, null, text, null, Map.of("kind", kind, "section", e.getKey()));
                }
            }
        });
    }
}
