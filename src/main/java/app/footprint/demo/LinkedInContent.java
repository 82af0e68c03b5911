package app.footprint.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What LinkedIn holds about Jana, as lists of words: her working life as a nurse in Leipzig (the same
 * schools and employer as on her Facebook profile), the people and companies around her, what she looks
 * for, and what LinkedIn concludes. Her interface is German. All invented.
 */
final class LinkedInContent {
    private LinkedInContent() {
    }

    static final String EMPLOYER = "Klinikum St. Georg Leipzig";
    static final String PROFILE_URL = "https://www.linkedin.com/in/jana-koehler-pflege";

    /** A job: title, employer, where, description, from and until (null while she holds it). */
    record Position(String title, String company, String location, String description, LocalDate from,
                    LocalDate to) {
    }

    static final List<Position> POSITIONS = List.of(
            new Position("Praxisanleiterin", EMPLOYER, "Leipzig, Sachsen, Deutschland",
                    "Anleitung von Auszubildenden auf der Intensivstation", LocalDate.of(2019, 4, 1), null),
            new Position("Gesundheits- und Krankenpflegerin, Intensivstation", EMPLOYER,
                    "Leipzig, Sachsen, Deutschland", "Pflege von beatmeten Patientinnen und Patienten, Schichtdienst",
                    LocalDate.of(2012, 10, 1), null),
            new Position("Auszubildende Gesundheits- und Krankenpflege", "Klinikum Chemnitz",
                    "Chemnitz, Sachsen, Deutschland", null, LocalDate.of(2009, 9, 1), LocalDate.of(2012, 8, 31)));

    /** A school: name, years, degree, subject, as her Facebook profile has them. */
    record School(String name, int from, int to, String degree, String notes) {
    }

    static final List<School> SCHOOLS = List.of(
            new School("Medizinische Berufsfachschule am Klinikum Chemnitz", 2009, 2012,
                    "Staatliches Examen", "Gesundheits- und Krankenpflege"),
            new School("Gymnasium am Küchwald", 2001, 2009, "Abitur", null));

    static final List<String> SKILLS = List.of(
            "Intensivpflege", "Patientenversorgung", "Beatmungspflege", "Wundmanagement", "Notfallversorgung",
            "Pflegedokumentation", "Praxisanleitung", "Hygienemanagement", "Schmerzmanagement",
            "Angehörigenberatung", "Medikamentenmanagement", "Teamarbeit", "Schichtplanung", "Kinästhetik",
            "Palliativpflege", "Reanimation", "Monitoring", "Deeskalation");

    static final List<String> COMPANIES = List.of(
            EMPLOYER, EMPLOYER, EMPLOYER, "Universitätsklinikum Leipzig", "Helios Park-Klinikum Leipzig",
            "Klinikum Chemnitz", "Diakonie Leipzig", "Herzzentrum Leipzig", "AOK PLUS", "Pflegedienst Lindenau",
            "Städtisches Klinikum Dresden", "Sana Kliniken Leipziger Land", "Hochschule für Gesundheit Leipzig",
            "DRK Kreisverband Leipzig-Stadt", "Pflegejobs Sachsen", "Klinikjobs24");

    static final List<String> JOB_TITLES = List.of(
            "Gesundheits- und Krankenpfleger", "Gesundheits- und Krankenpflegerin", "Intensivpflegerin",
            "Fachkrankenpfleger Intensivpflege", "Stationsleitung", "Praxisanleiter", "Assistenzärztin",
            "Oberarzt Anästhesie", "Hebamme", "Pflegedienstleitung", "Physiotherapeutin", "Medizinische Fachangestellte",
            "Pflegepädagogin", "Recruiterin Pflege", "Notfallsanitäter", "Stationssekretärin");

    /** What she typed into LinkedIn's search before July 2023. */
    static final List<String> EVERYDAY_SEARCHES = List.of(
            "Intensivpflege Leipzig", "Fachweiterbildung Intensivpflege", "Praxisanleiter Weiterbildung",
            "Universitätsklinikum Leipzig", "Pflegekammer Sachsen", "Herzzentrum Leipzig Jobs",
            "Pflegepädagogik Studium", "Stationsleitung Stellen", "Klinikum Chemnitz", "Beatmung Fortbildung",
            "Pflege Gehalt TVöD", "Hochschule für Gesundheit Leipzig", "Anästhesiepflege", "Diakonie Leipzig",
            "Pflegemanagement berufsbegleitend", "ECMO Schulung", "Deeskalationstraining Pflege");

