package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes Jana's Google Takeout as a German account gets it, split into two parts as Google splits large
 * exports: the first with My Activity, YouTube, Chrome, Play Store, profile and contacts, the second with
 * the location history. Each part carries the archive description {@code Takeout/Archiv_Übersicht.html}.
 */
final class GoogleTakeoutWriter {
    static final String ROOT = "Takeout/";
    /** When Google made the export, as its description states it (10:14 in Leipzig). */
    static final Instant MADE = Persona.at(Persona.EXPORT_DAY, 10, 14);
    static final int CHROME_VISITS = 400;
    static final int FACEBOOK_FRIENDS_IN_CONTACTS = 45;

    private GoogleTakeoutWriter() {
    }

    static void writeFirstPart(OutputStream out, GoogleTally tally) throws IOException {
        try (DemoZip zip = new DemoZip(out)) {
            archiveDescription(zip);
            GoogleActivityWriter.write(zip, tally);
            writeChrome(zip, tally);
            writePlayStore(zip, tally);
            writeProfile(zip, tally);
            writeContacts(zip, tally);
        }
    }

    static void writeSecondPart(OutputStream out, List<Object> timeline, GoogleTally tally) throws IOException {
        try (DemoZip zip = new DemoZip(out)) {
            archiveDescription(zip);
            GoogleLocationWriter.write(zip, timeline, tally);
        }
    }

