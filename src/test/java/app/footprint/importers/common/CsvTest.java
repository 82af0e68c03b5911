package app.footprint.importers.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<String> rows(String content, List<String> headerStarts, String... columns) throws IOException {
        List<String> out = new ArrayList<>();
        ParserRun.of(file -> Csv.forEachRow(file, headerStarts, (i, row) -> {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                cells.add(row.get(c));
            }
            out.add(i + ":" + String.join("|", cells.stream().map(String::valueOf).toList()));
        }), "f.csv", content);
        return out;
    }

    @Test
    void stripsTheByteOrderMarkBeforeAQuotedHeader() throws IOException {
        String amazon = "\uFEFF\"Website\",\"Order ID\",\"Product Name\"\n\"Amazon.it\",\"1\",\"Display 15.6\"\" FHD\"\n";
        assertThat(rows(amazon, List.of(), "Website", "Product Name")).containsExactly("0:Amazon.it|Display 15.6\" FHD");
    }

    @Test
    void skipsThePreambleBeforeTheHeader() throws IOException {
        String connections = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nMax,Müller,https://x,,ACME,Nurse,12 Mar 2024\n";
        assertThat(rows(connections, List.of("First Name,"), "First Name", "Email Address", "Connected On"))
                .containsExactly("0:Max|null|12 Mar 2024");
    }

    @Test
    void readsRepeatedHeadersByPositionAndByTheFirstName() throws IOException {
        List<String> out = new ArrayList<>();
        ParserRun.of(file -> Csv.forEachRow(file, (i, row) -> out.add(row.get("Company Names") + "/" + row.get(2))),
                "Ad_Targeting.csv", "Company Names,Age,Company Names\nACME; Foo,25-34,Bar\n");
        assertThat(out).containsExactly("ACME; Foo/Bar");
    }

    @Test
    void placeholderTextIsAnEmptyFileNotAnError() throws IOException {
        assertThat(rows("No conversations found", List.of("CONVERSATION ID,"), "x")).isEmpty();
    }

    @Test
    void raggedRowsGiveNullsAndDoubleEncodedTextIsRepaired() throws IOException {
        assertThat(rows("a,b,c\n1,2\n\u00c3\u00a9t\u00c3\u00a9,x,y\n", List.of(), "a", "c"))
                .containsExactly("0:1|null", "1:été|y");
    }

    @Test
    void anUnterminatedQuoteFailsTheFileAfterTheGoodRows() {
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> ParserRun.of(file -> Csv.forEachRow(file, (i, row) -> seen.add(row.get("a"))),
                "f.csv", "a,b\n1,2\n\"never closed,3\n4,5\n"))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("not a readable table");
        assertThat(seen).containsExactly("1");
    }

    @Test
    void aMissingHeaderIsAFormatProblem() {
        assertThatThrownBy(() -> rows("x,y\n1,2\n", List.of("First Name,"), "x"))
                .isInstanceOf(FormatException.class).hasMessage("no header row starting with First Name,");
    }
}
