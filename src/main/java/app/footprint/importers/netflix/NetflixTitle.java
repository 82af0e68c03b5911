package app.footprint.importers.netflix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Netflix title taken apart. Episodes are written "Show: Season 1: Episode name (Episode 3)", in the
 * account's language: "Dark: Staffel 1: Geheimnisse (Folge 1)", "Stagione 2", "Temporada 3", "Saison 1",
 * "Limited Series", "Miniserie"... A film, or a title without a season part, has no show.
 *
 * @param show          the series, or null
 * @param season        the season part as written ("Staffel 1"), or null
 * @param episode       the episode's own name, or null
 * @param episodeNumber the number from "(Episode 3)" / "(Folge 3)" / "(Episodio 3)"..., or null
 */
record NetflixTitle(String show, String season, String episode, String episodeNumber) {
    /** Season parts in the languages Netflix writes; several languages share "Parte", "Temporada", "Miniserie". */
    private static final Pattern SEASON = Pattern.compile(
            "(?:Season|Series|Part|Volume|Vol\\.|Chapter|Book|Collection"          // en
                    + "|Staffel|Teil|Kapitel|Buch"                                  // de
                    + "|Stagione|Parte|Capitolo|Volume"                             // it
                    + "|Temporada|Volumen|Cap[ií]tulo"                              // es, pt
                    + "|Saison|Partie|Chapitre"                                     // fr
                    + "|Seizoen|Deel"                                               // nl
                    + "|Sezon|Cz[eę][sś][cć]"                                       // pl
                    + ")\\s+\\d+"
                    + "|Limited Series|Miniseries|Miniserie|Mini-s[ée]rie|Minis[ée]rie|Minissérie|Serie limitada"
                    + "|S[ée]rie limit[ée]e|Miniserial|Stagione unica",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EPISODE_NUMBER = Pattern.compile(
            "\\s*\\((?:Episode|Folge|Episodio|Episódio|[ÉE]pisode|Aflevering|Odcinek|Avsnitt|Jakso|Epizoda)"
                    + "\\s+(\\d+)\\)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static NetflixTitle parse(String title) {
        List<String> parts = new ArrayList<>(Arrays.asList(title.split(": ")));
        for (int i = 1; i < parts.size(); i++) {
            if (SEASON.matcher(parts.get(i).strip()).matches()) {
                String show = String.join(": ", parts.subList(0, i)).strip();
                String rest = i + 1 < parts.size()
                        ? String.join(": ", parts.subList(i + 1, parts.size())).strip() : null;
                String number = null;
                if (rest != null) {
                    Matcher m = EPISODE_NUMBER.matcher(rest);
                    if (m.find()) {
                        number = m.group(1);
                        rest = rest.substring(0, m.start()).strip();
                    }
                    rest = stripQuotes(rest);
                }
                String episode = rest == null || rest.isEmpty() ? null : rest;
                return new NetflixTitle(show, parts.get(i).strip(), episode, number);
            }
        }
        return new NetflixTitle(null, null, null, null);
    }

    /** Playback events write episode names in quotes: {@code Season 1: "Episode 6"}. */
    private static String stripQuotes(String text) {
        boolean quoted = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
        return quoted ? text.substring(1, text.length() - 1) : text;
    }
}
