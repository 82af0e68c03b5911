package app.footprint.demo;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The Facebook files about logins: IP addresses, logins and logouts, open sessions, recognised devices. */
final class FacebookLoginsWriter {
    static final int IP_ADDRESS_RECORDS = 190;
    static final int LOGINS_AND_LOGOUTS = 340;
    static final int ACTIVE_SESSIONS = 12;

    /** A phone or computer she used, and the period she used it in. */
    private record Device(String name, String userAgent, String app, LocalDate from, LocalDate to) {
    }

    private static final List<Device> DEVICES = List.of(
            new Device("Samsung Galaxy S7", "Mozilla/5.0 (Linux; Android 8.0.0; SM-G930F Build/R16NW; wv) "
                    + "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/83.0.4103.106 Mobile Safari/537.36 "
                    + "[FB_IAB/FB4A;FBAV/275.0.0.49.127;]", "Facebook for Android",
                    LocalDate.of(2017, 1, 5), LocalDate.of(2020, 10, 30)),
            new Device("Samsung Galaxy A52", "Mozilla/5.0 (Linux; Android 12; SM-A525F Build/SP1A.210812.016; wv) "
                    + "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/108.0.5359.128 Mobile Safari/537.36 "
                    + "[FB_IAB/FB4A;FBAV/397.0.0.23.404;]", "Facebook for Android",
                    LocalDate.of(2020, 11, 2), LocalDate.of(2023, 8, 31)),
            new Device("Google Pixel 7a", "Mozilla/5.0 (Linux; Android 14; Pixel 7a Build/UQ1A.240205.002; wv) "
                    + "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/121.0.6167.178 Mobile Safari/537.36 "
                    + "[FB_IAB/FB4A;FBAV/452.0.0.46.118;]", "Facebook for Android",
                    LocalDate.of(2023, 9, 1), Persona.LAST_ACTIVE_DAY),
            new Device("Firefox on Windows", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 "
                    + "Firefox/123.0", "Facebook", LocalDate.of(2019, 3, 1), Persona.LAST_ACTIVE_DAY),
            new Device("Firefox on Ubuntu", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:115.0) Gecko/20100101 "
                    + "Firefox/115.0", "Facebook", LocalDate.of(2021, 6, 1), LocalDate.of(2023, 12, 20)),
            new Device("Chrome on Windows", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                    + "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36", "Facebook",
                    LocalDate.of(2022, 2, 1), LocalDate.of(2024, 1, 15)),
            new Device("Safari on iPad", "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 "
                    + "(KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1", "Facebook",
                    LocalDate.of(2022, 12, 24), LocalDate.of(2024, 3, 3)),
            new Device("Samsung Galaxy Tab A", "Mozilla/5.0 (Linux; Android 11; SM-T505 Build/RP1A.200720.012; wv) "
                    + "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/99.0.4844.88 Safari/537.36 "
                    + "[FB_IAB/FB4A;FBAV/356.0.0.28.112;]", "Facebook for Android",
                    LocalDate.of(2021, 2, 14), LocalDate.of(2022, 8, 1)));

    /** Where her sessions were opened, most often at home. */
    private static final List<String> PLACES_OF_LOGIN = List.of(
            "Leipzig, Saxony, Germany", "Markkleeberg, Saxony, Germany", "Chemnitz, Saxony, Germany");

    private final DemoZip zip;
    private final FacebookTally tally;

    FacebookLoginsWriter(DemoZip zip, FacebookTally tally) {
        this.zip = zip;
        this.tally = tally;
    }

    void write() throws IOException {
        DemoRandom random = DemoRandom.forPart("facebook/logins");
        zip.json("security_and_login_information/ip_address_activity.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("used_ip_address_v2");
            for (Instant moment : moments(random, IP_ADDRESS_RECORDS, LocalDate.of(2021, 3, 1))) {
                Device device = deviceAt(random, moment);
                g.writeStartObject();
                g.writeStringField("ip", ipAddress(random, device));
                g.writeStringField("action", "Login");
                g.writeNumberField("timestamp", moment.getEpochSecond());
                g.writeStringField("user_agent", device.userAgent());
                g.writeEndObject();
                tally.ipAddressRecords++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        zip.json("security_and_login_information/logins_and_logouts.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("account_accesses_v2");
            for (Instant moment : moments(random, LOGINS_AND_LOGOUTS, LocalDate.of(2020, 1, 1))) {
                Device device = deviceAt(random, moment);
                g.writeStartObject();
                g.writeStringField("action", random.chance(0.7) ? "Login" : "Log out");
                g.writeNumberField("timestamp", moment.getEpochSecond());
                g.writeStringField("site", device.app().equals("Facebook") ? "www.facebook.com" : "Facebook app");
                g.writeStringField("ip_address", ipAddress(random, device));
                g.writeEndObject();
                tally.loginsAndLogouts++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        zip.json("security_and_login_information/where_you're_logged_in.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("active_sessions_v2");
            for (Instant created : moments(random, ACTIVE_SESSIONS, LocalDate.of(2023, 1, 1))) {
                Device device = deviceAt(random, created);
                Instant updated = random.instantBetween(created, Persona.at(Persona.LAST_ACTIVE_DAY, 23, 0));
                g.writeStartObject();
                g.writeNumberField("created_timestamp", created.getEpochSecond());
                g.writeNumberField("updated_timestamp", updated.getEpochSecond());
                g.writeStringField("ip_address", ipAddress(random, device));
                g.writeStringField("user_agent", device.userAgent());
                g.writeStringField("datr_cookie", random.base62(24));
                g.writeStringField("device", device.name());
                g.writeStringField("location", random.pickFavouring(PLACES_OF_LOGIN));
                g.writeStringField("app", device.app());
                g.writeStringField("session_type", device.app().equals("Facebook") ? "web" : "app");
                g.writeEndObject();
                tally.activeSessions++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        zip.json("security_and_login_information/recognized_devices.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("recognized_devices_v2");
            for (Device device : DEVICES) {
                Instant created = random.wakingMomentBetween(device.from(), device.from().plusDays(3));
                Instant updated = random.wakingMomentBetween(device.to().minusDays(20), device.to());
                g.writeStartObject();
                g.writeStringField("name", device.name());
                g.writeNumberField("created_timestamp", created.getEpochSecond());
                g.writeStringField("ip_address", ipAddress(random, device));
                g.writeStringField("user_agent", device.userAgent());
                g.writeStringField("datr_cookie", random.base62(24));
                g.writeNumberField("updated_timestamp", updated.getEpochSecond());
                g.writeEndObject();
                tally.recognizedDevices++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static List<Instant> moments(DemoRandom random, int count, LocalDate from) {
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            moments.add(random.wakingMomentBetween(from, Persona.LAST_ACTIVE_DAY));
        }
        moments.sort(Comparator.reverseOrder());
        return moments;
    }

    private static Device deviceAt(DemoRandom random, Instant moment) {
        LocalDate day = LocalDate.ofInstant(moment, Persona.ZONE);
        List<Device> inUse = DEVICES.stream()
                .filter(d -> !day.isBefore(d.from()) && !day.isAfter(d.to())).toList();
        return inUse.isEmpty() ? DEVICES.get(0) : random.pick(inUse);
    }

    /** Phones get a mobile IPv6 address, computers the home line; both from documentation ranges. */
    private static String ipAddress(DemoRandom random, Device device) {
        if (device.app().equals("Facebook for Android")) {
            return String.format("2001:db8:%x:%x::%x", random.between(0x1000, 0xffff), random.between(0, 0xffff),
                    random.between(1, 0xfff));
        }
        return (random.chance(0.8) ? "198.51.100." : "203.0.113.") + random.between(2, 254);
    }
}
