package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginsParserTest {
    private static final String FOLDER = "security_and_login_information/";

    @Test
    void readsIpAddressActivity() throws IOException {
        ParserRun run = ParserRun.of(new LoginsParser(), FOLDER + "ip_address_activity.json", """
                {"used_ip_address_v2": [
                  {"ip": "203.0.113.7", "action": "Login", "timestamp": 1698272460, "user_agent": "Mozilla/5.0"},
                  {"ip": "203.0.113.8", "timestamp": 1698272000}
                ]}""");

        assertThat(run.sink.items(Category.LOGINS)).hasSize(2);
        Item first = run.sink.items.get(0);
        assertThat(first.title()).isEqualTo("Login");
        assertThat(first.at()).isEqualTo(Instant.ofEpochSecond(1698272460));
        assertThat(first.attributes()).containsEntry("ip", "203.0.113.7").containsEntry("action", "Login")
                .containsEntry("user_agent", "Mozilla/5.0");
        assertThat(run.sink.items.get(1).title()).isEqualTo("IP address used");
    }

    @Test
    void readsLoginsAndLogouts() throws IOException {
        ParserRun run = ParserRun.of(new LoginsParser(), FOLDER + "logins_and_logouts.json", """
                {"account_accesses_v2": [{"action": "Log Out", "timestamp": 1698272460, "site": "www.facebook.com", "ip_address": "203.0.113.7"}]}""");

        assertThat(run.sink.items).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Log Out");
            assertThat(i.attributes()).containsEntry("ip", "203.0.113.7").containsEntry("site", "www.facebook.com");
        });
    }

    @Test
    void readsAccountActivityWithItsPlace() throws IOException {
        ParserRun run = ParserRun.of(new LoginsParser(), FOLDER + "account_activity.json", """
                {"account_activity_v2": [{"action": "Password changed", "timestamp": 1698272460, "ip_address": "203.0.113.7",
                  "user_agent": "Firefox", "city": "D\\u00c3\\u00bcsseldorf", "region": "NRW", "country": "DE", "site_name": "Facebook"}]}""");

        assertThat(run.sink.items).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Password changed");
            assertThat(i.attributes()).containsEntry("place", "Düsseldorf, NRW, DE")
                    .containsEntry("user_agent", "Firefox").containsEntry("site", "Facebook");
        });
    }

    @Test
    void readsSessionsAndRecognisedDevices() throws IOException {
        ParserRun sessions = ParserRun.of(new LoginsParser(), FOLDER + "where_you're_logged_in.json", """
                {"active_sessions_v2": [{"created_timestamp": 1698272460, "updated_timestamp": 1698300000,
                  "ip_address": "203.0.113.7", "user_agent": "Safari", "device": "iPhone", "location": "Unna, Germany", "app": "Facebook"}]}""");
        ParserRun devices = ParserRun.of(new LoginsParser(), FOLDER + "recognized_devices.json", """
                {"recognized_devices_v2": [{"name": "Pixel 7", "created_timestamp": 1698272460, "ip_address": "203.0.113.9",
                  "user_agent": "Chrome", "updated_timestamp": 99999999999999}]}""");

        assertThat(sessions.sink.items).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Logged in on iPhone");
            assertThat(i.at()).isEqualTo(Instant.ofEpochSecond(1698272460));
            assertThat(i.attributes()).containsEntry("place", "Unna, Germany")
                    .containsEntry("last_seen", "2023-10-26T06:00:00Z").containsEntry("ip", "203.0.113.7");
        });
        assertThat(devices.sink.items).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Recognised device: Pixel 7");
            assertThat(i.attributes()).containsEntry("ip", "203.0.113.9").doesNotContainKey("last_seen");
        });
        assertThat(devices.file.problemCount()).isEqualTo(1);
    }
}
