package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code profile_information.json} ({@code profile_v2}): one item per fact of the profile (name, birthday,
 * each e-mail address and phone number, places, family, schools, jobs, when the account was made), each
 * titled the way a person would say it: "E-mail: jana@example.org". The profile is one small record and
 * is read as one tree.
 */
final class ProfileParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields.Reader profile = parser -> {
            JsonNode p = Json.readTree(parser);
            if (!p.isObject()) {
                file.problem("the profile is not an object; skipped");
                return;
            }
            new Facts(file, p).read();
        };
        new RootFields().on("profile_v2", profile).on("profile", profile).read(file);
    }

    /** Walks the profile and hands over its facts in order. */
    private static final class Facts {
        private final ImportFile file;
        private final JsonNode p;
        private long position;

        Facts(ImportFile file, JsonNode p) {
            this.file = file;
            this.p = p;
        }

        void read() {
            JsonNode name = p.get("name");
            if (name != null && name.isObject()) {
                fact("Name", first(Json.text(name, "full_name"), joined(name, " ", "first_name", "middle_name", "last_name")),
                        null, Attrs.of("first_name", Json.text(name, "first_name"),
                                "middle_name", Json.text(name, "middle_name"), "last_name", Json.text(name, "last_name")));
            } else {
                fact("Name", Json.text(name), null, Map.of());
            }
            fact("Username", Json.text(p, "username"), null, Map.of());
            fact("Profile address", Json.text(p, "profile_uri"), null, Map.of());
            birthday(p.get("birthday"));
            JsonNode gender = p.get("gender");
            if (gender != null && gender.isObject()) {
                fact("Gender", Json.text(gender, "gender_option"), null, Attrs.of("pronoun", Json.text(gender, "pronoun")));
            } else {
                fact("Gender", Json.text(gender), null, Map.of());
            }
            JsonNode emails = p.path("emails");
            texts(emails.get("emails")).forEach(e -> fact("E-mail", e, null, Map.of()));
            texts(emails.get("previous_emails")).forEach(e -> fact("Previous e-mail", e, null, Map.of()));
            texts(emails.get("pending_emails")).forEach(e -> fact("Pending e-mail", e, null, Map.of()));
            texts(emails.get("ad_account_emails")).forEach(e -> fact("Ad account e-mail", e, null, Map.of()));
            for (JsonNode phone : list("phone_numbers")) {
                fact("Phone number", first(Json.text(phone, "phone_number"), Json.text(phone)),
                        seconds(phone, "creation_time"),
                        Attrs.of("type", Json.text(phone, "phone_type"), "verified", Json.text(phone, "verified")));
            }
            place("Current city", p.get("current_city"));
            place("Hometown", p.get("hometown"));
            JsonNode relationship = p.get("relationship");
            if (relationship != null && relationship.isObject()) {
                fact("Relationship", Json.text(relationship, "status"), seconds(relationship, "timestamp"),
                        Attrs.of("partner", Json.text(relationship, "partner")));
            }
            for (JsonNode member : list("family_members")) {
                String relation = Json.text(member, "relation");
                fact("Family member", Json.text(member, "name"), seconds(member, "timestamp"),
                        Attrs.of("relation", relation));
            }
            for (JsonNode school : list("education_experiences")) {
                fact("Education", Json.text(school, "name"), seconds(school, "timestamp"), Attrs.of(
                        "school_type", Json.text(school, "school_type"),
                        "graduated", Json.text(school, "graduated"),
                        "concentrations", String.join(", ", texts(school.get("concentrations"))),
                        "until", RecordTimes.iso(seconds(school, "end_timestamp"))));
            }
            for (JsonNode job : list("work_experiences")) {
                fact("Work", Json.text(job, "employer"), first(seconds(job, "start_timestamp"), seconds(job, "timestamp")),
                        Attrs.of("title", Json.text(job, "title"), "location", Json.text(job, "location"),
                                "description", Json.text(job, "description"),
                                "until", RecordTimes.iso(seconds(job, "end_timestamp"))));
            }
            for (JsonNode site : list("websites")) {
                fact("Website", first(Json.text(site, "address"), Json.text(site)), null, Map.of());
            }
            for (JsonNode previous : list("previous_names")) {
                fact("Previous name", first(Json.text(previous, "name"), Json.text(previous)),
                        seconds(previous, "timestamp"), Map.of());
            }
            for (JsonNode other : list("other_names")) {
                fact("Other name", first(Json.text(other, "name"), Json.text(other)), seconds(other, "timestamp"),
                        Attrs.of("type", Json.text(other, "type")));
            }
            Moment joined = seconds(p, "registration_timestamp");
            if (joined != null) {
                file.item(Category.PROFILE, joined, "Joined Facebook", null, Map.of(), position++);
            }
        }

        private void birthday(JsonNode birthday) {
            if (birthday == null || !birthday.isObject()) {
                return;
            }
            Long year = Json.number(birthday, "year");
            Long month = Json.number(birthday, "month");
            Long day = Json.number(birthday, "day");
            List<String> parts = new ArrayList<>();
            if (year != null && year > 0) {
                parts.add(String.format("%04d", year));
            }
            if (month != null && month > 0) {
                parts.add(String.format("%02d", month));
                if (day != null && day > 0) {
                    parts.add(String.format("%02d", day));
                }
            }
            fact("Birthday", parts.isEmpty() ? null : String.join("-", parts), null, Map.of());
        }

        private void place(String what, JsonNode place) {
            if (place == null || place.isNull()) {
                return;
            }
            if (place.isObject()) {
                fact(what, Json.text(place, "name"), seconds(place, "timestamp"), Map.of());
            } else {
                fact(what, Json.text(place), null, Map.of());
            }
        }

        /** One fact, left out when the export has no value for it. */
        private void fact(String what, String value, Moment when, Map<String, String> attributes) {
            if (value == null || value.isBlank()) {
                return;
            }
            file.item(Category.PROFILE, when, what + ": " + value, null, attributes, position++);
        }

        private Moment seconds(JsonNode record, String field) {
            return RecordTimes.seconds(file, position, record, field);
        }

        private List<JsonNode> list(String field) {
            List<JsonNode> out = new ArrayList<>();
            JsonNode node = p.get(field);
            if (node == null || node.isNull()) {
                return out;
            }
            if (!node.isArray()) {
                file.problem("\"" + field + "\" should be a list but is not; skipped");
                return out;
            }
            node.forEach(out::add);
            return out;
        }

        private static List<String> texts(JsonNode node) {
            List<String> out = new ArrayList<>();
            if (node != null && node.isArray()) {
                for (JsonNode element : node) {
                    String text = Json.text(element);
                    if (text != null && !text.isBlank()) {
                        out.add(text);
                    }
                }
            }
            return out;
        }

        private static String joined(JsonNode node, String separator, String... fields) {
            List<String> parts = new ArrayList<>();
            for (String field : fields) {
                String text = Json.text(node, field);
                if (text != null && !text.isBlank()) {
                    parts.add(text);
                }
            }
            return parts.isEmpty() ? null : String.join(separator, parts);
        }

        private static <T> T first(T a, T b) {
            return a != null ? a : b;
        }
    }
}
