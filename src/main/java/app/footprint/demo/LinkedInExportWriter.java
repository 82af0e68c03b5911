package app.footprint.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the Complete archive of Jana's LinkedIn data export as LinkedIn hands it out in early 2024:
 * CSV files at the zip's root, LF line ends, English column names and German values, a different time
 * format in nearly every file, the "Notes:" preamble before the connections, no line end after the last
 * row of some files, a header repeating names in {@code Ad_Targeting.csv}, and "No conversations found"
 * in place of an empty table.
 */
final class LinkedInExportWriter {
    static final String FILE_NAME = "Complete_LinkedInDataExport_03-12-2024.zip";
    static final int CONNECTIONS = 176;
    static final int HIDDEN_CONNECTIONS = 4;
    static final int RECEIVED_INVITATIONS = 12;
    static final int SENT_INVITATIONS = 6;
    static final int COLLEAGUE_CONVERSATIONS = 20;
    static final int RECRUITER_CONVERSATIONS = 8;
    static final int SEARCHES = 90;

    static final String CONNECTIONS_PREAMBLE = "\"When exporting your connection data, you may notice that some of the "
            + "email addresses are missing. You will only see email addresses for connections who have allowed their "
            + "connections to see or download their email address using this setting "
            + "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
            + "https://www.linkedin.com/help/linkedin/answer/261\"";

    private static final DateTimeFormatter DAY_MONTH_YEAR = utc("dd MMM yyyy");
    private static final DateTimeFormatter US_TIME = utc("M/d/yy, h:mm a");
    private static final DateTimeFormatter MESSAGE_TIME = utc("yyyy-MM-dd HH:mm:ss 'UTC'");
    private static final DateTimeFormatter SEARCH_TIME = utc("yyyy/MM/dd HH:mm:ss 'UTC'");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final LocalDate REGISTERED = LocalDate.of(2012, 9, 14);

    /** A person in her network. */
    private record Contact(String first, String last, String url, String company, String position) {
        String name() {
            return first + " " + last;
        }
    }

    /** One line of messages.csv before it is written. */
    private record Message(String conversation, String title, Contact from, Contact to, Instant at, String subject,
                           String content) {
    }

    private final DemoZip zip;
    private final DemoRandom random = DemoRandom.forPart("linkedin");
    private final Contact jana = new Contact(Persona.FIRST_NAME, Persona.LAST_NAME, LinkedInContent.PROFILE_URL,
            LinkedInContent.EMPLOYER, LinkedInContent.POSITIONS.get(0).title());
    private int profileFields;
    private int connections;
    private int conversations;
    private int messages;
    private int invitationsSent;
    private int targetingEntries;
    private final Set<String> demographics = new HashSet<>();
    private final Set<String> interests = new HashSet<>();
    private final Set<String> locations = new HashSet<>();
    private final Set<String> categories = new HashSet<>();

    private LinkedInExportWriter(DemoZip zip) {
        this.zip = zip;
    }

    static LinkedInFacts write(OutputStream out) throws IOException {
        try (DemoZip zip = new DemoZip(out)) {
            LinkedInExportWriter writer = new LinkedInExportWriter(zip);
            return writer.writeAll();
        }
    }

