package app.footprint.demo;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes My Activity HTML the way Google does for a German account: one {@code div.outer-cell} per
 * record with the product in the header cell, the lines of the record and the date in the first content
 * cell, and the labelled "Produkte:", "Standorte:" and "Details:" sections in the caption cell.
 */
final class GoogleHtml {
    private static final DateTimeFormatter GERMAN_DATE =
            DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm:ss", Locale.GERMANY);

    private final StringBuilder html = new StringBuilder();

    GoogleHtml() {
        html.append("<html><head><meta charset=\"UTF-8\"><title>Meine Aktivitäten</title><style type=\"text/css\">")
                .append(".outer-cell{padding:8px}.header-cell{font-weight:bold}.content-cell{margin:4px}")
                .append("</style></head><body><div class=\"mdl-grid\">");
    }

    /** "12.03.2024, 10:14:00 MEZ" (MESZ in summer), as German exports date their records. */
    static String germanDate(Instant moment) {
        ZonedDateTime local = moment.atZone(Persona.ZONE);
        boolean summer = Persona.ZONE.getRules().isDaylightSavings(moment);
        return GERMAN_DATE.format(local) + (summer ? " MESZ" : " MEZ");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    static String link(String url, String text) {
        return "<a href=\"" + escape(url) + "\">" + escape(text) + "</a>";
    }

    /**
     * Adds one record.
     *
     * @param lines    the body's lines, already HTML (links built with {@link #link})
     * @param location a "Standorte:" line, already HTML, or null
     * @param detail   a "Details:" line, or null
     */
    GoogleHtml record(String product, Instant moment, String location, String detail, String... lines) {
        html.append("<div class=\"outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp\"><div class=\"mdl-grid\">")
                .append("<div class=\"header-cell mdl-cell mdl-cell--12-col\"><p class=\"mdl-typography--title\">")
                .append(escape(product)).append("<br></p></div>")
                .append("<div class=\"content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1\">");
        for (String line : lines) {
            html.append(line).append("<br>");
        }
        html.append(germanDate(moment)).append("</div>")
                .append("<div class=\"content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1 ")
                .append("mdl-typography--text-right\"></div>")
                .append("<div class=\"content-cell mdl-cell mdl-cell--12-col mdl-typography--caption\">")
                .append("<b>Produkte:</b><br>&emsp;").append(escape(product)).append("<br>");
        if (location != null) {
            html.append("<b>Standorte:</b><br>&emsp;").append(location).append("<br>");
        }
        if (detail != null) {
            html.append("<b>Details:</b><br>&emsp;").append(escape(detail)).append("<br>");
        }
        html.append("<b>Warum wird das angezeigt?</b><br>&emsp;Diese Aktivität wurde in deinem Google-Konto ")
                .append("gespeichert, weil die Einstellung „Web- &amp; App-Aktivitäten“ aktiviert war.<br>")
                .append("</div></div></div>");
        return this;
    }

    byte[] bytes() {
        return (html + "</div></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
