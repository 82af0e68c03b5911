package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.ExportFacts;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.ImportSink;
import app.footprint.model.Item;
import app.footprint.model.LocationPoint;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class MessagesParserTest {
    private static final String PATH = "your_facebook_activity/messages/inbox/maxmuller_10153620219346235/message_1.json";

    @Test
    void makesOneItemPerMessageNamedAfterTheOtherPersonBeforeTheTitleIsSeen() throws IOException {
        // Facebook writes "title" after "messages": the folder name tells who the thread is with.
        ParserRun run = ParserRun.of(new MessagesParser(), PATH, """
                {"participants": [{"name": "Max M\\u00c3\\u00bcller"}, {"name": "Jana M\\u00c3\\u00bcller"}],
                 "messages": [
                   {"sender_name": "Max M\\u00c3\\u00bcller", "timestamp_ms": 1698272460123, "content": "Sch\\u00c3\\u00b6nen Abend!"},
                   {"sender_name": "Jana M\\u00c3\\u00bcller", "timestamp_ms": 1698272400000, "photos": [{"uri": "a.jpg"}, {"uri": "b.jpg"}]},
                   42,
                   {"sender_name": "Max M\\u00c3\\u00bcller", "timestamp_ms": 1665849123456789, "content": "kaputte Zeit"},
                   {"sender_name": "Jana M\\u00c3\\u00bcller", "timestamp_ms": "1698272300000", "content": "Hallo",
                    "share": {"link": "https://example.org/"}}
                 ],
                 "title": "Max M\\u00c3\\u00bcller",
                 "is_still_participant": true,
                 "thread_path": "inbox/maxmuller_10153620219346235"}""");

        List<Item> messages = run.sink.items(Category.MESSAGES);
        assertThat(messages).hasSize(4);
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.title()).isEqualTo("Max Müller");
            assertThat(m.attributes()).containsEntry("thread", "inbox/maxmuller_10153620219346235");
        });
        assertThat(messages.get(0).detail()).isEqualTo("Schönen Abend!");
        assertThat(messages.get(0).at()).isEqualTo(Instant.ofEpochMilli(1698272460123L));
        assertThat(messages.get(0).attributes()).containsEntry("sender", "Max Müller");
        assertThat(messages.get(1).detail()).isNull();
        assertThat(messages.get(1).attributes()).containsEntry("attachments", "2 photos");
        assertThat(messages.get(2).at()).isNull();
        assertThat(messages.get(3).at()).isEqualTo(Instant.ofEpochMilli(1698272300000L));
        assertThat(messages.get(3).attributes()).containsEntry("link", "https://example.org/");
        assertThat(messages).extracting(m -> m.source().position()).containsExactly(0L, 1L, 3L, 4L);
        // the 42 and the impossible time
        assertThat(run.file.problemCount()).isEqualTo(2);
    }

    @Test
    void usesTheTitleWhenItComesFirstAndNamesGroupsAfterTheirParticipants() throws IOException {
        ParserRun titled = ParserRun.of(new MessagesParser(), "messages/archived_threads/wandergruppe_123/message_2.json", """
                {"title": "Wandergruppe \\u00e2\\u009b\\u00b0", "messages": [{"sender_name": "A", "timestamp_ms": 1698272460000, "content": "Los!"}]}""");
        ParserRun group = ParserRun.of(new MessagesParser(), "messages/inbox/wandergruppe_123/message_1.json", """
                {"participants": [{"name": "A"}, {"name": "B"}, {"name": "C"}, {"name": "D"}],
                 "messages": [{"sender_name": "A", "timestamp_ms": 1698272460000, "content": "Los!"}]}""");

        assertThat(titled.sink.items).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("Wandergruppe ⛰");
            assertThat(m.attributes()).containsEntry("thread", "archived_threads/wandergruppe_123");
        });
        assertThat(group.sink.items).singleElement()
                .satisfies(m -> assertThat(m.title()).isEqualTo("A, B, C and 1 more"));
    }

    @Test
    void failsOnAFileWithoutMessages() {
        assertThatThrownBy(() -> ParserRun.of(new MessagesParser(), PATH, "{\"participants\": []}"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("messages");
    }

    @Test
    void streamsALongThreadMessageByMessage() throws IOException {
        int count = 60_000;
        long[] seen = {0};
        long[] lastPosition = {-1};
        ImportSink counting = new ImportSink() {
            @Override
            public void item(Item item) {
                seen[0]++;
                lastPosition[0] = item.source().position();
            }

            @Override
            public void inference(StatedInference inference) {
                throw new AssertionError("messages state no inferences");
            }

            @Override
            public void point(LocationPoint point) {
                throw new AssertionError("messages carry no location points");
            }
        };
        ImportFile file = new ImportFile(PATH, -1, generatedThread(count), counting, new ExportFacts(null, null));

        new MessagesParser().parse(file);

        assertThat(seen[0]).isEqualTo(count);
        assertThat(lastPosition[0]).isEqualTo(count - 1);
        assertThat(file.records()).isEqualTo(count);
        assertThat(file.problemCount()).isZero();
    }

    /** A thread written piece by piece as it is read, never held whole. */
    private static InputStream generatedThread(int messages) {
        Enumeration<InputStream> pieces = new Enumeration<>() {
            private int next = -1;

            @Override
            public boolean hasMoreElements() {
                return next <= messages;
            }

            @Override
            public InputStream nextElement() {
                if (!hasMoreElements()) {
                    throw new NoSuchElementException();
                }
                String piece;
                if (next == -1) {
                    piece = "{\"participants\": [{\"name\": \"Max\"}, {\"name\": \"Jana\"}], \"messages\": [";
                } else if (next < messages) {
                    piece = (next > 0 ? "," : "") + "{\"sender_name\": \"Max\", \"timestamp_ms\": "
                            + (1600000000000L + next) + ", \"content\": \"Nachricht " + next + "\"}";
                } else {
                    piece = "], \"title\": \"Max\"}";
                }
                next++;
                return new ByteArrayInputStream(piece.getBytes(StandardCharsets.UTF_8));
            }
        };
        return new SequenceInputStream(pieces);
    }
}