    private LinkedInFacts writeAll() throws IOException {
        writeTargeting();
        List<Contact> people = writeConnections();
        writeEducation();
        zip.bytes("Email Addresses.csv", DemoCsv.lf().header("Email Address", "Confirmed", "Primary", "Updated On")
                .row(Persona.EMAIL, "Yes", "Yes", US_TIME.format(at(LocalDate.of(2016, 5, 2), 18, 12)))
                .row(Persona.OLD_EMAIL, "Yes", "No", US_TIME.format(at(REGISTERED, 20, 21))).bytes(true));
        writeInferences();
        DemoCsv invitations = writeInvitations(people);
        zip.bytes("LearningCoachMessages.csv", "No conversations found".getBytes(StandardCharsets.UTF_8));
        writeMessages(people);
        zip.bytes("PhoneNumbers.csv", DemoCsv.lf().header("Extension", "Number", "Type")
                .row(null, "+49 155 50123456", "Mobile").bytes(true));
        writePositions();
        writeProfile();
        zip.bytes("Registration.csv", DemoCsv.lf().header("Registered At", "Registration Ip", "Subscription Types")
                .row(US_TIME.format(at(REGISTERED, 20, 17)), "198.51.100.23", "Basic (Free)").bytes(true));
        DemoCsv searches = writeSearches();
        DemoCsv skills = DemoCsv.lf().header("Name");
        LinkedInContent.SKILLS.forEach(skills::row);
        zip.bytes("Skills.csv", skills.bytes(true));
        DemoCsv clicks = DemoCsv.lf().header("Ad clicked Date", "Ad Title/Id");
        for (LinkedInContent.AdClick click : LinkedInContent.ADS_CLICKED) {
            clicks.row(click.day().toString(), click.ad());
        }
        zip.bytes("Ads Clicked.csv", clicks.bytes(true));
        // A file Footprint does not read, so that an import lists it as real ones do.
        zip.bytes("Jobs/Job Seeker Preferences.csv", DemoCsv.lf()
                .header("Locations", "Industries", "Preferred Job Types", "Job Titles", "Open To Recruiters")
                .row("Leipzig, Saxony, Germany", "Hospitals and Health Care", "Part-time",
                        "Intensivpflegerin; Praxisanleiterin", "No").bytes(true));

        int demographicInferences = (int) LinkedInContent.INFERENCES.stream()
                .filter(i -> i.category().equals("Inferred personal characteristics")).count();
        return new LinkedInFacts(profileFields, LinkedInContent.POSITIONS.size(), LinkedInContent.SCHOOLS.size(),
                skills.rows(), 2, 1, 1, connections, HIDDEN_CONNECTIONS, invitationsSent, invitations.rows() - invitationsSent,
                conversations, messages, searches.rows(), clicks.rows(), LinkedInContent.INFERENCES.size(),
                demographicInferences, targetingEntries, demographics.size(), interests.size(), locations.size(),
                categories.size(), "de");
    }

