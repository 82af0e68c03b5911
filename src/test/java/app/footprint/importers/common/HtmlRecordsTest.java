package app.footprint.importers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRecordsTest {
    private static final String MARKER = "<div class=\"outer-cell";

    private static List<String> split(String html, int max, List<Long> oversize) throws IOException {
        List<String> records = new ArrayList<>();
        new HtmlRecords(MARKER, max).forEach(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
                (index, record) -> records.add(record), oversize::add);
        return records;
    }

    @Test
    void handsOverEachRecordFromItsMarkerToTheNextAndDropsTheHead() throws IOException {
        String html = "<html><head><style>.outer-cell{}</style></head><body><div class=\"mdl-grid\">"
                + "<div class=\"outer-cell a\">one ä</div>"
                + "<div class=\"outer-cell b\">two</div></div></body></html>";
        List<Long> oversize = new ArrayList<>();

        assertThat(split(html, 1000, oversize)).containsExactly(
                "<div class=\"outer-cell a\">one ä</div>",
                "<div class=\"outer-cell b\">two</div></div></body></html>");
        assertThat(oversize).isEmpty();
    }

    @Test
    void findsMarkersAcrossReadBoundariesAndAfterPartialMatches() throws IOException {
        StringBuilder html = new StringBuilder("<div class=\"outer");
        for (int i = 0; i < 5000; i++) {
            html.append("<div class=\"outer-cell\">record ").append(i).append("</div><div class=\"outer-");
        }
        List<String> records = new ArrayList<>();
        // A reader that hands over 7 characters at a time cuts through every marker somewhere.
        Reader slow = new StringReader(html.toString()) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 7));
            }
        };
        long count = new HtmlRecords(MARKER).forEach(slow, (index, record) -> records.add(record), index -> { });

        assertThat(count).isEqualTo(5000);
        assertThat(records).hasSize(5000);
        assertThat(records.get(0)).isEqualTo("<div class=\"outer-cell\">record 0</div><div class=\"outer-");
        assertThat(records.get(4999)).startsWith("<div class=\"outer-cell\">record 4999</div>");
    }

    @Test
    void skipsARecordThatIsTooLongAndGoesOn() throws IOException {
        String html = "<div class=\"outer-cell\">short</div>"
                + "<div class=\"outer-cell\">" + "x".repeat(500) + "</div>"
                + "<div class=\"outer-cell\">after</div>";
        List<Long> oversize = new ArrayList<>();

        List<String> records = split(html, 100, oversize);

        assertThat(records).containsExactly("<div class=\"outer-cell\">short</div>",
                "<div class=\"outer-cell\">after</div>");
        assertThat(oversize).containsExactly(1L);
    }

    @Test
    void aFileWithoutMarkersHasNoRecords() throws IOException {
        assertThat(split("<html><body>nothing</body></html>", 100, new ArrayList<>())).isEmpty();
    }
}
