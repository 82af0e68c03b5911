package app.footprint.importers.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MojibakeTest {

    @Test
    void repairsUtf8BytesWrittenAsLatin1Characters() {
        assertThat(Mojibake.repair("M\u00c3\u00a4nnern")).isEqualTo("Männern");
        assertThat(Mojibake.repair("Fu\u00c3\u009fball")).isEqualTo("Fußball");
        assertThat(Mojibake.repair("\u00f0\u009f\u0099\u0082")).isEqualTo("🙂");
    }

    @Test
    void leavesAsciiAndProperUnicodeAlone() {
        assertThat(Mojibake.repair("plain text")).isEqualTo("plain text");
        assertThat(Mojibake.repair("Männern")).isEqualTo("Männern"); // ä alone is not valid UTF-8 as a byte
        assertThat(Mojibake.repair("Warschau \u23c3")).isEqualTo("Warschau \u23c3"); // above U+00FF: not mojibake
        assertThat(Mojibake.repair(null)).isNull();
    }

    @Test
    void keepsTextWhoseBytesAreNotValidUtf8() {
        assertThat(Mojibake.repair("caf\u00e9 au lait")).isEqualTo("café au lait");
    }
}