    private void writeTargeting() throws IOException {
        DemoCsv csv = DemoCsv.lf().header(LinkedInContent.TARGETING_COLUMNS.toArray(String[]::new));
        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < LinkedInContent.TARGETING_COLUMNS.size(); i++) {
            String column = LinkedInContent.TARGETING_COLUMNS.get(i);
            List<String> values = LinkedInContent.TARGETING_VALUES.get(i);
            cells.add(String.join("; ", values));
            targetingEntries += values.size();
            Set<String> kind = switch (column) {
                case "Member Age", "Member Gender", "Interface Locales", "interfaceLocale" -> demographics;
                case "Member Interests" -> interests;
                case "Profile Locations" -> locations;
                default -> categories;
            };
            values.forEach(v -> kind.add(column + "|" + v));
        }
        // Facets other than the demographic ones fold repeats across columns (an employer in two columns).
        Set<String> folded = new HashSet<>();
        categories.forEach(c -> folded.add(c.substring(c.indexOf('|') + 1)));
        categories.clear();
        categories.addAll(folded);
        csv.row(cells.toArray());
        zip.bytes("Ad_Targeting.csv", csv.bytes(true));
    }

    private List<Contact> writeConnections() throws IOException {
        DemoRandom people = DemoRandom.forPart("linkedin/connections");
        Set<String> taken = new LinkedHashSet<>(List.of(Persona.FULL_NAME, Persona.PARTNER, Persona.MOTHER));
        List<Contact> contacts = new ArrayList<>();
        contacts.add(contact(people, "Lena", "Köhler", null, null));
        taken.add(Persona.SISTER);
        while (contacts.size() < CONNECTIONS) {
            String first = people.pick(FacebookContent.FIRST_NAMES);
            String last = people.pick(FacebookContent.LAST_NAMES);
            if (taken.add(first + " " + last)) {
                contacts.add(contact(people, first, last, people.pick(LinkedInContent.COMPANIES),
                        people.pick(LinkedInContent.JOB_TITLES)));
            }
        }
        record Row(Instant since, String line, Contact contact) {
        }
        List<Row> rows = new ArrayList<>();
        for (Contact c : contacts) {
            Instant since = people.wakingMomentBetween(REGISTERED, Persona.LAST_ACTIVE_DAY);
            rows.add(new Row(since, null, c));
        }
        for (int i = 0; i < HIDDEN_CONNECTIONS; i++) {
            Instant since = people.wakingMomentBetween(LocalDate.of(2014, 1, 1), Persona.LAST_ACTIVE_DAY);
            rows.add(new Row(since, ",,,,,," + DAY_MONTH_YEAR.format(since), null));
        }
        rows.sort(Comparator.comparing(Row::since).reversed());
        DemoCsv csv = DemoCsv.lf().raw("Notes:").raw(CONNECTIONS_PREAMBLE).raw("")
                .header("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On");
        for (Row row : rows) {
            if (row.contact() == null) {
                csv.raw(row.line()); // a member who hides their profile: only the date is left
            } else {
                Contact c = row.contact();
                String email = people.chance(0.08) ? ascii(c.first() + "." + c.last()) + "@example.com" : null;
                csv.row(c.first(), c.last(), c.url(), email, c.company(), c.position(), DAY_MONTH_YEAR.format(row.since()));
            }
            connections++;
        }
        zip.bytes("Connections.csv", csv.bytes(false));
        return contacts;
    }

    private Contact contact(DemoRandom people, String first, String last, String company, String position) {
        String url = "https://www.linkedin.com/in/" + ascii(first + "-" + last) + "-" + people.base62(6).toLowerCase(Locale.ROOT);
        return new Contact(first, last, url, company, position);
    }

    private void writeEducation() throws IOException {
        DemoCsv csv = DemoCsv.lf().header("School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities");
        for (LinkedInContent.School s : LinkedInContent.SCHOOLS) {
            csv.row(s.name(), s.from(), s.to(), s.notes(), s.degree(), null);
        }
        zip.bytes("Education.csv", csv.bytes(true));
    }

    private void writeInferences() throws IOException {
        DemoCsv csv = DemoCsv.lf().header("Category", "Type of inference", "Description", "Inference");
        for (LinkedInContent.Inference i : LinkedInContent.INFERENCES) {
            csv.row(i.category(), i.type(), i.description(), i.answer());
        }
        zip.bytes("Inferences_about_you.csv", csv.bytes(false));
    }

    private DemoCsv writeInvitations(List<Contact> people) throws IOException {
        DemoRandom dice = DemoRandom.forPart("linkedin/invitations");
        record Invitation(Instant at, Contact from, Contact to, String message) {
        }
        List<Invitation> invitations = new ArrayList<>();
        List<Contact> strangers = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        people.forEach(p -> taken.add(p.name()));
        while (strangers.size() < RECEIVED_INVITATIONS + SENT_INVITATIONS) {
            String first = dice.pick(FacebookContent.FIRST_NAMES);
            String last = dice.pick(FacebookContent.LAST_NAMES);
            if (taken.add(first + " " + last) && !(first + " " + last).equals(Persona.FULL_NAME)) {
                strangers.add(contact(dice, first, last, dice.pick(LinkedInContent.COMPANIES),
                        dice.pick(LinkedInContent.JOB_TITLES)));
            }
        }
        LocalDate since = LocalDate.of(2023, 9, 1);
        for (int i = 0; i < strangers.size(); i++) {
            Contact other = strangers.get(i);
            Instant at = dice.wakingMomentBetween(since, Persona.LAST_ACTIVE_DAY);
            boolean incoming = i < RECEIVED_INVITATIONS;
            String message = dice.chance(0.3) ? "Hallo Jana, ich würde mich gern mit dir vernetzen." : null;
            invitations.add(incoming ? new Invitation(at, other, jana, message) : new Invitation(at, jana, other, null));
        }
        invitations.sort(Comparator.comparing(Invitation::at).reversed());
        DemoCsv csv = DemoCsv.lf().header("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
                "inviteeProfileUrl");
        for (Invitation inv : invitations) {
            boolean outgoing = inv.from() == jana;
            csv.row(inv.from().name(), inv.to().name(), US_TIME.format(inv.at()), inv.message(),
                    outgoing ? "OUTGOING" : "INCOMING", inv.from().url(), inv.to().url());
            invitationsSent += outgoing ? 1 : 0;
        }
        zip.bytes("Invitations.csv", csv.bytes(true));
        return csv;
    }

    private void writeMessages(List<Contact> people) throws IOException {
        DemoRandom dice = DemoRandom.forPart("linkedin/messages");
        List<Message> all = new ArrayList<>();
        List<Contact> colleagues = dice.sample(people.stream().filter(p -> LinkedInContent.EMPLOYER.equals(p.company())
                || "Universitätsklinikum Leipzig".equals(p.company())).toList(), COLLEAGUE_CONVERSATIONS);
        for (Contact colleague : colleagues) {
            String id = conversationId(dice);
            Instant at = dice.wakingMomentBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 3, 1));
            int length = dice.between(2, 10);
            DemoRandom.Deck<String> lines = dice.deck(LinkedInContent.COLLEAGUE_LINES);
            for (int i = 0; i < length; i++) {
                boolean hers = i % 2 == 1;
                String text = lines.draw().replace("{name}", hers ? colleague.first() : Persona.FIRST_NAME);
                all.add(new Message(id, null, hers ? jana : colleague, hers ? colleague : jana, at, null, text));
                at = at.plusSeconds(dice.between(120, 36 * 3600));
            }
            conversations++;
        }
        List<String> recruiters = List.of("Pflegejobs Sachsen", "Klinikjobs24");
        for (int i = 0; i < RECRUITER_CONVERSATIONS; i++) {
            String first = dice.pick(FacebookContent.FIRST_NAMES);
            String last = dice.pick(FacebookContent.LAST_NAMES);
            Contact recruiter = contact(dice, first, last, recruiters.get(i % 2), "Recruiterin Pflege");
            // Recruiters write at any time; after July 2023 she answers that she is going on leave.
            Instant at = dice.wakingMomentBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 3, 1));
            String id = conversationId(dice);
            String subject = i % 2 == 0 ? "Intensivpflege in Leipzig" : "Neue Herausforderung?";
            all.add(new Message(id, null, recruiter, jana, at, subject,
                    dice.pick(LinkedInContent.RECRUITER_LINES).replace("{name}", "Frau Köhler")));
            String reply = Persona.expecting(at) ? dice.pick(LinkedInContent.EXPECTING_REPLIES_TO_RECRUITERS)
                    : dice.pick(LinkedInContent.HER_REPLIES_TO_RECRUITERS);
            all.add(new Message(id, null, jana, recruiter, at.plusSeconds(dice.between(3600, 4 * 86400)), subject, reply));
            conversations++;
        }
        Contact manager = new Contact("Kerstin", "Vogt", "https://www.linkedin.com/in/kerstin-vogt-stationsleitung",
                LinkedInContent.EMPLOYER, "Stationsleitung Intensivstation");
        String leave = conversationId(dice);
        Instant at = Persona.at(LocalDate.of(2023, 11, 14), 16, 5);
        for (int i = 0; i < LinkedInContent.LEAVE_CONVERSATION.size(); i++) {
            boolean hers = i % 2 == 1;
            all.add(new Message(leave, null, hers ? jana : manager, hers ? manager : jana, at, null,
                    LinkedInContent.LEAVE_CONVERSATION.get(i)));
            at = at.plusSeconds(dice.between(600, 5 * 3600));
        }
        conversations++;
        Contact sponsor = new Contact("Klinikjobs24", "", null, "Klinikjobs24", null);
        all.add(new Message(conversationId(dice), "Sponsored Conversation", sponsor, jana,
                Persona.at(LocalDate.of(2023, 9, 19), 10, 0), "Teilzeit in der Intensivpflege",
                "<p class=\"spinmail-quill-editor__spin-break\">Hallo %FIRSTNAME%, entdecken Sie unsere Teilzeitstellen "
                        + "mit familienfreundlichen Dienstplänen.</p>"));
        conversations++;
        all.sort(Comparator.comparing(Message::at).reversed());
        DemoCsv csv = DemoCsv.lf().header("CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER");
        for (Message m : all) {
            String from = m.from().last().isEmpty() ? m.from().first() : m.from().name();
            csv.row(m.conversation(), m.title(), from, m.from().url(), m.to().name(), m.to().url(),
                    MESSAGE_TIME.format(m.at()), m.subject(), m.content(), "INBOX");
            messages++;
        }
        zip.bytes("messages.csv", csv.bytes(true));
    }

    private static String conversationId(DemoRandom dice) {
        return "2-" + dice.base62(30) + "==";
    }

    private void writePositions() throws IOException {
        DemoCsv csv = DemoCsv.lf().header("Company Name", "Title", "Description", "Location", "Started On", "Finished On");
        for (LinkedInContent.Position p : LinkedInContent.POSITIONS) {
            csv.row(p.company(), p.title(), p.description(), p.location(), MONTH_YEAR.format(p.from()),
                    p.to() == null ? null : MONTH_YEAR.format(p.to()));
        }
        zip.bytes("Positions.csv", csv.bytes(true));
    }

    private void writeProfile() throws IOException {
        List<String> values = new ArrayList<>(List.of(Persona.FIRST_NAME, Persona.LAST_NAME, "", "",
                DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).format(Persona.BIRTHDAY),
                "Gesundheits- und Krankenpflegerin | Intensivpflege | Praxisanleiterin am " + LinkedInContent.EMPLOYER,
                "Seit 2012 auf der Intensivstation in Leipzig, seit 2019 Praxisanleiterin.\n"
                        + "Mir liegt am Herzen, dass Auszubildende gut ankommen und Angehörige gut informiert sind.",
                "Hospitals and Health Care", Persona.POSTCODE, "Leipzig, Saxony, Germany", "", "", ""));
        profileFields = (int) values.stream().filter(v -> !v.isEmpty()).count();
        zip.bytes("Profile.csv", DemoCsv.lf().header("First Name", "Last Name", "Maiden Name", "Address", "Birth Date",
                "Headline", "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
                "Instant Messengers").row(values.toArray()).bytes(true));
    }

    private DemoCsv writeSearches() throws IOException {
        DemoRandom dice = DemoRandom.forPart("linkedin/searches");
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            times.add(dice.wakingMomentBetween(LocalDate.of(2019, 1, 1), Persona.LAST_ACTIVE_DAY));
        }
        times.sort(Comparator.reverseOrder());
        DemoRandom.Deck<String> everyday = dice.deck(LinkedInContent.EVERYDAY_SEARCHES);
        DemoRandom.Deck<String> expecting = dice.deck(LinkedInContent.EXPECTING_SEARCHES);
        DemoCsv csv = DemoCsv.lf().header("Time", "Search Query");
        for (Instant t : times) {
            String query = Persona.expecting(t) && dice.chance(0.6) ? expecting.draw() : everyday.draw();
            csv.row(SEARCH_TIME.format(t), query);
        }
        zip.bytes("SearchQueries.csv", csv.bytes(true));
        return csv;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return Persona.at(day, hour, minute);
    }

    /** "Köhler" becomes "kohler", as LinkedIn makes profile addresses. */
    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9-.]", "").toLowerCase(Locale.ROOT);
    }

    private static DateTimeFormatter utc(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withZone(ZoneOffset.UTC);
    }
}
