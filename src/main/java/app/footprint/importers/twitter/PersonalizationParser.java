package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * {@code personalization.js} ({@code p13nData}): what X says it infers about the person and uses for ads.
 * Interests become ad interests, partner interests categories used to reach her, the advertisers whose
 * audiences hold her (tailored, look-alike, excluding, catalogue) advertisers holding her data, the
 * languages, gender and age demographics, the shows topics, the places of the last weeks inferred
 * locations, and {@code numAudiences} how many audiences she is in. An interest or language she switched
 * off is no conclusion X still uses: it is kept as an ad setting instead.
 */
final class PersonalizationParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        long[] position = {0};
        DataRecords.read(file, Map.of("p13nData", (index, p) -> new Conclusions(file, position).read(p)));
    }

    /** Hands over the conclusions of one {@code p13nData} record, numbering them across the file. */
    private static final class Conclusions {
        private final ImportFile file;
        private final long[] position;

        Conclusions(ImportFile file, long[] position) {
            this.file = file;
            this.position = position;
        }

        void read(JsonNode p) {
            JsonNode demographics = p.path("demographics");
            for (JsonNode language : Values.elements(demographics.get("languages"))) {
                switchable(language, "language", InferenceKind.DEMOGRAPHIC, "Language: ", "Language switched off: ");
            }
            JsonNode gender = demographics.path("genderInfo");
            String inferredGender = Values.text(gender, "gender");
            if (inferredGender != null) {
                infer(InferenceKind.DEMOGRAPHIC, "Gender: " + inferredGender,
                        Attrs.of("set_by_you", Values.text(gender, "genderOverride")));
            }
            JsonNode interests = p.path("interests");
            for (JsonNode interest : Values.elements(interests.get("interests"))) {
                switchable(interest, "name", InferenceKind.AD_INTEREST, "", "Interest switched off: ");
            }
            for (JsonNode partner : Values.elements(interests.get("partnerInterests"))) {
                infer(InferenceKind.AUDIENCE_CATEGORY, named(partner), Attrs.of("from", "X's partners"));
            }
            JsonNode audiences = interests.path("audienceAndAdvertisers");
            advertisers(audiences.get("advertisers"), "tailored audience: your details or activity");
            advertisers(audiences.get("lookalikeAdvertisers"), "look-alike audience: people like their customers");
            advertisers(audiences.get("doNotReachAdvertisers"), "keeps you out of its ads");
            advertisers(audiences.get("catalogAudienceAdvertisers"), "product catalogue audience");
            audienceCount(Values.text(audiences, "numAudiences"));
            for (String show : Values.texts(interests.get("shows"))) {
                infer(InferenceKind.TOPIC, show, Attrs.of("type", "TV show"));
            }
            for (JsonNode place : Values.elements(p.get("locationHistory"))) {
                infer(InferenceKind.INFERRED_LOCATION, named(place), Attrs.of("from", "location history"));
            }
            JsonNode age = p.path("inferredAgeInfo");
            String range = Values.joined(age.get("age"), ", ");
            if (range != null) {
                infer(InferenceKind.DEMOGRAPHIC, "Age: " + range, Attrs.of("birth_date", Values.text(age, "birthDate")));
            }
        }

        /** An entry with {@code isDisabled}: a conclusion while on, an ad setting once switched off. */
        private void switchable(JsonNode entry, String field, InferenceKind kind, String prefix, String offPrefix) {
            String value = entry.isObject() ? Values.text(entry, field) : Values.text(entry);
            long at = position[0]++;
            if (value == null) {
                file.problem("record " + at + ": an entry without \"" + field + "\"; skipped");
            } else if (Boolean.TRUE.equals(Values.flag(entry.get("isDisabled")))) {
                file.item(Category.AD_SETTINGS, null, offPrefix + value, null, Map.of(), at);
            } else {
                file.inference(kind, prefix + value, Map.of(), at);
            }
        }

        private void advertisers(JsonNode handles, String audience) {
            for (String handle : Values.texts(handles)) {
                infer(InferenceKind.ADVERTISER, handle, Attrs.of("audience", audience));
            }
        }

        /** "In 42 advertisers' audiences": X states the count, not the audiences. */
        private void audienceCount(String count) {
            if (count == null) {
                return;
            }
            try {
                long n = Long.parseLong(count.strip());
                if (n > 0) {
                    infer(InferenceKind.OTHER, "In " + n + " advertisers' audiences", Attrs.of("audiences", Long.toString(n)));
                }
            } catch (NumberFormatException e) {
                file.problem("\"numAudiences\" is not a number; left out");
            }
        }

        private void infer(InferenceKind kind, String value, Map<String, String> attributes) {
            file.inference(kind, value, attributes, position[0]++);
        }

        /** A text, or an object's {@code name}. */
        private static String named(JsonNode value) {
            return value != null && value.isObject() ? Values.text(value, "name") : Values.text(value);
        }
    }
}