    /** ... and once she knew she was expecting. */
    static final List<String> EXPECTING_SEARCHES = List.of(
            "Elternzeit Pflege", "Teilzeit Intensivpflege Leipzig", "Mutterschutz Schichtdienst",
            "Wiedereinstieg nach Elternzeit Pflege", "Stillberaterin Weiterbildung", "Kita Leipzig Arbeitgeber",
            "Teilzeit Praxisanleiterin", "Elterngeld Pflegekräfte");

    /** Sponsored ads she clicked: when and which. */
    record AdClick(LocalDate day, String ad) {
    }

    static final List<AdClick> ADS_CLICKED = List.of(
            new AdClick(LocalDate.of(2021, 2, 9), "Klinikjobs24: Intensivpflege mit Zulage"),
            new AdClick(LocalDate.of(2021, 11, 23), "Hochschule für Gesundheit Leipzig: Pflegepädagogik berufsbegleitend"),
            new AdClick(LocalDate.of(2022, 5, 4), "Pflegejobs Sachsen: Stationsleitung gesucht"),
            new AdClick(LocalDate.of(2022, 9, 30), "RunTrack: Lauftraining für Schichtarbeitende"),
            new AdClick(LocalDate.of(2023, 3, 15), "Gesundkasse: Betriebliche Gesundheitsförderung"),
            new AdClick(LocalDate.of(2023, 8, 28), "Klinikjobs24: Teilzeit in der Intensivpflege"),
            new AdClick(LocalDate.of(2023, 10, 11), "Elbe Direktbank: Elterngeld clever planen"),
            new AdClick(LocalDate.of(2023, 12, 5), "Pflegejobs Sachsen: Wiedereinstieg nach der Elternzeit"),
            new AdClick(LocalDate.of(2024, 2, 14), "Wiegenwelt Babymarkt: Erstausstattung für Berufstätige"));

    /** Inferences_about_you.csv: category, type, LinkedIn's explanation, answer. */
    record Inference(String category, String type, String description, String answer) {
    }

    static final List<Inference> INFERENCES = List.of(
            new Inference("Career inferences", "People leader",
                    "People leader at your company. Based on your experience on your profile and other factors.", "No"),
            new Inference("Career inferences", "Seniority",
                    "Your seniority level. Based on your positions, years of experience and other factors.", "Senior"),
            new Inference("Job search inferences", "Interested in a new job",
                    "Based on whether you searched for a job or clicked on a posting in the past 30 days.", "false"),
            new Inference("Job search inferences", "Open to part-time roles",
                    "Based on your job searches and the job alerts you set in the past 90 days.", "true"),
            new Inference("Inferred personal characteristics", "Inferred gender",
                    "Based on your first name, the pronouns on your profile and other factors.", "FEMALE"),
            new Inference("LinkedIn activity inferences", "Active contributor who influences public opinion",
                    "Active contributor on LinkedIn, such as in feed and in groups. Based on factors such as your "
                            + "experience, industry, and activity in groups.", "false"));

    /** The header of Ad_Targeting.csv as LinkedIn wrote it in 2022-24: three "Company Names", three "Job Titles". */
    static final List<String> TARGETING_COLUMNS = List.of(
            "Member Age", "Company Names", "Company Names", "Company Follower of", "Company Names",
            "Company Category", "Company Size", "Degrees", "degreeClass", "Member Schools", "Company Growth Rate",
            "Fields of Study", "Company Connections", "Function By Size", "Job Functions", "Member Gender",
            "Graduation Year", "Member Groups", "Company Industries", "Member Interests", "Interface Locales",
            "interfaceLocale", "Member Traits", "Profile Locations", "Company Revenue", "Job Seniorities",
            "Member Skills", "Job Titles", "Job Titles", "Job Titles", "Years of Experience");

