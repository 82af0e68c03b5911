package app.footprint.importers.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.ExportFacts;
import app.footprint.importers.ImportFile;
import app.footprint.testing.RecordingSink;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdJsonTest {
    private record Line(long index, String value) {
    }

    private static ImportFile file(byte[] content) {
        return file(new ByteArrayInputStream(content));
    }

    private static ImportFile file(InputStream content) {
        return new ImportFile("events.json", -1, content, new RecordingSink(), new ExportFacts(null, null));
    }

    /** Reads field "v" of every line. */
    private static List<Line> values(ImportFile file) throws IOException {
        List<Line> seen = new ArrayList<>();
        NdJson.forEachLine(file, (index, p) -> {
            String v = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("v")) {
                    v = p.getValueAsString();
                } else {
                    p.skipChildren();
                }
            }
            seen.add(new Line(index, v));
        });
        return seen;
    }

    @Test
    void eachLineIsOneObjectNumberedByItsLine() throws IOException {
        ImportFile file = file("""
                {"v":"a","nested":{"x":[1,2]}}
                {"v":"Köhler 🙂"}

                {"v":"c"}\r
                {"v":"last without newline"}""".getBytes(StandardCharsets.UTF_8));

        assertThat(values(file)).containsExactly(new Line(0, "a"), new Line(1, "Köhler 🙂"), new Line(3, "c"),
                new Line(4, "last without newline"));
        assertThat(file.problemCount()).isZero();
    }

    @Test
    void aBrokenOrForeignLineIsReportedAndTheNextLinesStillCount() throws IOException {
        ImportFile file = file("""
                {"v":"a"}
                {"v":"cut off
                [1,2,3]
                "text"
                {"v":"d"}
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(values(file)).containsExactly(new Line(0, "a"), new Line(4, "d"));
        assertThat(file.problemCount()).isEqualTo(3);
    }

    @Test
    void linesLongerThanTheReadBufferAndAByteOrderMarkAreRead() throws IOException {
        String big = "x".repeat(200_000);
        byte[] content = ("\uFEFF{\"v\":\"first\"}\n{\"pad\":\"" + big + "\",\"v\":\"big\"}\n{\"v\":\"after\"}\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(values(file(content))).containsExactly(new Line(0, "first"), new Line(1, "big"), new Line(2, "after"));
    }

    @Test
    void theReaderStreamsAndAnEmptyFileHoldsNothing() throws IOException {
        // A stream that hands out a few bytes at a time, as a zip entry does.
        byte[] content = "{\"v\":\"1\"}\n{\"v\":\"2\"}\n".getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(content) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
        assertThat(values(file(trickle))).extracting(Line::value).containsExactly("1", "2");
        assertThat(values(file(new byte[0]))).isEmpty();
    }

    @Test
    void aFailingStreamFailsTheFile() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> values(file(broken))).isInstanceOf(IOException.class).hasMessage("disk gone");
    }
}
