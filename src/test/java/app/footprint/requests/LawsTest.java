package app.footprint.requests;

import static app.footprint.requests.RequestType.ACCESS;
import static app.footprint.requests.RequestType.AUTOMATED_DECISION;
import static app.footprint.requests.RequestType.CORRECT;
import static app.footprint.requests.RequestType.DELETE;
import static app.footprint.requests.RequestType.ERASURE;
import static app.footprint.requests.RequestType.KNOW;
import static app.footprint.requests.RequestType.LIMIT;
import static app.footprint.requests.RequestType.OBJECT;
import static app.footprint.requests.RequestType.OBJECT_MARKETING;
import static app.footprint.requests.RequestType.OPT_OUT;
import static app.footprint.requests.RequestType.RECTIFY;
import static app.footprint.requests.RequestType.RESTRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bundled laws table: what each law grants and cites, and the "(verify)" flags kept from LEGAL.md. */
class LawsTest {
    private static final Laws LAWS = Laws.bundled();

    private static Law law(String key) {
        return LAWS.find(key).orElseThrow();
    }

    @Test
    void eachLawGrantsItsTypes() {
        assertThat(law("gdpr").types()).containsExactly(ACCESS, ERASURE, OBJECT_MARKETING, OBJECT, RESTRICT, RECTIFY,
                AUTOMATED_DECISION);
        assertThat(law("uk-gdpr").types()).isEqualTo(law("gdpr").types());
        assertThat(law("ccpa").types()).containsExactly(KNOW, DELETE, CORRECT, OPT_OUT, LIMIT);
        for (String state : new String[] {"va", "co", "ct", "tx", "or", "fl", "us-state"}) {
            assertThat(law(state).types()).as(state).containsExactly(KNOW, DELETE, CORRECT, OPT_OUT);
        }
        // Utah and Iowa have no correction right (LEGAL.md 3.7).
        assertThat(law("ut").types()).containsExactly(KNOW, DELETE, OPT_OUT);
        assertThat(law("ia").types()).containsExactly(KNOW, DELETE, OPT_OUT);
        assertThat(law("lgpd").types()).containsExactly(ACCESS, ERASURE, RESTRICT, RECTIFY, AUTOMATED_DECISION);
        assertThat(law("pipeda").types()).containsExactly(ACCESS, ERASURE, RECTIFY);
        assertThat(law("ch-fadp").types()).containsExactly(ACCESS, ERASURE, OBJECT, RECTIFY, AUTOMATED_DECISION);
    }

    @Test
    void lettersCiteTheArticles() {
        assertThat(law("gdpr").provision(OBJECT_MARKETING).orElseThrow().cite()).isEqualTo("GDPR Art 21(2) and 21(3)");
        assertThat(law("gdpr").provision(OBJECT).orElseThrow().cite()).isEqualTo("GDPR Art 21(1)");
        assertThat(law("uk-gdpr").provision(ACCESS).orElseThrow().cite()).isEqualTo("UK GDPR Art 15 (copy to take elsewhere: Art 20)");
        assertThat(law("ccpa").provision(DELETE).orElseThrow().cite()).isEqualTo("Cal. Civ. Code §1798.105");
        assertThat(law("ccpa").provision(OPT_OUT).orElseThrow().cite()).isEqualTo("Cal. Civ. Code §1798.120; 11 CCR §7026(f)");
        assertThat(law("ia").provision(KNOW).orElseThrow().cite()).isEqualTo("Iowa Code §715D.3(1)");
        assertThat(law("lgpd").provision(ACCESS).orElseThrow().cite()).isEqualTo("LGPD Art 18 I and II; complete declaration under Art 19 II");
        assertThat(law("ch-fadp").provision(ACCESS).orElseThrow().cite()).isEqualTo("nFADP Art 25");
        assertThat(law("ut").provision(CORRECT)).isEmpty();
    }

    @Test
    void theVerifyFlagsOfLegalMdAreKept() {
        assertThat(law("gdpr").timing().due().toVerify()).as("EDPB paragraph").isTrue();
        assertThat(law("ccpa").provision(KNOW).orElseThrow().toVerify()).isTrue();
        assertThat(law("ccpa").provision(DELETE).orElseThrow().toVerify()).isFalse();
        assertThat(law("ccpa").timing().acknowledgeBy().toVerify()).as("business-day definition").isTrue();
        assertThat(law("us-state").provision(KNOW).orElseThrow().toVerify()).isTrue();
        assertThat(law("us-state").complaintToVerify()).isTrue();
        assertThat(law("lgpd").timing().due().toVerify()).as("calendar days").isTrue();
        assertThat(law("pipeda").timing().due().toVerify()).isFalse();
        assertThat(law("pipeda").provision(ACCESS).orElseThrow().toVerify()).isFalse();
        assertThat(law("ch-fadp").provision(ERASURE).orElseThrow().toVerify()).isTrue();
    }

    @Test
    void everyLawSaysWhereToComplain() {
        assertThat(law("uk-gdpr").complaintTo()).contains("Information Commissioner's Office (ICO)");
        assertThat(law("ccpa").complaintTo()).isEqualTo("California Privacy Protection Agency (CPPA) or the California Attorney General");
        assertThat(law("lgpd").complaintTo()).startsWith("Autoridade Nacional de Proteção de Dados (ANPD)");
        assertThat(law("pipeda").complaintTo()).isEqualTo("Office of the Privacy Commissioner of Canada (OPC)");
        assertThat(law("va").complaintTo()).isEqualTo("Virginia Attorney General");
    }

    @Test
    void aTableWithAnUnknownTypeIsRefused() {
        String table = """
                [{"key":"x","name":"X","rights":{"vote":{"cite":"Art 1"}},
                  "timing":{"due":{"unit":"days","amount":30,"basis":"Art 2"}},"complaintTo":{"name":"Y"}}]""";
        assertThatThrownBy(() -> Laws.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessage("laws.json: law x: unknown request type vote");
    }

    @Test
    void aTableWithoutALengthIsRefused() {
        String table = """
                [{"key":"x","name":"X","rights":{"access":{"cite":"Art 1"}},
                  "timing":{"due":{"unit":"days","basis":"Art 2"}},"complaintTo":{"name":"Y"}}]""";
        assertThatThrownBy(() -> Laws.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessage("laws.json: law x: a deadline needs a positive length: 0");
    }
}