    /** The head of Google's archive description: for whom, when, how large. */
    private static void archiveDescription(DemoZip zip) throws IOException {
        String html = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Archivübersicht</title></head>"
                + "<body><div class=\"job-id hidden\">5f1c2e9a-0b7d-4c3e-9a41-7d2f8e6b3c10</div>"
                + "<h1 class=\"header_title\">Archiv für " + Persona.EMAIL + "</h1>"
                + "<div class=\"header_subtext\">" + GoogleHtml.germanDate(MADE) + " • 2 Dateien • "
                + "<a href=\"https://support.google.com/accounts?p=takeout\">Weitere Informationen</a></div>"
                + "<div class=\"service-detail\"><div class=\"service-header\"><h1>Meine Aktivitäten</h1></div></div>"
                + "<div class=\"service-detail\"><div class=\"service-header\"><h1>Standortverlauf (Zeitachse)</h1></div></div>"
                + "</body></html>";
        zip.bytes(ROOT + "Archiv_Übersicht.html", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeChrome(DemoZip zip, GoogleTally tally) throws IOException {
        DemoRandom random = DemoRandom.forPart("google/chrome");
        List<Instant> moments = GoogleActivityWriter.moments(random, CHROME_VISITS, LocalDate.of(2022, 1, 1),
                Persona.EXPORT_DAY);
        zip.json(ROOT + "Chrome/BrowserHistory.json", JsonStyle.SPOTIFY, g -> {
            g.setCharacterEscapes(GsonEscapes.INSTANCE);
            g.writeStartObject();
            g.writeArrayFieldStart("Browser History");
            for (Instant moment : moments) {
                GoogleContent.Site site = random.pick(Persona.expecting(moment) && random.chance(0.55)
                        ? GoogleContent.EXPECTING_SITES : GoogleContent.EVERYDAY_SITES);
                g.writeStartObject();
                g.writeStringField("favicon_url", site.url().replaceFirst("(https://[^/]+/).*", "$1") + "favicon.ico");
                g.writeStringField("page_transition", random.chance(0.8) ? "LINK" : "TYPED");
                g.writeStringField("title", site.title());
                g.writeStringField("url", site.url());
                g.writeStringField("client_id", "k8Jx2mQ0vT5yR1nW9aLc3g==");
                g.writeNumberField("time_usec", moment.getEpochSecond() * 1_000_000L + random.between(0, 999_999));
                g.writeEndObject();
                tally.chromeVisits++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void writePlayStore(DemoZip zip, GoogleTally tally) throws IOException {
        String folder = ROOT + "Google Play Store/";
        zip.json(folder + "Installs.json", JsonStyle.SPOTIFY, g -> {
            g.writeStartArray();
            for (GoogleContent.App app : GoogleContent.APPS) {
                g.writeStartObject();
                g.writeObjectFieldStart("install");
                doc(g, app.title());
                g.writeStringField("firstInstallationTime", GoogleActivityWriter.googleTime(Persona.at(app.installed(), 20, 15)));
                g.writeObjectFieldStart("deviceAttribute");
                g.writeStringField("manufacturer", "Google");
                g.writeStringField("deviceDisplayName", "Google Pixel 6a");
                g.writeEndObject();
                g.writeStringField("lastUpdateTime", GoogleActivityWriter.googleTime(Persona.at(LocalDate.of(2024, 3, 1), 3, 12)));
                g.writeEndObject();
                g.writeEndObject();
                tally.appInstalls++;
            }
            g.writeEndArray();
        });
        zip.json(folder + "Library.json", JsonStyle.SPOTIFY, g -> {
            g.writeStartArray();
            for (GoogleContent.App app : GoogleContent.APPS) {
                g.writeStartObject();
                g.writeObjectFieldStart("libraryDoc");
                doc(g, app.title());
                g.writeStringField("acquisitionTime", GoogleActivityWriter.googleTime(Persona.at(app.installed(), 20, 14)));
                g.writeEndObject();
                g.writeEndObject();
                tally.libraryApps++;
            }
            g.writeEndArray();
        });
        List<GoogleContent.App> bought = new ArrayList<>(GoogleContent.APPS.stream().filter(a -> a.purchase() != null).toList());
        bought.sort(Comparator.comparing(GoogleContent.App::purchased).reversed());
        zip.json(folder + "Purchase History.json", JsonStyle.SPOTIFY, g -> {
            g.writeStartArray();
            for (GoogleContent.App app : bought) {
                g.writeStartObject();
                g.writeObjectFieldStart("purchaseHistory");
                g.writeStringField("invoicePrice", app.price());
                g.writeStringField("paymentMethodTitle", "PayPal: " + Persona.EMAIL);
                g.writeStringField("userLanguageCode", "de");
                g.writeStringField("userCountry", "DE");
                g.writeStringField("purchaseTime", GoogleActivityWriter.googleTime(Persona.at(app.purchased(), 21, 3)));
                g.writeObjectFieldStart("doc");
                g.writeStringField("documentType", "In-app");
                g.writeStringField("title", app.purchase());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
                tally.appPurchases++;
            }
            g.writeEndArray();
        });
    }

    private static void doc(JsonGenerator g, String title) throws IOException {
        g.writeObjectFieldStart("doc");
        g.writeStringField("documentType", "Android Apps");
        g.writeStringField("title", title);
        g.writeEndObject();
    }

    private static void writeProfile(DemoZip zip, GoogleTally tally) throws IOException {
        zip.json(ROOT + "Profil/Profil.json", JsonStyle.SPOTIFY, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("name");
            g.writeStringField("givenName", Persona.FIRST_NAME);
            g.writeStringField("familyName", Persona.LAST_NAME);
            g.writeStringField("formattedName", Persona.FULL_NAME);
            g.writeEndObject();
            g.writeStringField("displayName", Persona.FULL_NAME);
            g.writeArrayFieldStart("emails");
            for (String email : List.of(Persona.EMAIL, Persona.OLD_EMAIL)) {
                g.writeStartObject();
                g.writeStringField("value", email);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("birthday", Persona.BIRTHDAY.toString());
            g.writeObjectFieldStart("gender");
            g.writeStringField("type", "female");
            g.writeEndObject();
            g.writeEndObject();
        });
        tally.profileFacts += 6; // name, display name, two e-mail addresses, birthday, gender
    }

    /** Her family, friends she also has on Facebook, and the practices of her pregnancy. */
    private static void writeContacts(DemoZip zip, GoogleTally tally) throws IOException {
        List<String> names = new ArrayList<>(List.of(Persona.PARTNER, Persona.SISTER, Persona.MOTHER));
        names.addAll(FacebookPeople.generate().acquaintances().subList(0, FACEBOOK_FRIENDS_IN_CONTACTS));
        names.addAll(GoogleContent.OTHER_CONTACTS);
        DemoRandom random = DemoRandom.forPart("google/contacts");
        StringBuilder vcf = new StringBuilder();
        for (String name : names) {
            int space = name.lastIndexOf(' ');
            vcf.append("BEGIN:VCARD\r\nVERSION:3.0\r\n")
                    .append("FN:").append(name.replace(",", "\\,")).append("\r\n")
                    .append("N:").append(space > 0 ? name.substring(space + 1) + ";" + name.substring(0, space) : name)
                    .append(";;;\r\n")
                    .append("TEL;TYPE=CELL:+49 15").append(random.between(1, 9)).append(' ')
                    .append(random.digits(8)).append("\r\n")
                    .append("END:VCARD\r\n");
            tally.contacts++;
        }
        zip.bytes(ROOT + "Google Kontakte/Alle Kontakte/Alle Kontakte.vcf", vcf.toString().getBytes(StandardCharsets.UTF_8));
    }
}
