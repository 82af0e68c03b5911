package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Moment;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small files about the account: {@code account.js}, {@code profile.js}, {@code phone-number.js},
 * {@code account-timezone.js}, {@code email-address-change.js}, {@code screen-name-change.js},
 * {@code verified.js} and {@code ageinfo.js}. Each fact becomes one profile item titled the way a person
 * would say it ("E-mail: jana@example.org"); the age X infers ({@code ageinfo.js inferredAgeInfo}) becomes
 * a stated inference. The record's key says which file it is, so one parser reads them all.
 */
final class ProfileParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Map<String, DataRecords.RecordHandler> byKey = new LinkedHashMap<>();
        byKey.put("account", (index, a) -> {
            String userName = Values.text(a, "username");
            fact(file, index, "Username", userName == null ? null : "@" + userName);
            fact(file, index, "Display name", Values.text(a, "accountDisplayName"));
            fact(file, index, "E-mail", Values.text(a, "email"));
            Moment created = TwitterTimes.read(file, index, a, "createdAt");
            file.item(Category.PROFILE, created, "Joined X (Twitter)", null, Attrs.of(
                    "account_id", Values.text(a, "accountId"),
                    "created_via", Values.text(a, "createdVia")), index);
        });
        byKey.put("profile", (index, p) -> {
            JsonNode description = p.path("description");
            fact(file, index, "Bio", Values.text(description, "bio"));
            fact(file, index, "Website", Values.text(description, "website"));
            fact(file, index, "Location", Values.text(description, "location"));
            fact(file, index, "Profile picture", Values.text(p, "avatarMediaUrl"));
            fact(file, index, "Header image", Values.text(p, "headerMediaUrl"));
        });
        byKey.put("device", (index, d) -> fact(file, index, "Phone number", Values.text(d, "phoneNumber")));
        byKey.put("accountTimezone", (index, t) -> fact(file, index, "Time zone", Values.text(t, "timeZone")));
        byKey.put("emailAddressChange", (index, c) -> change(file, index, c.path("emailChange"), "E-mail", ""));
        byKey.put("screenNameChange", (index, c) -> change(file, index, c.path("screenNameChange"), "Username", "@"));
        byKey.put("verified", (index, v) -> fact(file, index, "Verified", Values.yesNo(v.get("verified"))));
        byKey.put("ageMeta", (index, age) -> age(file, index, age));
        DataRecords.read(file, byKey);
    }

    private static void fact(ImportFile file, long index, String label, String value) {
        if (value != null) {
            file.item(Category.PROFILE, null, label + ": " + value, null, Map.of(), index);
        }
    }

    /** "E-mail changed to jana@example.org", dated, with the address before. */
    private static void change(ImportFile file, long index, JsonNode change, String label, String prefix) {
        String to = Values.text(change, "changedTo");
        String from = Values.text(change, "changedFrom");
        if (to == null && from == null) {
            file.problem("record " + index + ": a change without old or new value; skipped");
            return;
        }
        file.item(Category.PROFILE, TwitterTimes.read(file, index, change, "changedAt"),
                label + " changed" + (to == null ? "" : " to " + prefix + to), null,
                Attrs.of("changed_from", from == null ? null : prefix + from), index);
    }

    /**
     * {@code ageMeta.ageInfo}: the age range and birth date the account states. {@code inferredAgeInfo},
     * where present, is X's own guess.
     */
    private static void age(ImportFile file, long index, JsonNode age) {
        JsonNode stated = age.path("ageInfo");
        fact(file, index, "Age", Values.joined(stated.get("age"), ", "));
        fact(file, index, "Birth date", Values.text(stated, "birthDate"));
        JsonNode inferred = age.get("inferredAgeInfo");
        String range = inferred == null ? null : Values.joined(inferred.get("age"), ", ");
        if (range != null) {
            file.inference(InferenceKind.DEMOGRAPHIC, "Age: " + range,
                    Attrs.of("birth_date", Values.text(inferred, "birthDate")), index);
        }
    }
}
