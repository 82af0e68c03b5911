package app.footprint.importers.common;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Meta keeps English file and key names in every language but writes labels and yes/no values in the
 * account's language ("Hinzugefügte Interessen", "Richtig" / "Falsch"). This class knows a few words of
 * those labels per language, enough to tell the export's language, and the localised booleans.
 */
public final class MetaLanguage {
    /** Words typical of ad-setting labels and yes/no values, per language, lower case without accents. */
    private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("en", Set.of("true", "false", "interests", "added", "removed", "ads", "advertising",
                "opted", "targeting", "topics", "used", "data", "audience"));
        WORDS.put("de", Set.of("richtig", "falsch", "interessen", "hinzugefugte", "entfernte", "anzeigen",
                "deaktiviert", "aktiviert", "werbeinteressen", "themen", "verwendet", "werden", "nutzers"));
        WORDS.put("fr", Set.of("vrai", "faux", "interets", "ajoutes", "supprimes", "publicites", "publicite",
                "desactive", "ciblage", "sujets", "utilises", "donnees"));
        WORDS.put("es", Set.of("verdadero", "falso", "intereses", "anadidos", "eliminados", "anuncios",
                "desactivado", "segmentacion", "temas", "utilicen", "datos"));
        WORDS.put("nl", Set.of("waar", "onwaar", "interesses", "toegevoegde", "verwijderde", "advertenties",
                "uitgeschakeld", "onderwerpen", "gebruikt", "gegevens"));
        WORDS.put("it", Set.of("vero", "falso", "interessi", "aggiunti", "rimossi", "inserzioni", "pubblicita",
                "disattivato", "argomenti", "utilizzati", "dati"));
        WORDS.put("pt", Set.of("verdadeiro", "falso", "interesses", "adicionados", "removidos", "anuncios",
                "desativou", "segmentacao", "topicos", "usados", "dados"));
    }

    /** Localised spellings of true and false, lower case. "Falso" is shared by es, it and pt. */
    private static final Set<String> TRUE = Set.of("true", "richtig", "wahr", "vrai", "verdadero", "waar", "vero",
            "verdadeiro", "yes", "ja", "oui", "si", "sim");
    private static final Set<String> FALSE = Set.of("false", "falsch", "faux", "falso", "onwaar", "no", "nein",
            "non", "nee", "nao");

    private MetaLanguage() {
    }

    /**
     * A yes/no value written in any of the known languages (or as JSON true/false text), or empty when the
     * text is not one.
     */
    public static Optional<Boolean> bool(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = fold(text.strip());
        if (TRUE.contains(word)) {
            return Optional.of(Boolean.TRUE);
        }
        if (FALSE.contains(word)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }

    /** Collects labels and values of one file and names the language most of their words belong to. */
    public static final class Detector {
        private final Map<String, Integer> hits = new LinkedHashMap<>();

        public Detector() {
            WORDS.keySet().forEach(language -> hits.put(language, 0));
        }

        public void add(String text) {
            if (text == null) {
                return;
            }
            for (String word : fold(text).split("[^\\p{L}]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                WORDS.forEach((language, words) -> {
                    if (words.contains(word)) {
                        hits.merge(language, 1, Integer::sum);
                    }
                });
            }
        }

        /** The language with clearly the most known words (at least two, more than any other), if any. */
        public Optional<String> language() {
            List<Map.Entry<String, Integer>> ranked = hits.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
            int best = ranked.get(0).getValue();
            int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
            return best >= 2 && best > second ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
        }
    }

    /** Lower case without accents, so that "Hinzugefügte" and "intérêts" match the plain-letter tables. */
    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }
}