    /** Her row of Ad_Targeting.csv, column by column; an empty list leaves the cell empty. */
    static final List<List<String>> TARGETING_VALUES = List.of(
            List.of("25 to 34"),
            List.of(EMPLOYER),
            List.of(),
            List.of("Universitätsklinikum Leipzig", "Herzzentrum Leipzig", "Klinikjobs24", "Pflegejobs Sachsen",
                    "Deutscher Berufsverband für Pflegeberufe", "AOK PLUS", "Hochschule für Gesundheit Leipzig",
                    "Wiegenwelt Babymarkt"),
            List.of(),
            List.of("Hospital & Health Care"),
            List.of("1001-5000"),
            List.of("Vocational Degree"),
            List.of("Vocational"),
            List.of("Medizinische Berufsfachschule am Klinikum Chemnitz"),
            List.of(),
            List.of("Nursing", "Health Care"),
            List.of(EMPLOYER, "Universitätsklinikum Leipzig", "Klinikum Chemnitz"),
            List.of("Healthcare Services (1001-5000)"),
            List.of("Healthcare Services"),
            List.of("Female"),
            List.of("2012"),
            List.of("Pflege in Sachsen", "Intensivpflege Deutschland", "Praxisanleitung in der Pflege",
                    "Laufen in Leipzig"),
            List.of("Hospitals and Health Care"),
            List.of("Healthcare", "Nursing", "Medical Education", "Running", "Fitness", "Public Health",
                    "Work-Life Balance", "Parenting", "Family", "Maternity and Paternity Leave",
                    "Part-Time Employment", "Childcare"),
            List.of("German"),
            List.of("de_DE"),
            List.of("Mobile Users", "Android Users", "Desktop/Laptop Users", "Frequent Travelers"),
            List.of("EMEA", "Europe", "European Union", "European Economic Area", "Germany", "Saxony", "Leipzig",
                    "Leipzig Area, Germany"),
            List.of(),
            List.of("Senior"),
            List.of("Intensivpflege", "Patientenversorgung", "Beatmungspflege", "Wundmanagement",
                    "Notfallversorgung", "Praxisanleitung", "Reanimation"),
            List.of("Registered Nurse"),
            List.of("Intensive Care Nurse"),
            List.of("Nurse Educator"),
            List.of("11"));

    /** Opening lines of messages, by who writes; "{name}" is the other person's first name. */
    static final List<String> COLLEAGUE_LINES = List.of(
            "Hallo {name}, hast du nächste Woche Zeit für einen Kaffee nach dem Frühdienst?",
            "Danke für die Vernetzung! Wir kennen uns von der Fortbildung in Dresden.",
            "Kannst du mir die Unterlagen zur Praxisanleitung schicken?",
            "Super, bis Donnerstag auf Station!",
            "Hast du die Ausschreibung für die Fachweiterbildung gesehen?",
            "Liebe Grüße aus der Anästhesie 😊",
            "Wie war dein erster Monat im neuen Team?",
            "Ich schicke dir den Link zum Kongress.",
            "Klar, ich übernehme gern den Spätdienst am Samstag.",
            "Danke dir, das hat mir sehr geholfen!");

    static final List<String> RECRUITER_LINES = List.of(
            "Hallo {name}, ich bin auf Ihr Profil aufmerksam geworden. Wir suchen für eine Intensivstation in Leipzig "
                    + "erfahrene Pflegekräfte. Hätten Sie Interesse an einem kurzen Gespräch?",
            "Guten Tag {name}, für unsere Kundin suchen wir eine Stationsleitung. Darf ich Ihnen Details schicken?",
            "Hallo {name}, attraktive Zulagen und feste Dienstpläne: Hätten Sie Lust auf einen Wechsel?");

    static final List<String> HER_REPLIES_TO_RECRUITERS = List.of(
            "Vielen Dank, aktuell bin ich zufrieden. Alles Gute!",
            "Danke für die Nachricht, ich melde mich, falls sich etwas ändert.");

    /** What she writes to recruiters once she is expecting. */
    static final List<String> EXPECTING_REPLIES_TO_RECRUITERS = List.of(
            "Danke! Ich gehe bald in Mutterschutz und Elternzeit. Gibt es die Stelle auch in Teilzeit?",
            "Vielen Dank, nach meiner Elternzeit wäre Teilzeit interessant. Melden Sie sich gern im Herbst.");

    /** The conversation with her ward manager about her leave, after July 2023. */
    static final List<String> LEAVE_CONVERSATION = List.of(
            "Hallo Jana, danke für das Gespräch heute. Ich plane dich ab Februar aus dem Nachtdienst raus.",
            "Danke dir! Der Mutterschutz beginnt Ende Februar, danach nehme ich ein Jahr Elternzeit.",
            "Alles klar, ich gebe das an die Pflegedienstleitung weiter. Wir freuen uns riesig für euch!",
            "Danke ❤️ Können wir über Teilzeit nach der Elternzeit sprechen?",
            "Natürlich, 75 % auf der Intensiv sollten gut gehen.");
}
