package app.footprint.importers.netflix;

import java.util.Locale;

/** Netflix states each profile's and the account's language as a locale ("de-DE", "it-IT", "pt_BR"). */
final class NetflixLanguage {
    private NetflixLanguage() {
    }

    /** The language part of a locale, lower case ("de"), or null when the text is not a locale. */
    static String of(String locale) {
        if (locale == null || !locale.strip().matches("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")) {
            return null;
        }
        String language = Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage();
        return language.isEmpty() ? null : language.toLowerCase(Locale.ROOT);
    }
}
