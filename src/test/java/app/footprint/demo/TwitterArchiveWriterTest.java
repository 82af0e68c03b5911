package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jana's X archive, read back whole with plain string handling and Jackson, independently of the importer:
 * its paths, its bytes, the format of every file, and every count the facts record claims.
 */
class TwitterArchiveWriterTest {
    private static final Pattern DATA_FILE = Pattern.compile("data/([a-z0-9-]+?)(?:-part(\\d+))?\\.js");
    private static final DateTimeFormatter POST_TIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss xx yyyy",
            Locale.ENGLISH);
    private static final Instant EXPORT = Instant.parse("2024-03-12T08:41:22Z");
    private static final Instant EXPECTING = Instant.parse("2023-07-19T22:00:00Z");

    @TempDir
    static Path folder;
    private static Path zip;
    private static DemoArchives archive;
    private static TwitterFacts facts;

    @BeforeAll
    static void writeOnce() throws IOException {
        DemoPersona persona = new DemoPersona();
        List<Path> written = persona.writeTo(folder.resolve("demo"));
        zip = written.stream().filter(p -> p.getFileName().toString().equals(TwitterArchiveWriter.FILE_NAME))
                .findFirst().orElseThrow();
        archive = DemoArchives.read(zip);
        facts = persona.facts().of(TwitterFacts.class);
    }

    /** The JSON after a file's {@code window.X = } wrapper, read with Jackson. */
    private static JsonNode data(String path) {
        String text = archive.entry(path).text();
        int start = Math.min(index(text, '['), index(text, '{'));
        try {
            return DemoArchives.MAPPER.readTree(text.substring(start));
        } catch (IOException e) {
            throw new AssertionError(path + " holds no JSON after its wrapper", e);
        }
    }

    private static int index(String text, char c) {
        int i = text.indexOf(c);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static int size(String path) {
        return data(path).size();
    }

    @Test
    void isWrittenLastUnderXsArchiveName() {
        assertThat(zip.getFileName().toString()).matches("twitter-2024-03-12-[0-9a-f]{64}\\.zip");
        assertThat(zip.getFileName().toString()).isEqualTo(TwitterArchiveWriter.FILE_NAME);
    }

    @Test
    void holdsExactlyTheExpectedPaths() {
        List<String> media = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        for (String path : archive.paths()) {
            if (path.matches("data/tweets_media/\\d{18,19}-[0-9A-Za-z]{10}\\.jpg")) {
                media.add(path);
            } else {
                fixed.add(path);
            }
        }
        assertThat(fixed).containsExactly("Your archive.html", "assets/js/main.1c9f2a7b.js", "data/README.txt",
                "data/account.js", "data/account-creation-ip.js", "data/profile.js",
                "data/profile_media/1187264093-kQ3c8xVm.jpg", "data/phone-number.js", "data/account-timezone.js",
                "data/verified.js", "data/email-address-change.js", "data/screen-name-change.js", "data/ageinfo.js",
                "data/ip-audit.js", "data/device-token.js", "data/ni-devices.js", "data/key-registry.js",
                "data/connected-application.js", "data/contact.js", "data/tweets.js", "data/tweets-part1.js",
                "data/tweets-part2.js", "data/tweet-headers.js", "data/deleted-tweets.js",
                "data/deleted-tweet-headers.js", "data/like.js", "data/follower.js", "data/following.js",
                "data/block.js", "data/mute.js", "data/lists-created.js", "data/lists-member.js",
                "data/lists-subscribed.js", "data/saved-search.js", "data/direct-messages.js",
                "data/direct-message-headers.js", "data/direct-messages-group.js",
                "data/direct-message-group-headers.js", "data/grok-chat-item.js", "data/account-suspension.js",
                "data/community-note.js", "data/spaces-metadata.js", "data/personalization.js",
                "data/ad-impressions.js", "data/ad-engagements.js", "data/ad-mobile-conversions-unattributed.js",
                "data/ad-mobile-conversions-attributed.js", "data/ad-online-conversions-attributed.js",
                "data/ad-online-conversions-unattributed.js", "data/manifest.js");
        assertThat(media).hasSize(3);
        for (String photo : media) {
            String postId = photo.substring("data/tweets_media/".length(), photo.indexOf('-'));
            assertThat(archive.entry("data/tweets.js").text() + archive.entry("data/tweets-part1.js").text()
                    + archive.entry("data/tweets-part2.js").text()).contains("\"id_str\" : \"" + postId + "\"");
        }
    }

    @Test
    void writingTwiceGivesTheSameBytes(@TempDir Path other) throws IOException {
        List<Path> again = DemoPersona.standard().writeTo(other);
        assertThat(Files.mismatch(zip, other.resolve(TwitterArchiveWriter.FILE_NAME))).isEqualTo(-1L);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        assertThat(TwitterArchiveWriter.write(first)).isEqualTo(TwitterArchiveWriter.write(second)).isEqualTo(facts);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    }

    @Test
    void everyEntryIsStampedWithTheExportDateAndCompressesWithinImportLimits() {
        for (DemoArchives.Entry e : archive.entries()) {
            assertThat(e.time()).as(e.path()).isEqualTo(LocalDateTime.of(2024, 3, 12, 9, 41, 22));
            assertThat((double) e.bytes().length / Math.max(1, e.compressedSize())).as(e.path()).isLessThan(100);
        }
    }

    @Test
    void everyDataFileIsAJsonListBehindXsWrapperInXsFormatting() {
        int files = 0;
        for (String path : archive.paths()) {
            Matcher m = DATA_FILE.matcher(path);
            if (!m.matches() || path.equals("data/manifest.js")) {
                continue;
            }
            String text = archive.entry(path).text();
            String part = m.group(2) == null ? "0" : m.group(2);
            String wrapper = "window.YTD." + m.group(1).replace('-', '_') + ".part" + part + " = [";
            assertThat(text).as(path).startsWith(wrapper).endsWith("]").doesNotContain("\\u").doesNotContain("\": ");
            assertThat(data(path).isArray()).as(path).isTrue();
            files++;
        }
        assertThat(files).isEqualTo(45);
        assertThat(archive.entry("data/block.js").text()).startsWith("window.YTD.block.part0 = [\n  {\n    \"blocking\" : {");
        assertThat(archive.entry("data/grok-chat-item.js").text()).isEqualTo("window.YTD.grok_chat_item.part0 = [ ]");
        assertThat(archive.entry("data/account.js").text()).contains("\"accountDisplayName\" : \"Jana Köhler\"");
        assertThat(archive.entry("data/manifest.js").text()).startsWith("window.__THAR_CONFIG = {\n  \"userInfo\" : {")
                .endsWith("\n}");
    }

    @Test
    void theManifestListsEveryDataFileWithItsRecordCountAndTheArchiveSize() {
        JsonNode manifest = data("data/manifest.js");
        assertThat(manifest.at("/userInfo/userName").asText()).isEqualTo("janakoehler");
        assertThat(manifest.at("/userInfo/displayName").asText()).isEqualTo("Jana Köhler");
        assertThat(manifest.at("/archiveInfo/generationDate").asText()).isEqualTo("2024-03-12T08:12:05.337Z");
        assertThat(manifest.at("/archiveInfo/isPartialArchive").asBoolean(true)).isFalse();
        Map<String, String> listed = new TreeMap<>();
        manifest.get("dataTypes").properties().forEach(type -> type.getValue().path("files").forEach(file -> {
            listed.put(file.get("fileName").asText(), file.get("count").asText());
            String name = file.get("fileName").asText();
            Matcher m = DATA_FILE.matcher(name);
            assertThat(m.matches()).as(name).isTrue();
            assertThat(file.get("globalName").asText()).isEqualTo("YTD." + m.group(1).replace('-', '_') + ".part"
                    + (m.group(2) == null ? "0" : m.group(2)));
        }));
        Map<String, String> counted = new TreeMap<>();
        long bytes = 0;
        for (DemoArchives.Entry e : archive.entries()) {
            if (DATA_FILE.matcher(e.path()).matches() && !e.path().equals("data/manifest.js")) {
                counted.put(e.path(), Integer.toString(data(e.path()).size()));
            }
            if (!e.path().equals("data/manifest.js")) {
                bytes += e.bytes().length;
            }
        }
        assertThat(listed).isEqualTo(counted);
        assertThat(manifest.at("/dataTypes/tweets/files").size()).isEqualTo(3);
        assertThat(manifest.at("/dataTypes/tweets/mediaDirectory").asText()).isEqualTo("data/tweets_media");
        assertThat(manifest.at("/dataTypes/directMessagesGroup/files/0/fileName").asText())
                .isEqualTo("data/direct-messages-group.js");
        assertThat(manifest.at("/archiveInfo/sizeBytes").asLong()).isEqualTo(bytes);
    }

    @Test
    void factsMatchTheFiles() {
        List<JsonNode> posts = new ArrayList<>();
        for (String part : List.of("data/tweets.js", "data/tweets-part1.js", "data/tweets-part2.js")) {
            data(part).forEach(p -> posts.add(p.get("tweet")));
        }
        assertThat(facts.posts()).isEqualTo(posts.size()).isEqualTo(240);
        assertThat(facts.postFiles()).isEqualTo(3);
        assertThat(size("data/tweets.js")).isEqualTo(100);
        assertThat(size("data/tweet-headers.js")).isEqualTo(facts.posts());
        assertThat(facts.deletedPosts()).isEqualTo(size("data/deleted-tweets.js")).isEqualTo(3);
        assertThat(facts.likes()).isEqualTo(size("data/like.js")).isEqualTo(300);
        assertThat(facts.followers()).isEqualTo(size("data/follower.js")).isEqualTo(85);
        assertThat(facts.following()).isEqualTo(size("data/following.js")).isEqualTo(140);
        assertThat(facts.blocked()).isEqualTo(size("data/block.js")).isEqualTo(2);
        assertThat(facts.muted()).isEqualTo(size("data/mute.js")).isEqualTo(3);
        assertThat(facts.lists()).isEqualTo(size("data/lists-created.js") + size("data/lists-member.js")
                + size("data/lists-subscribed.js")).isEqualTo(4);
        assertThat(facts.savedSearches()).isEqualTo(size("data/saved-search.js")).isEqualTo(5);
        assertThat(facts.logins()).isEqualTo(size("data/ip-audit.js")).isEqualTo(150);
        assertThat(facts.connectedApps()).isEqualTo(size("data/connected-application.js")).isEqualTo(3);
        assertThat(facts.contacts()).isEqualTo(size("data/contact.js")).isEqualTo(12);
        JsonNode keys = data("data/key-registry.js").get(0).get("keyRegistryData");
        assertThat(facts.devices()).isEqualTo(size("data/device-token.js") + size("data/ni-devices.js")
                + keys.at("/registeredDevices/deviceMetadataList").size()
                + keys.at("/deregisteredDevices/deRegisteredDeviceMetadataList").size()).isEqualTo(7);

        JsonNode conversations = data("data/direct-messages.js");
        int messages = 0;
        for (JsonNode c : conversations) {
            messages += c.at("/dmConversation/messages").size();
        }
        assertThat(facts.conversations()).isEqualTo(conversations.size()).isEqualTo(3);
        assertThat(facts.directMessages()).isEqualTo(messages).isEqualTo(220);
        int groupMessages = 0;
        int groupEvents = 0;
        for (JsonNode event : data("data/direct-messages-group.js").get(0).at("/dmConversation/messages")) {
            if (event.has("messageCreate")) {
                groupMessages++;
            } else {
                groupEvents++;
            }
        }
        assertThat(facts.groupMessages()).isEqualTo(groupMessages).isEqualTo(30);
        assertThat(facts.groupEvents()).isEqualTo(groupEvents).isEqualTo(2);

        int profileFacts = 4 + 5 + 1 + 1 + 1 + size("data/email-address-change.js") + size("data/screen-name-change.js")
                + data("data/ageinfo.js").get(0).at("/ageMeta/ageInfo").size();
        assertThat(facts.profileFacts()).isEqualTo(profileFacts).isEqualTo(16);
    }

    @Test
    void personalizationFactsMatchTheFile() {
        JsonNode p = data("data/personalization.js").get(0).get("p13nData");
        List<String> on = new ArrayList<>();
        int off = 0;
        for (JsonNode interest : p.at("/interests/interests")) {
            if (interest.get("isDisabled").asBoolean()) {
                off++;
            } else {
                on.add(interest.get("name").asText());
            }
        }
        assertThat(facts.interestEntries()).isEqualTo(on.size()).isEqualTo(50);
        assertThat(facts.distinctInterests()).isEqualTo(new HashSet<>(on).size()).isEqualTo(47);
        assertThat(facts.interestsSwitchedOff()).isEqualTo(off).isEqualTo(5);
        int languages = 0;
        int languagesOff = 0;
        for (JsonNode language : p.at("/demographics/languages")) {
            if (language.get("isDisabled").asBoolean()) {
                languagesOff++;
            } else {
                languages++;
            }
        }
        assertThat(facts.languages()).isEqualTo(languages).isEqualTo(2);
        assertThat(facts.languagesSwitchedOff()).isEqualTo(languagesOff).isEqualTo(1);
        List<String> handles = new ArrayList<>();
        for (String list : List.of("advertisers", "lookalikeAdvertisers", "doNotReachAdvertisers",
                "catalogAudienceAdvertisers")) {
            p.at("/interests/audienceAndAdvertisers/" + list).forEach(h -> handles.add(h.asText()));
        }
        assertThat(facts.advertiserEntries()).isEqualTo(handles.size()).isEqualTo(28);
        assertThat(facts.distinctAdvertisers()).isEqualTo(new HashSet<>(handles).size()).isEqualTo(25);
        assertThat(facts.shows()).isEqualTo(p.at("/interests/shows").size()).isEqualTo(7);
        assertThat(facts.places()).isEqualTo(p.get("locationHistory").size()).isEqualTo(3);
        assertThat(facts.audiences()).isEqualTo(p.at("/interests/audienceAndAdvertisers/numAudiences").asInt()).isEqualTo(57);
        assertThat(p.at("/inferredAgeInfo/age/0").asText()).isEqualTo("25-34");
        assertThat(p.at("/demographics/genderInfo/gender").asText()).isEqualTo("female");
    }

    @Test
    void adFactsMatchTheFilesWithTheirTargetingCriteria() {
        List<JsonNode> shown = ads("data/ad-impressions.js", "/ad/adsUserData/adImpressions/impressions");
        List<JsonNode> engaged = ads("data/ad-engagements.js", "/ad/adsUserData/adEngagements/engagements");
        assertThat(facts.adImpressions()).isEqualTo(shown.size()).isEqualTo(600);
        assertThat(facts.adEngagements()).isEqualTo(engaged.size()).isPositive().isLessThan(shown.size() / 5);
        Set<String> shownCriteria = criteria(shown);
        Set<String> engagedCriteria = criteria(engaged.stream().map(e -> e.get("impressionAttributes")).toList());
        Set<String> all = new LinkedHashSet<>(shownCriteria);
        all.addAll(engagedCriteria);
        assertThat(facts.targetingShown()).isEqualTo(shownCriteria.size());
        assertThat(facts.targetingEngaged()).isEqualTo(engagedCriteria.size());
        assertThat(facts.targetingCriteria()).isEqualTo(all.size());
        assertThat(shownCriteria).contains("Keywords: baby stroller", "Age: 25-34", "Locations: Leipzig",
                "Retargeting campaign engager");
        for (JsonNode e : engaged) {
            assertThat(e.get("engagementAttributes").size()).isEqualTo(2);
        }

        Set<String> companies = new LinkedHashSet<>();
        int entries = 0;
        int events = 0;
        for (String[] file : new String[][] {
            {"data/ad-mobile-conversions-unattributed.js", "unattributedMobileAppConversions"},
            {"data/ad-mobile-conversions-attributed.js", "attributedMobileAppConversions"},
            {"data/ad-online-conversions-attributed.js", "attributedOnlineConversions"},
            {"data/ad-online-conversions-unattributed.js", "unattributedOnlineConversions"}}) {
            Set<String> inFile = new LinkedHashSet<>();
            for (JsonNode c : data(file[0]).get(0).at("/ad/adsUserData/" + file[1] + "/conversions")) {
                inFile.add(c.has("applicationName") ? c.get("applicationName").asText()
                        : c.at("/advertiserInfo/advertiserName").asText());
                events++;
            }
            entries += inFile.size();
            companies.addAll(inFile);
        }
        assertThat(facts.conversions()).isEqualTo(events).isEqualTo(41);
        assertThat(facts.conversionCompanies()).isEqualTo(companies.size()).isEqualTo(6);
        assertThat(facts.conversionCompanyEntries()).isEqualTo(entries).isEqualTo(8);
    }

    @Test
    void theDataQuietlyTellsOfABabyDueInSpring() {
        for (JsonNode ad : ads("data/ad-impressions.js", "/ad/adsUserData/adImpressions/impressions")) {
            Instant at = adTime(ad.get("impressionTime").asText());
            String advertiser = ad.at("/advertiserInfo/screenName").asText();
            if (List.of("@babybloom_app", "@wiegenwelt", "@kinderkram24", "@mamalino_mode").contains(advertiser)) {
                assertThat(at).as("baby advertisers after the test").isAfter(EXPECTING);
            }
            if (advertiser.equals("@lunara_app")) {
                assertThat(at).as("the cycle tracker's ads stop").isBefore(EXPECTING);
            }
            assertThat(at).isBefore(EXPORT).isAfter(EXPORT.minusSeconds(366L * 86_400));
        }
        for (JsonNode c : data("data/ad-mobile-conversions-unattributed.js").get(0)
                .at("/ad/adsUserData/unattributedMobileAppConversions/conversions")) {
            Instant at = adTime(c.get("conversionTime").asText());
            if (c.get("applicationName").asText().startsWith("Lunara")) {
                assertThat(at).isBefore(EXPECTING);
            } else {
                assertThat(at).isAfter(EXPECTING);
            }
        }
        JsonNode deleted = data("data/deleted-tweets.js");
        assertThat(deleted.get(0).at("/tweet/full_text").asText()).contains("Übelkeit");
        assertThat(postTime(deleted.get(0).at("/tweet/created_at").asText())).isAfter(EXPECTING);
        assertThat(data("data/personalization.js").toString()).contains("Pregnancy", "@gin_manufaktur");
    }

    @Test
    void everyPostAndMessageLiesBetweenJoiningAndTheExport() {
        Instant joined = Instant.parse("2013-02-10T00:00:00Z");
        for (String part : List.of("data/tweets.js", "data/tweets-part1.js", "data/tweets-part2.js")) {
            for (JsonNode post : data(part)) {
                assertThat(postTime(post.at("/tweet/created_at").asText())).isBetween(joined, EXPORT);
                assertThat(post.at("/tweet/id_str").asText()).isEqualTo(post.at("/tweet/id").asText());
            }
        }
        for (JsonNode c : data("data/direct-messages.js")) {
            for (JsonNode m : c.at("/dmConversation/messages")) {
                assertThat(Instant.parse(m.at("/messageCreate/createdAt").asText())).isBetween(joined, EXPORT);
            }
            String[] ids = c.at("/dmConversation/conversationId").asText().split("-");
            assertThat(Long.parseLong(ids[0])).isLessThan(Long.parseLong(ids[1]));
            assertThat(ids).contains(TwitterContent.ACCOUNT_ID);
        }
        for (JsonNode login : data("data/ip-audit.js")) {
            assertThat(Instant.parse(login.at("/ipAudit/createdAt").asText())).isBetween(joined, EXPORT);
        }
    }

    private static List<JsonNode> ads(String path, String pointer) {
        List<JsonNode> ads = new ArrayList<>();
        for (JsonNode record : data(path)) {
            record.at(pointer).forEach(ads::add);
        }
        return ads;
    }

    private static Set<String> criteria(List<JsonNode> impressions) {
        Set<String> criteria = new LinkedHashSet<>();
        for (JsonNode impression : impressions) {
            for (JsonNode c : impression.get("matchedTargetingCriteria")) {
                criteria.add(c.get("targetingType").asText()
                        + (c.has("targetingValue") ? ": " + c.get("targetingValue").asText() : ""));
            }
        }
        return criteria;
    }

    private static Instant adTime(String text) {
        return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    private static Instant postTime(String text) {
        return ZonedDateTime.parse(text, POST_TIME).toInstant();
    }
}
