package app.footprint.importers.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.footprint.importers.ExportFacts;
import app.footprint.importers.ImportFile;
import app.footprint.model.Category;
import app.footprint.model.ImportSink;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.LocationPoint;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityEventsParserTest {
    private static final String PATH = "activity/analytics/events-2023-00000-of-00001.json";

    @Test
    void eachEventIsAnActivityItemWithItsQuotedTimeAndTheFieldsThatSayWhatWhereAndOnWhat() throws Exception {
        ParserRun run = ParserRun.of(new ActivityEventsParser(), PATH, """
                {"event_type":"app_opened","event_id":"e1","user_id":"1","city":"Leipzig","country_code":"DE","region_code":"SN","time_zone":"Europe/Berlin","os":"Android","device":"Pixel 7a","ip":"198.51.100.7","client_performance_cpu":12.5,"extra":{"a":[1,2]},"timestamp":"\\"2023-08-01T10:00:00.123Z\\""}
                {"event_type":"send_message","guild_id":"11","channel_id":"22","message_id":"33","timestamp":"\\"2023-08-01T10:05:00.000Z\\"","client_track_timestamp":"\\"2023-08-01T10:04:59.000Z\\""}
                {"event_type":"voice_disconnect","duration":61000,"client_track_timestamp":"\\"2023-08-02T20:00:00.000Z\\""}
                """);

        assertThat(run.sink.items).hasSize(3).allMatch(i -> i.category() == Category.ACTIVITY);
        Item opened = run.sink.items.get(0);
        assertThat(opened.title()).isEqualTo("App opened");
        assertThat(opened.at()).isEqualTo(Instant.parse("2023-08-01T10:00:00.123Z"));
        assertThat(opened.zoneAssumed()).isFalse();
        assertThat(opened.attributes()).containsExactly(entry("event_type", "app_opened"), entry("city", "Leipzig"),
                entry("country_code", "DE"), entry("region_code", "SN"), entry("time_zone", "Europe/Berlin"),
                entry("os", "Android"), entry("device", "Pixel 7a"), entry("ip", "198.51.100.7"));
        assertThat(run.sink.items.get(1).attributes()).containsExactly(entry("event_type", "send_message"),
                entry("guild_id", "11"), entry("channel_id", "22"), entry("message_id", "33"));
        assertThat(run.sink.items.get(1).at()).isEqualTo(Instant.parse("2023-08-01T10:05:00Z"));
        // Without "timestamp", the client's own time is taken.
        assertThat(run.sink.items.get(2).at()).isEqualTo(Instant.parse("2023-08-02T20:00:00Z"));
        assertThat(run.sink.items.get(2).attributes()).containsEntry("duration", "61000");
        assertThat(run.sink.items).extracting(i -> i.source().position()).containsExactly(0L, 1L, 2L);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void predictedGenderAndAgeWithoutAnEventTypeAreDemographicInferencesWithTheirProbabilities() throws Exception {
        ParserRun run = ParserRun.of(new ActivityEventsParser(), PATH, """
                {"event_type":"app_opened","timestamp":"\\"2023-03-14T08:00:00.000Z\\""}
                {"user_id": "605", "predicted_gender": "female", "probability": 0.8712, "prob_male": 0.1021, "prob_female": 0.8712, "prob_non_binary_gender_expansive": 0.0267, "model_version": "2023-03-08T00:00:00.000000Z", "day_pt": "2023-03-15 00:00:00 UTC"}
                {"user_id": "605", "predicted_age": "25-34", "probability": 0.61, "prob_13_17": 0.01, "prob_18_24": 0.12, "prob_25_34": 0.61, "prob_35_over": 0.26, "model_version": "2023-03-01T00:00:00.000000Z", "day_pt": "2023-03-08 00:00:00 UTC"}
                """);

        assertThat(run.sink.items).hasSize(1);
        assertThat(run.sink.inferences).allMatch(i -> i.kind() == InferenceKind.DEMOGRAPHIC)
                .extracting(StatedInference::value).containsExactly("Predicted gender: female", "Predicted age: 25-34");
        assertThat(run.sink.inferences.get(0).attributes()).containsExactly(entry("model", "predicted_gender"),
                entry("probability", "0.8712"), entry("prob_male", "0.1021"), entry("prob_female", "0.8712"),
                entry("prob_non_binary_gender_expansive", "0.0267"), entry("model_version", "2023-03-08T00:00:00.000000Z"),
                entry("day", "2023-03-15 00:00:00 UTC"));
        assertThat(run.sink.inferences.get(1).attributes()).containsEntry("prob_35_over", "0.26")
                .containsEntry("model", "predicted_age").doesNotContainKey("user_id");
        assertThat(run.sink.inferences).extracting(i -> i.source().position()).containsExactly(1L, 2L);
    }

    @Test
    void oddLinesAreReportedAndSkippedWhileTheRestImports() throws Exception {
        ParserRun run = ParserRun.of(new ActivityEventsParser(), PATH, """
                {"event_type":"app_opened","timestamp":"\\"soon\\""}
                {"user_id":"605","something":"else"}
                {"event_type":"add_reaction","emoji_name":"👍","timestamp
                {"predicted_gender":"","probability":0.5}
                {"event_type":"","timestamp":"\\"2023-01-01T00:00:00Z\\""}
                {"event_type":"add_reaction","emoji_name":"👍","timestamp":"\\"2023-01-01T00:00:00Z\\""}
                """);

        assertThat(run.sink.items).extracting(Item::title).containsExactly("App opened", "Add reaction");
        assertThat(run.sink.items.get(0).at()).as("an unreadable time is left out, not guessed").isNull();
        assertThat(run.sink.items.get(1).attributes()).containsEntry("emoji_name", "👍");
        assertThat(run.sink.inferences).isEmpty();
        // unusable time, neither event nor prediction, broken JSON, empty prediction, empty event type
        assertThat(run.file.problemCount()).isEqualTo(5);
    }

    @Test
    void aFileOfManyEventsIsStreamedWithoutBeingHeld() throws Exception {
        int lines = 20_000;
        byte[] line = ("{\"event_type\":\"app_opened\",\"event_id\":\"e\",\"os\":\"Android\",\"city\":\"Leipzig\","
                + "\"client_performance_cpu\":3.5,\"timestamp\":\"\\\"2023-08-01T10:00:00.123Z\\\"\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        // The content is made as it is read, about 3 MB that never exist at once (the reader keeps one line).
        InputStream endless = new InputStream() {
            private final long total = (long) lines * line.length;
            private long next;

            @Override
            public int read() {
                return next >= total ? -1 : line[(int) (next++ % line.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (next >= total) {
                    return -1;
                }
                int at = (int) (next % line.length);
                int n = (int) Math.min(Math.min(len, line.length - at), total - next);
                System.arraycopy(line, at, b, off, n);
                next += n;
                return n;
            }
        };
        long[] items = {0};
        long[] lastPosition = {-1};
        ImportSink counting = new ImportSink() {
            @Override
            public void item(Item item) {
                items[0]++;
                lastPosition[0] = item.source().position();
            }

            @Override
            public void inference(StatedInference inference) {
                throw new AssertionError("no predictions in this file");
            }

            @Override
            public void point(LocationPoint point) {
                throw new AssertionError("events carry no location points");
            }
        };
        ImportFile file = new ImportFile(PATH, -1, endless, counting, new ExportFacts(null, null));

        new ActivityEventsParser().parse(file);

        assertThat(items[0]).isEqualTo(lines);
        assertThat(lastPosition[0]).isEqualTo(lines - 1);
        assertThat(file.records()).isEqualTo(lines);
        assertThat(file.problemCount()).isZero();
    }
}
