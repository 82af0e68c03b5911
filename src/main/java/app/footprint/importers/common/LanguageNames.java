package app.footprint.importers.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The language an app says it is set to, as an IETF tag: exports write it as a name in English
 * ("German"), as the language's own name ("Deutsch", "Español") or as a tag ("de", "en_US", "pt-BR").
 */
public final class LanguageNames {
    private static final Pattern TAG = Pattern.compile("(?i)([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*");

    /** Names folded to lower case without accents, in English and in the language itself. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("german", "de"), Map.entry("deutsch", "de"),
            Map.entry("spanish", "es"), Map.entry("espanol", "es"), Map.entry("dutch", "nl"),
            Map.entry("nederlands", "nl"), Map.entry("romanian", "ro"), Map.entry("romana", "ro"),
            Map.entry("french", "fr"), Map.entry("francais", "fr"), Map.entry("italian", "it"),
            Map.entry("italiano", "it"), Map.entry("portuguese", "pt"), Map.entry("portugues", "pt"),
            Map.entry("polish", "pl"), Map.entry("polski", "pl"), Map.entry("turkish", "tr"),
            Map.entry("turkce", "tr"), Map.entry("danish", "da"), Map.entry("dansk", "da"),
            Map.entry("swedish", "sv"), Map.entry("svenska", "sv"), Map.entry("norwegian", "no"),
            Map.entry("norsk", "no"), Map.entry("finnish", "fi"), Map.entry("suomi", "fi"),
            Map.entry("czech", "cs"), Map.entry("cestina", "cs"), Map.entry("hungarian", "hu"),
            Map.entry("magyar", "hu"), Map.entry("greek", "el"), Map.entry("russian", "ru"),
            Map.entry("ukrainian", "uk"), Map.entry("arabic", "ar"), Map.entry("japanese", "ja"),
            Map.entry("korean", "ko"), Map.entry("chinese", "zh"), Map.entry("indonesian", "id"),
            Map.entry("bahasa indonesia", "id"), Map.entry("vietnamese", "vi"), Map.entry("tieng viet", "vi"),
            Map.entry("thai", "th"), Map.entry("hindi", "hi"));

    private LanguageNames() {
    }

    /** The IETF tag (language only, e.g. "de") for a language name or tag; empty when unknown. */
    public static Optional<String> tag(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        // "English (US)", "Português (Brasil)": the name before the bracket is the language
        int bracket = folded.indexOf('(');
        if (bracket > 0) {
            folded = folded.substring(0, bracket).strip();
        }
        String named = NAMES.get(folded);
        if (named != null) {
            return Optional.of(named);
        }
        if (TAG.matcher(folded).matches()) {
            String language = folded.split("[-_]")[0];
            if (language.equals("zz") || language.equals("und")) {
                return Optional.empty();
            }
            return Optional.of(language);
        }
        return Optional.empty();
    }
}
