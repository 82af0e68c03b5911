package app.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.testing.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code footprint deadline}: its JSON, its text and its refusals. */
class DeadlineCommandTest {
    @TempDir
    Path dir;



    private static JsonNode json(CommandRun run) throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void gdprAccessFromTheThirtyFirstOfJanuary() throws IOException {
        JsonNode d = json(CommandRun.of("deadline", "--law", "gdpr", "--type", "access", "--received", "2026-01-31", "--json"));
        assertThat(d.toString()).isEqualTo(
                "{\"law\":\"gdpr\",\"type\":\"access\",\"due\":\"2026-03-02\",\"extendedDue\":\"2026-04-30\",\"acknowledgeBy\":null}");
    }

    @Test
    void ccpaDeleteWithAHolidayFile() throws IOException {
        Path holidays = Files.writeString(dir.resolve("us.txt"), "2026-12-25 Christmas Day\n2027-01-01 New Year's Day\n");
        JsonNode d = json(CommandRun.of("deadline", "--law", "ccpa", "--type", "delete", "--received", "2026-12-23",
                "--holidays", holidays.toString(), "--json"));
        assertThat(d.toString()).isEqualTo(
                "{\"law\":\"ccpa\",\"type\":\"delete\",\"due\":\"2027-02-06\",\"extendedDue\":\"2027-03-23\",\"acknowledgeBy\":\"2027-01-08\"}");
    }

    @Test
    void lgpdHasNoExtension() throws IOException {
        JsonNode d = json(CommandRun.of("deadline", "--law", "LGPD", "--type", "access", "--received", "2026-03-02", "--json"));
        assertThat(d.toString()).isEqualTo(
                "{\"law\":\"lgpd\",\"type\":\"access\",\"due\":\"2026-03-17\",\"extendedDue\":null,\"acknowledgeBy\":null}");
    }

    @Test
    void textNamesTheDatesTheArticleAndTheAuthority() {
        CommandRun r = CommandRun.of("deadline", "--law", "ccpa", "--type", "opt-out", "--received", "2026-03-02");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("California Consumer Privacy Act as amended by the CPRA (CCPA): opt-out of sale and sharing")
                .contains("cites           Cal. Civ. Code §1798.120; 11 CCR §7026(f)\n")
                .contains("due             2026-03-23  (15 business days, 11 CCR §7026(f), verify)\n")
                .contains("extended due    none in the law\n")
                .contains("complain to     California Privacy Protection Agency (CPPA) or the California Attorney General\n")
                .doesNotContain("acknowledge by");
    }

    @Test
    void aTypeTheLawDoesNotGrantNamesTheTypesItGrants() {
        CommandRun r = CommandRun.of("deadline", "--law", "ut", "--type", "correct", "--received", "2026-03-02", "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(
                "Utah Consumer Privacy Act (UCPA) (ut) grants no correct request; it grants know, delete, opt-out\n");
    }

    @Test
    void anUnknownLawListsTheKeys() {
        CommandRun r = CommandRun.of("deadline", "--law", "eu", "--type", "access", "--received", "2026-03-02");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Unknown law: eu (use one of gdpr, uk-gdpr, ccpa, va, co, ct, ut, tx, or, fl, ia, "
                + "us-state, lgpd, pipeda, ch-fadp)\n");
    }

    @Test
    void anUnknownTypeListsTheKeys() {
        CommandRun r = CommandRun.of("deadline", "--law", "gdpr", "--type", "portability", "--received", "2026-03-02");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Unknown request type: portability (use one of access, erasure, object-marketing, "
                + "object, restrict, rectify, automated-decision, know, delete, correct, opt-out, limit)\n");
    }

    @Test
    void aBadDateOrHolidayFileIsRefused() throws IOException {
        CommandRun r = CommandRun.of("deadline", "--law", "gdpr", "--type", "access", "--received", "31.01.2026");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Not a date (YYYY-MM-DD): 31.01.2026\n");
        Path holidays = Files.writeString(dir.resolve("bad.txt"), "Christmas\n");
        r = CommandRun.of("deadline", "--law", "gdpr", "--type", "access", "--received", "2026-01-31", "--holidays", holidays.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Cannot read the holidays: bad.txt line 1: not a date (YYYY-MM-DD): Christmas\n");
    }
}
