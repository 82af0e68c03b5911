package app.footprint.importers.reddit;

import java.util.Locale;

/** Reddit's machine names in a person's words. */
final class Words {
    private Words() {
    }

    /** "is_deleted" and "account name" become "Is deleted" and "Account name". */
    static String label(String name) {
        String words = name.strip().replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** Reddit's booleans ("True", "False") read as yes and no; anything else stays as it is. */
    static String yesNo(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> "yes";
            case "false" -> "no";
            default -> value;
        };
    }
}
