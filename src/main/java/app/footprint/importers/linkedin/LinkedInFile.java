package app.footprint.importers.linkedin;

import app.footprint.importers.FileParser;
import app.footprint.importers.common.CsvItems;
import app.footprint.importers.common.CsvRow;
import app.footprint.model.Category;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSV files of LinkedIn's data export, known by file name in whatever folder they sit. Names are
 * compared without case, spaces, underscores or a member-id suffix, because LinkedIn has written both
 * {@code Company Follows.csv} and {@code Company_Follows.csv}, and since 2026 the Complete archive
 * names some files {@code Comments_<number>.csv}. Each kind says whether its name alone points to
 * LinkedIn, whether only the Complete archive holds it, and which parser reads it.
 */
enum LinkedInFile {
    INFERENCES("inferencesaboutyou", true, Archive.COMPLETE, InferencesParser::new),
    AD_TARGETING("adtargeting", true, Archive.COMPLETE, AdTargetingParser::new),
    ADS_CLICKED("adsclicked", true, Archive.COMPLETE, () -> table(Category.AD_INTERACTIONS)
            .title("Ad Title/Id").untitled("Clicked an ad").time("Ad clicked Date", "Date")),
    LAN_ADS("lanadsengagement", true, Archive.COMPLETE, () -> table(Category.AD_INTERACTIONS)
            .title("Ad Title/Id").untitled("Engaged with an ad").time("Date")),
    PROFILE("profile", false, Archive.BASIC, ProfileParser::new),
    PROFILE_SUMMARY("profilesummary", true, Archive.BASIC, ProfileParser::new),
    POSITIONS("positions", true, Archive.BASIC, () -> table(Category.PROFILE)
            .titled(row -> join(row.get("Title"), " at ", row.get("Company Name"))).drop("Title", "Company Name")
            .time("Started On").with("section", "position")),
    EDUCATION("education", false, Archive.BASIC, () -> table(Category.PROFILE)
            .title("School Name").time("Start Date").with("section", "education")),
    SKILLS("skills", false, Archive.BASIC, () -> table(Category.PROFILE)
            .titled(row -> prefixed("Skill", row.get("Name"))).drop("Name").with("section", "skill")),
    LANGUAGES("languages", false, Archive.BASIC, () -> table(Category.PROFILE)
            .titled(row -> prefixed("Language", row.get("Name"))).drop("Name").with("section", "language")),
    CERTIFICATIONS("certifications", false, Archive.BASIC, () -> table(Category.PROFILE)
            .titled(row -> prefixed("Certification", row.get("Name"))).drop("Name").time("Started On")
            .with("section", "certification")),
    REGISTRATION("registration", true, Archive.BASIC, () -> table(Category.PROFILE)
            .titled(row -> "Joined LinkedIn").time("Registered At").with("section", "registration")),
    EMAIL_ADDRESSES("emailaddresses", true, Archive.BASIC, () -> table(Category.PROFILE)
            .titled(row -> prefixed("E-mail address", row.get("Email Address"))).drop("Email Address")
            .time("Updated On").with("section", "e-mail address")),
    PHONE_NUMBERS("phonenumbers", true, Archive.BASIC, () -> table(Category.PROFILE)
            .titled(row -> prefixed("Phone number", row.get("Number"))).drop("Number")
            .with("section", "phone number")),
    CONNECTIONS("connections", true, Archive.BASIC, () -> table(Category.FRIENDS)
            .headerStartingWith("First Name,").titleJoining("First Name", "Last Name")
            // Members who hide or closed their profile leave a row holding only the date.
            .untitled("A member who hides their profile").time("Connected On")),
    INVITATIONS("invitations", true, Archive.BASIC, () -> table(Category.FRIENDS)
            .titled(LinkedInFile::invitation).time("Sent At").detail("Message")),
    MESSAGES("messages", false, Archive.BASIC, LinkedInFile::messages),
    /** AI coach and guide conversations; often only a header, or the sentence "No conversations found". */
    COACH_MESSAGES("(learningcoach|learningroleplay|coach|guide)messages", true, Archive.COMPLETE, LinkedInFile::messages),
    SEARCH_QUERIES("searchqueries", true, Archive.COMPLETE, () -> table(Category.SEARCHES)
            .title("Search Query").time("Time")),
    LOGINS("logins", false, Archive.COMPLETE, () -> table(Category.LOGINS)
            .titled(row -> "Logged in").time("Login Date")),
    SECURITY_CHALLENGES("securitychallenges", true, Archive.COMPLETE, () -> table(Category.LOGINS)
            .titled(row -> prefixed("Security check", row.get("Challenge Type"))).time("Challenge Date")),
    COMMENTS("comments", false, Archive.COMPLETE, () -> table(Category.COMMENTS)
            .titled(row -> "Comment").time("Date").detail("Message")),
    SHARES("shares", false, Archive.COMPLETE, () -> table(Category.POSTS)
            .titled(row -> "Post").time("Date").detail("ShareCommentary")),
    RICH_MEDIA("richmedia", true, Archive.COMPLETE, () -> table(Category.POSTS)
            .title("Media Description").untitled("Photo or video").time("Date/Time")),
    REACTIONS("reactions", false, Archive.COMPLETE, () -> table(Category.LIKES)
            .titled(row -> prefixed("Reaction", row.get("Type"))).time("Date")),
    VOTES("votes", false, Archive.COMPLETE, () -> table(Category.LIKES)
            .titled(row -> prefixed("Poll vote", row.get("OptionText"))).drop("OptionText").time("Date")),
    ENDORSEMENTS_RECEIVED("endorsementreceivedinfo", true, Archive.BASIC, () -> table(Category.LIKES)
            .titled(row -> join(prefixed("Endorsed for", row.get("Skill Name")), " by ",
                    join(row.get("Endorser First Name"), " ", row.get("Endorser Last Name"))))
            .time("Endorsement Date")),
    ENDORSEMENTS_GIVEN("endorsementgiveninfo", true, Archive.BASIC, () -> table(Category.LIKES)
            .titled(row -> join(prefixed("Endorsed", join(row.get("Endorsee First Name"), " ",
                    row.get("Endorsee Last Name"))), " for ", row.get("Skill Name")))
            .time("Endorsement Date")),
    MEMBER_FOLLOWS("memberfollows", true, Archive.COMPLETE, () -> table(Category.FOLLOWS)
            .title("FullName").time("Date")),
    COMPANY_FOLLOWS("companyfollows", true, Archive.BASIC, () -> table(Category.FOLLOWS)
            .title("Organization").time("Followed On")),
    CONTACTS("(imported)?contacts", false, Archive.COMPLETE, () -> table(Category.CONTACTS)
            .titleJoining("FirstName", "LastName").untitled("Contact without a name").time("CreatedAt")),
    JOB_APPLICATIONS("jobapplications", true, Archive.COMPLETE, () -> table(Category.ACTIVITY)
            .titled(row -> join(prefixed("Applied for", row.get("Job Title")), " at ", row.get("Company Name")))
            .time("Application Date")),
    SAVED_JOBS("savedjobs", true, Archive.COMPLETE, () -> table(Category.LIBRARY)
            .titled(row -> join(row.get("Job Title"), " at ", row.get("Company Name"))).time("Saved Date")),
    LEARNING("learning", false, Archive.COMPLETE, () -> table(Category.WATCHING)
            .title("Content Title").time("Content Last Watched Date (if viewed)", "Content Completed At (if completed)"));

