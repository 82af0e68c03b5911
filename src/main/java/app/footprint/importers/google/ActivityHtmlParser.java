package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.HtmlRecords;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * My Activity in HTML, the default export. The file can be hundreds of megabytes, so it is never parsed
 * whole: it is split into its {@code div.outer-cell} records and each record alone is parsed with jsoup.
 * In a record, {@code div.header-cell p} names the product; the first content cell holds the lines
 * (separated by {@code <br>}): the title, further lines, and last the localised date; the caption cell
 * holds the labelled "Products:", "Locations:" and "Details:" sections.
 */
final class ActivityHtmlParser implements FileParser {
    static final String RECORD_MARKER = "<div class=\"outer-cell";

    private final ActivityRecorder.Forced forced;

    ActivityHtmlParser(ActivityRecorder.Forced forced) {
        this.forced = forced;
    }

    @Override
    public void parse(ImportFile file) throws IOException {
        ActivityRecorder recorder = new ActivityRecorder(file, forced,
                forced != null ? "YouTube" : ActivityJsonParser.productFolder(file.path()));
        boolean[] languageTold = {false};
        new HtmlRecords(RECORD_MARKER).forEach(file.content(), (index, html) -> {
            Activity activity = activity(html, label -> {
                if (!languageTold[0]) {
                    String language = ActivityWords.languageOfProductsLabel(label);
                    if (language != null) {
                        file.export().language(language);
                        languageTold[0] = true;
                    }
                }
            });
            if (activity == null) {
                file.problem("record " + index + ": an activity without content; skipped");
                return;
            }
            recorder.record(index, activity);
        }, index -> file.problem("record " + index + ": longer than any activity can be; skipped"));
        recorder.finish();
    }

    /** Told about each caption label, so the file's language can be taken from "Products:". */
    @FunctionalInterface
    interface LabelListener {
        void label(String text);
    }

    static Activity activity(String html, LabelListener labels) {
        Element root = Jsoup.parseBodyFragment(html).body();
        Element header = root.selectFirst("div.header-cell p");
        Element body = null;
        Element caption = null;
        for (Element cell : root.select("div.content-cell")) {
            if (cell.hasClass("mdl-typography--caption")) {
                caption = caption == null ? cell : caption;
            } else if (body == null && !cell.hasClass("mdl-typography--text-right")) {
                body = cell;
            }
        }
        if (body == null) {
            return null;
        }
        List<Line> lines = lines(body);
        if (lines.isEmpty()) {
            return null;
        }
        String rawTime = lines.size() > 1 ? lines.get(lines.size() - 1).name() : null;
        Line title = lines.get(0);
        List<Activity.Line> subtitles = new ArrayList<>();
        for (Line line : lines.subList(Math.min(1, lines.size()), Math.max(1, lines.size() - 1))) {
            subtitles.add(new Activity.Line(line.name(), line.url()));
        }

        List<String> products = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<Activity.Place> places = new ArrayList<>();
        if (caption != null) {
            ActivityWords.Label section = ActivityWords.Label.OTHER;
            for (Line line : lines(caption)) {
                if (line.label() != null) {
                    labels.label(line.label());
                    section = ActivityWords.label(line.label());
                    continue;
                }
                String text = line.name();
                switch (section) {
                    case PRODUCTS -> products.add(text);
                    case DETAILS -> details.add(text);
                    case LOCATIONS -> places.add(place(line));
                    case OTHER -> { }
                }
            }
        }
        String product = header == null ? null : header.text().strip();
        return new Activity(product == null || product.isEmpty() ? null : product, title.name(), title.url(),
                rawTime == null ? null : ActivityDates.parse(rawTime), rawTime, subtitles, details, places, products);
    }

    /** "In <a href=…>this general area</a> - Based on your past activity". */
    private static Activity.Place place(Line line) {
        String text = line.name();
        int dash = text.lastIndexOf(" - ");
        String source = dash > 0 ? text.substring(dash + 3).strip() : null;
        String name = line.linkText() != null ? line.linkText() : dash > 0 ? text.substring(0, dash).strip() : text;
        return new Activity.Place(name, line.url(), source);
    }

    /** One {@code <br>}-separated line of a cell: its text, its first link, and a bold label if it is one. */
    private record Line(String name, String url, String linkText, String label) {
    }

    private static List<Line> lines(Element cell) {
        List<Line> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String[] link = {null, null};
        String label = null;
        for (Node node : cell.childNodes()) {
            if (node instanceof Element e && e.normalName().equals("br")) {
                addLine(out, text, link, label);
                text.setLength(0);
                link[0] = null;
                link[1] = null;
                label = null;
            } else if (node instanceof Element e && e.normalName().equals("b")) {
                label = e.text();
                text.append(e.text());
            } else if (node instanceof Element e) {
                if (e.normalName().equals("a") && link[0] == null) {
                    link[0] = e.attr("href");
                    link[1] = e.text();
                } else if (link[0] == null) {
                    Element a = e.selectFirst("a[href]");
                    if (a != null) {
                        link[0] = a.attr("href");
                        link[1] = a.text();
                    }
                }
                text.append(e.text());
            } else if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            }
        }
        addLine(out, text, link, label);
        return out;
    }

    private static void addLine(List<Line> out, StringBuilder text, String[] link, String label) {
        String line = text.toString().replace('\u2003', ' ').replace('\u00a0', ' ').strip();
        if (!line.isEmpty()) {
            out.add(new Line(line, link[0] == null || link[0].isEmpty() ? null : link[0], link[1],
                    label != null && label.strip().equals(line) ? label.strip() : null));
        }
    }
}
