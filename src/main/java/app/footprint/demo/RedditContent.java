package app.footprint.demo;

import java.util.List;

/**
 * Jana on Reddit, as lists of words: the communities she reads (running, nursing, Leipzig, and from July
 * 2023 pregnancy and parenting), what she writes there, and her settings. All invented.
 */
final class RedditContent {
    private RedditContent() {
    }

    static final String USERNAME = "laufjana_lpz";

    /** A community and what she writes there. */
    record Community(String name, boolean aboutPregnancy, List<String> comments, List<String> postTitles) {
    }

    static final List<Community> EVERYDAY = List.of(
            new Community("running", false, List.of(
                    "Slow runs are the secret. I ran my first sub-2 half after a winter of easy miles.",
                    "Night shifts wreck my training too. I just run whenever I wake up.",
                    "Cadence drills helped my knees more than new shoes did.",
                    "Congrats! The last 3k are always the hardest."),
                    List.of("Finally broke 2 hours in the half marathon!", "How do you train around rotating shifts?")),
            new Community("AdvancedRunning", false, List.of(
                    "Threshold intervals twice a week worked for me, but only with a real recovery week.",
                    "I'd drop the long run to 90 minutes during a heavy shift block."),
                    List.of("Half marathon plan with 12-hour shifts: feedback welcome")),
            new Community("trailrunning", false, List.of(
                    "The Malerweg in Sächsische Schweiz is amazing for trail runs, bring poles for the stairs.",
                    "Harz has great trails and the trains get you there from Leipzig."),
                    List.of("Trail recommendations around Leipzig?")),
            new Community("nursing", false, List.of(
                    "ICU nurse in Germany here: ratios are better on paper than on the ward.",
                    "Precepting students is the best part of my job, honestly.",
                    "Compression socks. Every shift. No exceptions.",
                    "Document everything, especially when you are tired."),
                    List.of("Tips for precepting new grads in the ICU?")),
            new Community("Pflege", false, List.of(
                    "Bei uns gibt es die Intensivzulage erst nach der Fachweiterbildung.",
                    "Praxisanleitung macht mir richtig Spaß, auch wenn die Zeit dafür fehlt.",
                    "Dienstplan für Dezember ist raus und ich habe Heiligabend frei!"),
                    List.of("Erfahrungen mit der Fachweiterbildung Intensiv in Sachsen?")),
            new Community("Leipzig", false, List.of(
                    "Der Cossi ist morgens um sieben einfach am schönsten.",
                    "Laufgruppe im Clara-Park, sonntags um neun, alle Tempi willkommen!",
                    "Café Kaffeesatz in Plagwitz hat den besten Kuchen.",
                    "Die Tram 14 ist wieder mal ausgefallen..."),
                    List.of("Laufgruppe im Clara-Zetkin-Park sucht Verstärkung")),
            new Community("Sourdough", false, List.of(
                    "My starter is called Günther and he is three years old.",
                    "Try a longer cold retard, 16 hours did wonders for me."),
                    List.of("First open crumb after two years of trying!")),
            new Community("indieheads", false, List.of(
                    "Saw them at the Moritzbastei last year, goosebumps.",
                    "This album got me through a month of night shifts."),
                    List.of()),
            new Community("travel", false, List.of(
                    "Lisbon in May was perfect. Take tram 28 early in the morning.",
                    "Copenhagen by bike is the best way to see the city."),
                    List.of("Three days in Lisbon: what not to miss?")));

    static final List<Community> EXPECTING = List.of(
            new Community("BabyBumps", true, List.of(
                    "Same here, 9 weeks and so tired I fall asleep on the tram.",
                    "Nurse here: drink more water than you think you need.",
                    "Our midwife said the same, try small meals every two hours.",
                    "The anatomy scan was the best day so far!",
                    "Third trimester hip pain is no joke. A pregnancy pillow helped."),
                    List.of("Working night shifts while pregnant: what changed for you?", "Nesting has begun!")),
            new Community("pregnant", true, List.of(
                    "I told my team at 13 weeks and everyone was lovely.",
                    "Prenatal yoga is the only exercise I still enjoy.",
                    "You are not alone, the first trimester nausea was awful for me too."),
                    List.of("When did you stop running?")),
            new Community("beyondthebump", true, List.of(
                    "Saving this thread for April!",
                    "Thank you, this is the most useful list of newborn essentials I have seen."),
                    List.of()),
            new Community("NewParents", true, List.of(
                    "What did you actually use in the first six weeks?",
                    "We got a second-hand stroller and it is perfect."),
                    List.of("Second-hand stroller or new? Pros and cons")),
            new Community("Mommit", true, List.of(
                    "Going back to shift work after parental leave scares me a bit."),
                    List.of()),
            new Community("ScienceBasedParenting", true, List.of(
                    "Is there good evidence on exercise in the third trimester? Asking as a former runner."),
                    List.of()),
            new Community("Eltern", true, List.of(
                    "Elterngeld-Antrag ist echt ein Abenteuer. Tipp: früh anfangen.",
                    "Kita-Anmeldung in Leipzig am besten schon in der Schwangerschaft.",
                    "Wir haben das Beistellbett gebraucht gekauft, läuft super."),
                    List.of("Kita-Platz in Leipzig: ab wann anmelden?")));

