package app.footprint.importers.tiktok;

import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The profile ("Profile Information" / "Profile Info" › {@code ProfileMap}): one item per fact, titled
 * the way a person says it ("Birth date: 01-Oct-1995"). The 2024+ {@code inferredGender} is TikTok's own
 * conclusion and becomes a stated inference; {@code PlatformInfo} lists accounts on other platforms that
 * were linked, which become items of connected services.
 */
final class ProfileReader implements SectionReader {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("username", "Username"), Map.entry("displayname", "Display name"),
            Map.entry("nickname", "Display name"), Map.entry("birthdate", "Birth date"),
            Map.entry("emailaddress", "E-mail"), Map.entry("telephonenumber", "Phone number"),
            Map.entry("biodescription", "Bio"), Map.entry("likesreceived", "Likes received"),
            Map.entry("followercount", "Followers"), Map.entry("followingcount", "Following"),
            Map.entry("profilephoto", "Profile photo"), Map.entry("profilevideo", "Profile video"),
            Map.entry("aiself", "AI self"), Map.entry("instagramlink", "Instagram"),
            Map.entry("youtubelink", "YouTube"), Map.entry("lemon8link", "Lemon8"),
            Map.entry("accountregion", "Account region"));
    private static final Set<String> INFERRED = Set.of("inferredgender");
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

    @Override
    public void record(FileRecords out, String field, String key, JsonNode record) {
        if (!record.isObject()) {
            fact(out, field, record);
            return;
        }
        record.properties().iterator().forEachRemaining(e -> {
            if (LooseFields.fold(e.getKey()).equals("platforminfo") && e.getValue().isArray()) {
                e.getValue().forEach(platform -> linkedAccount(out, platform));
            } else if (e.getValue().isObject()) {
                record(out, e.getKey(), null, e.getValue());
            } else {
                fact(out, e.getKey(), e.getValue());
            }
        });
    }

    private static void fact(FileRecords out, String name, JsonNode node) {
        String value = LooseFields.value(node);
        if (value == null) {
            return;
        }
        String folded = LooseFields.fold(name);
        if (INFERRED.contains(folded)) {
            out.inference(InferenceKind.DEMOGRAPHIC, value, Map.of("field", name));
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("field", name);
        if (folded.equals("birthdate")) {
            try {
                attributes.put("date", LocalDate.parse(value, BIRTH_DATE).toString());
            } catch (DateTimeParseException e) {
                // kept as written; the title holds it
            }
        }
        out.item(Category.PROFILE, null, LABELS.getOrDefault(folded, name) + ": " + value, null, attributes);
    }

    private static void linkedAccount(FileRecords out, JsonNode platform) {
        if (!platform.isObject()) {
            String text = LooseFields.value(platform);
            if (text != null) {
                out.item(Category.APPS, null, "Linked account: " + text, null, Map.of());
            }
            return;
        }
        String name = LooseFields.text(platform, "Platform");
        String account = LooseFields.text(platform, "Name");
        if (name == null && account == null) {
            return;
        }
        out.item(Category.APPS, null, "Linked account: " + (name == null ? "another platform" : name)
                        + (account == null ? "" : " (" + account + ")"), null,
                LooseFields.attributes(platform, Set.of()));
    }
}
