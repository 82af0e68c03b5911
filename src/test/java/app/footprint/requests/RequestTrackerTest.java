package app.footprint.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.model.RequestEvent;
import app.footprint.model.RequestLogEntry;
import app.footprint.model.RequestStatus;
import app.footprint.model.TrackedRequest;
import app.footprint.store.Database;
import app.footprint.store.RequestStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestTrackerTest {
    private static final Instant NOW = Instant.parse("2026-01-31T09:00:00Z");

    @TempDir
    Path dir;

    private Database db;
    private RequestStore store;
    private RequestTracker tracker;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        store = new RequestStore(db);
        tracker = new RequestTracker(store, Laws.bundled(), new Deadlines(Holidays.none()), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRequestGetsAReferenceAndItsDatesFromTheDeadlines() {
        TrackedRequest gdpr = tracker.open("facebook", "gdpr", "access", LocalDate.of(2026, 1, 31));
        TrackedRequest ccpa = tracker.open("google", "ccpa", "know", LocalDate.of(2026, 1, 31));
        assertThat(gdpr.reference()).isEqualTo("FP-2026-0001");
        assertThat(ccpa.reference()).isEqualTo("FP-2026-0002");
        Deadline expected = new Deadlines(Holidays.none()).of(Laws.bundled().find("ccpa").orElseThrow(),
                RequestType.KNOW, LocalDate.of(2026, 1, 31));
        assertThat(gdpr.due()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(gdpr.extendedDue()).as("only once the company extends").isNull();
        assertThat(gdpr.acknowledgeBy()).isNull();
        assertThat(gdpr.status()).isEqualTo(RequestStatus.SENT);
        assertThat(ccpa.due()).isEqualTo(expected.due());
        assertThat(ccpa.acknowledgeBy()).isEqualTo(expected.acknowledgeBy()).isNotNull();
        assertThat(store.get("FP-2026-0001")).contains(gdpr);
        assertThat(store.log("FP-2026-0001")).extracting(RequestLogEntry::event).containsExactly(RequestEvent.SENT);
    }

    @Test
    void unknownLawsAndTypesTheLawDoesNotGrantAreRefused() {
        assertThatThrownBy(() -> tracker.open("facebook", "mars", "access", LocalDate.of(2026, 1, 31)))
                .hasMessageContaining("Unknown law: mars");
        assertThatThrownBy(() -> tracker.open("facebook", "gdpr", "opt-out", LocalDate.of(2026, 1, 31)))
                .hasMessageContaining("grants no opt-out");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void overdueAfterTheDueDateUntilExtendedThenAfterTheExtendedOne() {
        TrackedRequest r = tracker.open("facebook", "gdpr", "access", LocalDate.of(2026, 1, 31));
        assertThat(RequestTracker.shownStatus(r, LocalDate.of(2026, 3, 2))).isEqualTo(RequestStatus.SENT);
        assertThat(RequestTracker.shownStatus(r, LocalDate.of(2026, 3, 3))).isEqualTo(RequestStatus.OVERDUE);

        TrackedRequest extended = tracker.recordExtension(r.reference(), "They need two more months");
        Deadline d = new Deadlines(Holidays.none()).of(Laws.bundled().find("gdpr").orElseThrow(), RequestType.ACCESS,
                LocalDate.of(2026, 1, 31));
        assertThat(extended.extendedDue()).isEqualTo(d.extendedDue()).isAfter(LocalDate.of(2026, 3, 3));
        assertThat(extended.status()).isEqualTo(RequestStatus.EXTENDED);
        assertThat(RequestTracker.shownStatus(extended, LocalDate.of(2026, 3, 3))).isEqualTo(RequestStatus.EXTENDED);
        assertThat(RequestTracker.shownStatus(extended, d.extendedDue().plusDays(1))).isEqualTo(RequestStatus.OVERDUE);
        assertThat(store.get(r.reference())).contains(extended);

        TrackedRequest done = tracker.recordReply(r.reference(), RequestStatus.FULFILLED, false, "Got the export", "reply.pdf");
        assertThat(RequestTracker.shownStatus(done, LocalDate.of(2027, 1, 1))).isEqualTo(RequestStatus.FULFILLED);
        assertThat(store.log(r.reference())).extracting(RequestLogEntry::event).containsExactly(RequestEvent.SENT,
                RequestEvent.EXTENSION_ANNOUNCED, RequestEvent.REPLY_RECORDED);
        assertThat(store.log(r.reference()).get(2).attachment()).isEqualTo("reply.pdf");
    }

    @Test
    void aReplyAskingForSomethingNeedsAction() {
        TrackedRequest r = tracker.open("facebook", "gdpr", "erasure", LocalDate.of(2026, 1, 31));
        TrackedRequest asked = tracker.recordReply(r.reference(), RequestStatus.IN_PROGRESS, true, "Send an ID copy", null);
        assertThat(RequestTracker.shownStatus(asked, LocalDate.of(2026, 2, 5))).isEqualTo(RequestStatus.ACTION_NEEDED);
        assertThatThrownBy(() -> tracker.recordReply(r.reference(), RequestStatus.OVERDUE, false, "", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void remindersListTheOpenRequestsWhoseDeadlinePassedOrComesWithinTheWindow() {
        TrackedRequest march = tracker.open("facebook", "gdpr", "access", LocalDate.of(2026, 1, 31)); // due 2 Mar
        TrackedRequest april = tracker.open("google", "gdpr", "access", LocalDate.of(2026, 3, 10)); // due 10 Apr
        TrackedRequest done = tracker.open("spotify", "gdpr", "access", LocalDate.of(2026, 1, 31));
        tracker.recordReply(done.reference(), RequestStatus.FULFILLED, false, "", null);
        assertThat(tracker.dueWithin(LocalDate.of(2026, 2, 20), 7)).isEmpty();
        assertThat(tracker.dueWithin(LocalDate.of(2026, 2, 23), 7)).extracting(TrackedRequest::reference)
                .containsExactly(march.reference());
        assertThat(tracker.dueWithin(LocalDate.of(2026, 4, 3), 7)).extracting(TrackedRequest::reference)
                .containsExactly(march.reference(), april.reference());
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseGivesBackTheSameRequestsAndLogs() throws IOException {
        TrackedRequest a = tracker.open("facebook", "gdpr", "access", LocalDate.of(2026, 1, 31));
        tracker.open("google", "ccpa", "know", LocalDate.of(2026, 2, 2));
        tracker.recordExtension(a.reference(), "Extended; \"complex\" request\nsee letter");
        tracker.recordReply(a.reference(), RequestStatus.IN_PROGRESS, true, "ID copy, please", "/tmp/réponse.pdf");
        Map<TrackedRequest, List<RequestLogEntry>> before = store.all();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new RequestBackup(store).write(out)).isEqualTo(2);

        try (Database other = Database.open(dir.resolve("restored.db"))) {
            RequestStore restored = new RequestStore(other);
            assertThat(new RequestBackup(restored).restore(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(2);
            assertThat(restored.all()).isEqualTo(before);
            assertThat(restored.log(a.reference())).hasSize(3);
            // The next reference continues after the restored ones.
            assertThat(new RequestTracker(restored, Laws.bundled(), new Deadlines(Holidays.none()),
                    Clock.fixed(NOW, ZoneOffset.UTC)).open("x", "gdpr", "access", LocalDate.of(2026, 3, 1)).reference())
                    .isEqualTo("FP-2026-0003");
        }
    }

    @Test
    void aBrokenBackupChangesNothingAndNamesTheRecord() throws IOException {
        tracker.open("facebook", "gdpr", "access", LocalDate.of(2026, 1, 31));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RequestBackup(store).write(out);
        String good = out.toString(StandardCharsets.UTF_8);
        String second = good.substring(good.indexOf("{", good.indexOf("[")), good.lastIndexOf("]"))
                .replace("FP-2026-0001", "FP-2026-0002").replace("\"id\" : 1", "\"id\" : 2")
                .replace("\"2026-03-02\"", "\"2026-02-30\"");
        String broken = good.substring(0, good.lastIndexOf("]")) + ", " + second + "]}";

        try (Database other = Database.open(dir.resolve("other.db"))) {
            RequestStore target = new RequestStore(other);
            assertThatThrownBy(() -> new RequestBackup(target).restore(
                    new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(IOException.class).hasMessageStartingWith("request 2: due is not a date");
            assertThat(target.list()).as("the good first record is not kept either").isEmpty();
        }
        // Restoring into the database that already holds the request changes nothing either.
        assertThatThrownBy(() -> new RequestBackup(store).restore(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(IOException.class).hasMessageContaining("already there");
        assertThat(store.list()).hasSize(1);
        assertThat(store.log("FP-2026-0001")).hasSize(1);
    }
}
