package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.importers.FileParser;
import app.footprint.importers.Recognition;
import app.footprint.testing.Fixtures;
import app.footprint.testing.ParserRun;
import app.footprint.testing.ZipBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the importer against the structure inventory of about thirty real 2024–25 Facebook exports
 * (what-if project): every file it lists is recognised as a 2024+ Facebook export, exactly the expected
 * files are read, and each read file's root keys, as the inventory lists them, are ones its parser knows.
 */
class FacebookInventoryTest {
    private static final String INVENTORY = "_structure-inventories/whatif/FB_Merged_structures.csv";
    private static final Pattern FIRST_KEY = Pattern.compile("^\\[\"([^\"]+)\"");

    /** Per file: its root keys, or an empty set when its root is a list. */
    private static Map<String, Set<String>> rootKeysByFile() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.file(INVENTORY), StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0));
        int pathColumn = header.indexOf("path");
        int listPathColumn = header.indexOf("list_path");
        int fileColumn = header.indexOf("file_path");
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        Set<String> rootLists = new LinkedHashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = fields(line);
            String file = row.get(fileColumn);
            Set<String> fileKeys = keys.computeIfAbsent(file, f -> new TreeSet<>());
            if (row.get(listPathColumn).equals("[]")) {
                rootLists.add(file);
            }
            Matcher first = FIRST_KEY.matcher(row.get(pathColumn));
            if (first.find()) {
                fileKeys.add(first.group(1));
            }
        }
        rootLists.forEach(file -> keys.put(file, Set.of()));
        return keys;
    }

    @Test
    void recognisesTheInventoryAsA2024Export(@TempDir Path dir) throws IOException {
        ZipBuilder zip = new ZipBuilder();
        for (String file : rootKeysByFile().keySet()) {
            zip.add("facebook-jana-2025-01-31/" + file.replace("$USERNAME", "jana"), "{}");
        }
        Path archive = zip.writeTo(dir.resolve("inventory.zip"));

        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(archive, ArchiveLimits.defaults())))) {
            Recognition r = new FacebookImporter().recognise(tree);
            assertThat(r.confidence()).isEqualTo(0.95);
            assertThat(r.layout()).isEqualTo("2024+");
        }
    }

    @Test
    void readsExactlyTheExpectedFiles() throws IOException {
        List<String> read = new ArrayList<>();
        for (String file : rootKeysByFile().keySet()) {
            if (new FacebookImporter().parserFor(file).isPresent()) {
                read.add(file);
            }
        }

        assertThat(read).containsExactlyInAnyOrder(
                "ads_information/ad_preferences.json",
                "ads_information/advertisers_using_your_activity_or_information.json",
                "ads_information/advertisers_you've_interacted_with.json",
                "ads_information/other_categories_used_to_reach_you.json",
                "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json",
                "connections/friends/received_friend_requests.json",
                "connections/friends/rejected_friend_requests.json",
                "connections/friends/sent_friend_requests.json",
                "connections/friends/your_friends.json",
                "logged_information/location/last_location.json",
                "logged_information/location/primary_location.json",
                "logged_information/location/primary_public_location.json",
                "logged_information/other_logged_information/ads_interests.json",
                "logged_information/other_logged_information/locations_of_interest.json",
                "logged_information/search/your_search_history.json",
                "personal_information/profile_information/profile_information.json",
                "security_and_login_information/account_activity.json",
                "security_and_login_information/ip_address_activity.json",
                "security_and_login_information/logins_and_logouts.json",
                "security_and_login_information/recognized_devices.json",
                "security_and_login_information/where_you're_logged_in.json",
                "your_facebook_activity/facebook_marketplace/your_search_history.json",
                "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json");
    }

    @Test
    void knowsTheRootKeysOfEveryFileItReads() throws IOException {
        for (Map.Entry<String, Set<String>> file : rootKeysByFile().entrySet()) {
            Optional<FileParser> parser = new FacebookImporter().parserFor(file.getKey());
            if (parser.isEmpty()) {
                continue;
            }
            // each root key with an empty list: parsers must accept the shape, not fail as "unknown generation"
            String json = file.getValue().isEmpty() ? "[]" : "{" + String.join(", ",
                    file.getValue().stream().map(key -> "\"" + key + "\": []").toList()) + "}";
            assertThatCode(() -> ParserRun.of(parser.get(), file.getKey(), json))
                    .as(file.getKey() + " with root keys " + file.getValue())
                    .doesNotThrowAnyException();
        }
    }

    /** One CSV line split into fields; quotes double inside quoted fields. No field spans lines here. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
