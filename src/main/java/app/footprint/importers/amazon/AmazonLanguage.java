package app.footprint.importers.amazon;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Amazon keeps English file and column names but writes some values in the marketplace's language: the
 * third-party audiences ("Demographics:Fascia d'età:25-34", "Demographics:Uomini"), the search data's
 * "Language" column ("it_IT"), the order's "Website" ("Amazon.it"). Each tells the export's language.
 */
final class AmazonLanguage {
    /** Words of demographic audience names per language, lower case without accents. */
    private static final Map<String, Set<String>> AUDIENCE_WORDS = new LinkedHashMap<>();

    static {
        AUDIENCE_WORDS.put("it", Set.of("fascia d'eta", "uomini", "donne", "genitori", "eta"));
        AUDIENCE_WORDS.put("de", Set.of("altersgruppe", "manner", "frauen", "eltern", "alter", "werdende eltern"));
        AUDIENCE_WORDS.put("fr", Set.of("tranche d'age", "hommes", "femmes", "parents", "age"));
        AUDIENCE_WORDS.put("es", Set.of("rango de edad", "grupo de edad", "hombres", "mujeres", "padres", "edad"));
        AUDIENCE_WORDS.put("nl", Set.of("leeftijdsgroep", "mannen", "vrouwen", "ouders", "leeftijd"));
        AUDIENCE_WORDS.put("en", Set.of("age range", "age", "men", "women", "males", "females", "parents"));
    }

    /** Marketplace domains whose language is not their country code. */
    private static final Map<String, String> DOMAINS = Map.ofEntries(
            Map.entry("com", "en"), Map.entry("co.uk", "en"), Map.entry("ca", "en"), Map.entry("com.au", "en"),
            Map.entry("in", "en"), Map.entry("ie", "en"), Map.entry("sg", "en"), Map.entry("com.br", "pt"),
            Map.entry("com.mx", "es"), Map.entry("co.jp", "ja"), Map.entry("se", "sv"), Map.entry("com.be", "fr"),
            Map.entry("com.tr", "tr"), Map.entry("ae", "ar"), Map.entry("sa", "ar"), Map.entry("eg", "ar"),
            Map.entry("de", "de"), Map.entry("at", "de"), Map.entry("it", "it"), Map.entry("fr", "fr"),
            Map.entry("es", "es"), Map.entry("nl", "nl"), Map.entry("pl", "pl"));

    private AmazonLanguage() {
    }

    /** The language of a demographic audience's words ("Demographics:Uomini" → "it"), or null. */
    static String ofAudience(String audience) {
        String[] parts = fold(audience).split(":");
        if (parts.length < 2 || !parts[0].strip().equals("demographics")) {
            return null;
        }
        for (int i = 1; i < parts.length; i++) {
            String word = parts[i].strip();
            for (Map.Entry<String, Set<String>> language : AUDIENCE_WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    return language.getKey();
                }
            }
        }
        return null;
    }

    /** The language of a marketplace ("Amazon.it", "www.amazon.co.uk"), or null. */
    static String ofWebsite(String website) {
        if (website == null) {
            return null;
        }
        String lower = website.strip().toLowerCase(Locale.ROOT);
        int at = lower.indexOf("amazon.");
        if (at < 0) {
            return null;
        }
        String domain = lower.substring(at + "amazon.".length()).replaceAll("[/:].*$", "");
        return DOMAINS.get(domain);
    }

    /** The language of a locale cell ("it_IT", "de-DE"), or null. */
    static String ofLocale(String locale) {
        if (locale == null || !locale.strip().matches("[A-Za-z]{2}(?:[-_][A-Za-z]{2})?")) {
            return null;
        }
        return locale.strip().substring(0, 2).toLowerCase(Locale.ROOT);
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('\u2019', '\'');
    }
}