    /** LinkedIn's two archives: the Basic one within minutes, the Complete one a day later. */
    enum Archive {
        BASIC, COMPLETE
    }

    private static final Pattern MEMBER_SUFFIX = Pattern.compile("_\\d+$");

    private final Pattern name;
    /** True when the name alone is good evidence of LinkedIn; "Profile.csv" could be anyone's. */
    final boolean distinctive;
    /** Which archive first holds this file: files of the Complete archive only mark it as such. */
    final Archive archive;
    private final Supplier<FileParser> parser;

    LinkedInFile(String name, boolean distinctive, Archive archive, Supplier<FileParser> parser) {
        this.name = Pattern.compile(name);
        this.distinctive = distinctive;
        this.archive = archive;
        this.parser = parser;
    }

    /** The kind of LinkedIn file at this path, judged by its name. */
    static Optional<LinkedInFile> of(String path) {
        String key = key(path);
        if (key == null) {
            return Optional.empty();
        }
        for (LinkedInFile f : values()) {
            if (f.name.matcher(key).matches()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** "Jobs/Job Applications_1234.csv" becomes "jobapplications"; null for files that are not CSV. */
    static String key(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return null;
        }
        String stem = fileName.substring(0, fileName.length() - 4);
        Matcher suffix = MEMBER_SUFFIX.matcher(stem);
        if (suffix.find()) {
            stem = stem.substring(0, suffix.start());
        }
        return stem.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    /** Whether the file name carries a member-id (or part) number, as 2026 Complete archives do. */
    static boolean numbered(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
                && MEMBER_SUFFIX.matcher(fileName.substring(0, fileName.length() - 4)).find();
    }

    FileParser parser() {
        return parser.get();
    }

    private static CsvItems table(Category category) {
        return CsvItems.of(category).times(LinkedInDates::parse);
    }

    /**
     * {@code messages.csv}: one row per message, the conversation's title (or its sender and recipients)
     * as the title, the text as the detail. Since 2026 every field is quoted and texts hold line breaks,
     * which the CSV reader takes in its stride.
     */
    private static FileParser messages() {
        return table(Category.MESSAGES)
                .titled(row -> row.get("CONVERSATION TITLE") != null ? row.get("CONVERSATION TITLE")
                        : join(row.get("FROM"), " to ", row.get("TO")))
                .untitled("Message").time("DATE").detail("CONTENT");
    }

    private static String invitation(CsvRow row) {
        String direction = row.get("Direction");
        if ("OUTGOING".equalsIgnoreCase(direction)) {
            return prefixed("Invitation sent to", row.get("To"));
        }
        if ("INCOMING".equalsIgnoreCase(direction)) {
            return prefixed("Invitation from", row.get("From"));
        }
        return join(row.get("From"), " invited ", row.get("To"));
    }

    /** "Skill: Intensive care", or null when there is no value. */
    private static String prefixed(String label, String value) {
        return value == null ? null : label + ": " + value;
    }

    /** "a at b", or just the one of them that is there; null when neither is. */
    private static String join(String a, String between, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + between + b;
    }
}