    /** Communities she only reads and votes in, besides those she writes in. */
    static final List<String> READ_ONLY = List.of("de", "germany", "podcasts", "houseplants", "yoga", "bicycling");

    /** Private messages: from, to, subject, text; "{me}" is her user name. */
    record PrivateMessage(String other, boolean fromHer, String subject, String body) {
    }

    static final List<PrivateMessage> PRIVATE_MESSAGES = List.of(
            new PrivateMessage("leipzig_laeuft", false, "Laufgruppe", "Hi! Kommst du Sonntag wieder mit in den Clara-Park?"),
            new PrivateMessage("leipzig_laeuft", true, "re: Laufgruppe", "Ja, bin dabei! Neun Uhr am Musikpavillon?"),
            new PrivateMessage("sauerteig_sven", false, "Günther", "Could I get some of your starter? I live in Plagwitz too."),
            new PrivateMessage("sauerteig_sven", true, "re: Günther", "Sure! I can drop some off at Café Kaffeesatz on Friday."),
            new PrivateMessage("icu_nurse_dresden", false, "Fachweiterbildung", "Hey, you asked about the ICU course in Saxony. Happy to share my notes."),
            new PrivateMessage("icu_nurse_dresden", true, "re: Fachweiterbildung", "That would be amazing, thank you so much!"),
            new PrivateMessage("bumpbuddy_april24", false, "April 2024 group", "Hi! We are starting a small group chat for April 2024 babies in Germany, want to join?"),
            new PrivateMessage("bumpbuddy_april24", true, "re: April 2024 group", "Yes please! Due April 6th, Leipzig."));

    /** Her running group's chat in r/Leipzig: who wrote and what. */
    static final List<String[]> CHAT = List.of(
            new String[] {"leipzig_laeuft", "Sonntag 9 Uhr Clara-Park, wer ist dabei?"},
            new String[] {USERNAME, "Ich! 10 km locker?"},
            new String[] {"paula_rennt", "Bin auch da 🙂"},
            new String[] {"leipzig_laeuft", "Perfekt, dann bis Sonntag."},
            new String[] {USERNAME, "Bin heute raus, Nachtdienst war lang."},
            new String[] {"paula_rennt", "Gute Erholung!"},
            new String[] {"leipzig_laeuft", "Neue Runde: Cossi-Umrundung am Samstag?"},
            new String[] {USERNAME, "Ich laufe gerade nur noch langsam, aber ich komme gern zum Kaffee danach 😊"},
            new String[] {"paula_rennt", "Kaffee zählt auch als Training."},
            new String[] {"leipzig_laeuft", "Glückwunsch nochmal, Jana! ❤️"},
            new String[] {USERNAME, "Danke euch! Im Sommer schiebe ich dann den Kinderwagen mit."},
            new String[] {"paula_rennt", "Die Kinderwagen-Laufgruppe gründen wir dann zusammen!"});

    /** Her settings: name, value, and whether it is about ads and personalisation. */
    record Setting(String name, String value, boolean aboutAds) {
    }

    static final List<Setting> SETTINGS = List.of(
            new Setting("lang", "de", false),
            new Setting("country_code", "DE", false),
            new Setting("over_18", "False", false),
            new Setting("search_include_over_18", "False", false),
            new Setting("nightmode", "True", false),
            new Setting("email_digests", "False", false),
            new Setting("enable_followers", "True", false),
            new Setting("show_presence", "False", false),
            new Setting("show_location_based_recommendations", "True", false),
            new Setting("hide_from_robots", "True", false),
            new Setting("third_party_data_personalized_ads", "False", true),
            new Setting("third_party_site_data_personalized_ads", "False", true),
            new Setting("third_party_site_data_personalized_content", "True", true),
            new Setting("activity_relevant_ads", "True", true));

    /**
     * The sensitive ad topics and whether she still sees ads about them: since she is expecting she turned
     * off alcohol ads, and pregnancy and parenting ads stay on.
     */
    static final List<String[]> SENSITIVE_ADS = List.of(
            new String[] {"show_alcohol", "False"},
            new String[] {"show_dating", "False"},
            new String[] {"show_gambling", "False"},
            new String[] {"show_pregnancy_and_parenting", "True"},
            new String[] {"show_weight_loss", "True"});
}
