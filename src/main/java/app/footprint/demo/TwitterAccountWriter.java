package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The X files about Jana's account: who she is (account, profile, phone number, time zone, age, changes of
 * e-mail and user name), where she logged in from, her devices, the apps she let in and the address book
 * her phone uploaded.
 */
final class TwitterAccountWriter {
    static final int LOGINS = 150;

    private final TwitterArchiveWriter archive;
    private final TwitterTally tally;
    private final DemoRandom random = DemoRandom.forPart("twitter/account");

    TwitterAccountWriter(TwitterArchiveWriter archive, TwitterTally tally) {
        this.archive = archive;
        this.tally = tally;
    }

    void write() throws IOException {
        writeAccount();
        writeProfile();
        writeSmallFacts();
        writeLogins();
        writeDevices();
        writeApps();
        writeContacts();
    }

    private void writeAccount() throws IOException {
        archive.data("account", 0, 1, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("account");
            g.writeStringField("email", Persona.EMAIL);
            g.writeStringField("createdVia", "web");
            g.writeStringField("username", TwitterContent.USER_NAME);
            g.writeStringField("accountId", TwitterContent.ACCOUNT_ID);
            g.writeStringField("createdAt", TwitterArchiveWriter.iso(Persona.at(TwitterContent.JOINED, 20, 22)));
            g.writeStringField("accountDisplayName", Persona.FULL_NAME);
            g.writeEndObject();
            g.writeEndObject();
        });
        tally.profileFacts += 4; // user name, display name, e-mail, the day she joined
        archive.data("account-creation-ip", 0, 1, g -> record(g, "accountCreationIp", "accountId",
                TwitterContent.ACCOUNT_ID, "userCreationIp", "198.51.100.7"));
    }

    private void writeProfile() throws IOException {
        archive.data("profile", 0, 1, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("profile");
            g.writeObjectFieldStart("description");
            g.writeStringField("bio", "Gesundheits- und Krankenpflegerin auf der Intensiv. Läuferin. Indie-Musik. "
                    + Persona.CITY + ".");
            g.writeStringField("website", "https://t.co/Jx3kP9aQ2m");
            g.writeStringField("location", Persona.CITY);
            g.writeEndObject();
            g.writeStringField("avatarMediaUrl", "https://pbs.twimg.com/profile_images/1361700582731771904/kQ3c8xVm.jpg");
            g.writeStringField("headerMediaUrl", "https://pbs.twimg.com/profile_banners/" + TwitterContent.ACCOUNT_ID
                    + "/1614529443");
            g.writeEndObject();
            g.writeEndObject();
        });
        tally.profileFacts += 5;
        archive.file("data/profile_media/" + TwitterContent.ACCOUNT_ID + "-kQ3c8xVm.jpg", TwitterPostsWriter.PICTURE);
    }

    private void writeSmallFacts() throws IOException {
        archive.data("phone-number", 0, 1, g -> record(g, "device", "phoneNumber", TwitterContent.PHONE));
        archive.data("account-timezone", 0, 1, g -> record(g, "accountTimezone", "accountId", TwitterContent.ACCOUNT_ID,
                "timeZone", "Berlin"));
        archive.data("verified", 0, 1, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("verified");
            g.writeStringField("accountId", TwitterContent.ACCOUNT_ID);
            g.writeBooleanField("verified", false);
            g.writeEndObject();
            g.writeEndObject();
        });
        tally.profileFacts += 3;
        archive.data("email-address-change", 0, 1, g -> change(g, "emailAddressChange", "emailChange",
                TwitterContent.EMAIL_CHANGED, Persona.OLD_EMAIL, Persona.EMAIL));
        archive.data("screen-name-change", 0, 1, g -> change(g, "screenNameChange", "screenNameChange",
                TwitterContent.RENAMED, TwitterContent.OLD_USER_NAME, TwitterContent.USER_NAME));
        tally.profileFacts += 2;
        archive.data("ageinfo", 0, 1, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("ageMeta");
            g.writeObjectFieldStart("ageInfo");
            g.writeArrayFieldStart("age");
            g.writeString("25-34");
            g.writeEndArray();
            g.writeStringField("birthDate", Persona.BIRTHDAY.toString());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
        tally.profileFacts += 2; // the age range and the birth date she gave
    }

    /** Logins over the last two years: at home mostly, at the hospital, on the phone's mobile network. */
    private void writeLogins() throws IOException {
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < LOGINS; i++) {
            moments.add(random.wakingMomentBetween(Persona.EXPORT_DAY.minusYears(2), Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.reverseOrder());
        List<String> home = List.of("198.51.100.23", "198.51.100.87");
        archive.data("ip-audit", 0, moments.size(), g -> {
            for (Instant moment : moments) {
                double where = random.nextDouble();
                String ip = where < 0.6 ? random.pick(home)
                        : where < 0.8 ? "203.0.113." + random.between(10, 40)
                        : String.format("2001:db8:%x:%x::%x", random.between(0x1000, 0xffff),
                        random.between(0, 0xffff), random.between(1, 0xfff));
                g.writeStartObject();
                g.writeObjectFieldStart("ipAudit");
                g.writeStringField("accountId", TwitterContent.ACCOUNT_ID);
                g.writeStringField("createdAt", TwitterArchiveWriter.iso(moment));
                g.writeStringField("loginIp", ip);
                g.writeStringField("loginPortNumber", Integer.toString(random.between(1024, 65535)));
                g.writeEndObject();
                g.writeEndObject();
                tally.logins++;
            }
        });
    }

    private void writeDevices() throws IOException {
        archive.data("device-token", 0, 2, g -> {
            token(g, "2017-01-05", "2020-10-30");
            token(g, "2023-09-01", Persona.LAST_ACTIVE_DAY.toString());
        });
        archive.data("ni-devices", 0, 2, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("niDeviceResponse");
            g.writeObjectFieldStart("messagingDevice");
            g.writeStringField("phoneNumber", TwitterContent.PHONE);
            g.writeStringField("carrier", "de.telekom");
            g.writeStringField("deviceType", "Auth");
            g.writeStringField("updatedDate", TwitterArchiveWriter.dottedDate(Persona.at(LocalDate.of(2023, 9, 1), 12, 0)));
            g.writeStringField("createdDate", TwitterArchiveWriter.dottedDate(Persona.at(LocalDate.of(2014, 4, 9), 12, 0)));
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeStartObject();
            g.writeObjectFieldStart("niDeviceResponse");
            g.writeObjectFieldStart("pushDevice");
            g.writeStringField("deviceVersion", "14");
            g.writeStringField("udid", random.base62(22));
            g.writeStringField("deviceType", "Android");
            g.writeStringField("token", random.base62(64));
            g.writeStringField("updatedDate", TwitterArchiveWriter.dottedDate(Persona.at(Persona.LAST_ACTIVE_DAY, 12, 0)));
            g.writeStringField("createdDate", TwitterArchiveWriter.dottedDate(Persona.at(LocalDate.of(2023, 9, 1), 12, 0)));
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
        tally.devices += 4;
        archive.data("key-registry", 0, 1, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("keyRegistryData");
            g.writeStringField("userId", TwitterContent.ACCOUNT_ID);
            g.writeObjectFieldStart("registeredDevices");
            g.writeArrayFieldStart("deviceMetadataList");
            keyDevice(g, "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
                    LocalDate.of(2023, 11, 3));
            keyDevice(g, "TwitterAndroid/10.30.0-release.0 (310300000-r-0) Pixel 7a/14", LocalDate.of(2023, 9, 2));
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("deregisteredDevices");
            g.writeArrayFieldStart("deRegisteredDeviceMetadataList");
            keyDevice(g, "TwitterAndroid/9.95.0-release.0 (29950000-r-0) SM-A525F/12", LocalDate.of(2023, 8, 30));
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
        tally.devices += 3;
    }

    private void token(JsonGenerator g, String from, String lastSeen) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("deviceToken");
        g.writeStringField("clientApplicationId", "258901");
        g.writeStringField("token", random.base62(43));
        g.writeStringField("createdAt", TwitterArchiveWriter.iso(Persona.at(LocalDate.parse(from), 18, 4)));
        g.writeStringField("lastSeenAt", TwitterArchiveWriter.iso(Persona.at(LocalDate.parse(lastSeen), 21, 40)));
        g.writeStringField("clientApplicationName", "Twitter for Android");
        g.writeEndObject();
        g.writeEndObject();
    }

    private void keyDevice(JsonGenerator g, String userAgent, LocalDate created) throws IOException {
        g.writeStartObject();
        g.writeStringField("userAgent", userAgent);
        g.writeStringField("registrationToken", random.base62(32));
        g.writeStringField("identityKey", random.base62(44));
        g.writeStringField("createdAt", TwitterArchiveWriter.iso(Persona.at(created, 19, 12)));
        g.writeStringField("deviceId", random.base62(20));
        g.writeEndObject();
    }

    private void writeApps() throws IOException {
        archive.data("connected-application", 0, TwitterContent.APPS.size(), g -> {
            for (TwitterContent.App app : TwitterContent.APPS) {
                g.writeStartObject();
                g.writeObjectFieldStart("connectedApplication");
                g.writeObjectFieldStart("organization");
                g.writeStringField("name", app.organization());
                g.writeStringField("url", app.url());
                g.writeStringField("privacyPolicyUrl", app.url() + "/datenschutz");
                g.writeStringField("termsAndConditionsUrl", app.url() + "/agb");
                g.writeEndObject();
                g.writeStringField("name", app.name());
                g.writeStringField("description", app.description());
                g.writeArrayFieldStart("permissions");
                for (String permission : app.permissions()) {
                    g.writeString(permission);
                }
                g.writeEndArray();
                g.writeStringField("approvedAt", TwitterArchiveWriter.iso(Persona.at(app.approved(), 20, 15)));
                g.writeStringField("id", Long.toString(random.digits(8)));
                g.writeEndObject();
                g.writeEndObject();
                tally.connectedApps++;
            }
        });
    }

    private void writeContacts() throws IOException {
        archive.data("contact", 0, TwitterContent.CONTACTS.size(), g -> {
            for (TwitterContent.Contact contact : TwitterContent.CONTACTS) {
                g.writeStartObject();
                g.writeObjectFieldStart("contact");
                g.writeStringField("id", Long.toString(random.digits(18)));
                g.writeArrayFieldStart("emails");
                if (contact.email() != null) {
                    g.writeString(contact.email());
                }
                g.writeEndArray();
                g.writeArrayFieldStart("phoneNumbers");
                if (contact.phone() != null) {
                    g.writeString(contact.phone());
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
                tally.contacts++;
            }
        });
    }

    /** {@code {"<key>": {"<field>": "<value>", ...}}}. */
    private static void record(JsonGenerator g, String key, String... fieldsAndValues) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart(key);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            g.writeStringField(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void change(JsonGenerator g, String key, String inner, LocalDate day, String from, String to)
            throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart(key);
        g.writeStringField("accountId", TwitterContent.ACCOUNT_ID);
        g.writeObjectFieldStart(inner);
        g.writeStringField("changedAt", TwitterArchiveWriter.iso(Persona.at(day, 21, 3)));
        g.writeStringField("changedFrom", from);
        g.writeStringField("changedTo", to);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }
}
