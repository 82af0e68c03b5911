package app.footprint.cli;

import app.footprint.model.TrackedRequest;
import app.footprint.requests.DeadlineCalendar;
import app.footprint.requests.Deadlines;
import app.footprint.requests.Holidays;
import app.footprint.requests.Laws;
import app.footprint.requests.RequestBackup;
import app.footprint.requests.RequestTracker;
import app.footprint.store.Database;
import app.footprint.store.RequestStore;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "requests", description = "The requests you sent to companies: their reference numbers, status and deadlines.",
        subcommands = {RequestsCommand.ListRequests.class, RequestsCommand.AddRequest.class,
                RequestsCommand.Backup.class, RequestsCommand.Restore.class, RequestsCommand.Calendar.class})
final class RequestsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every subcommand shares: the database and the way to the tracker. */
    abstract static class Sub implements Callable<Integer> {
        @Mixin
        DatabaseOption database;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        static RequestTracker tracker(Database db) {
            return new RequestTracker(new RequestStore(db), Laws.bundled(), new Deadlines(Holidays.none()),
                    Clock.systemUTC());
        }

        CommandLine.ParameterException wrong(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "list", description = "Every request with its status today and its dates.")
    static final class ListRequests extends Sub {
        @Option(names = "--json", description = "Print JSON: an array of {reference, service, law, type, status, "
                + "sent, due, extendedDue, acknowledgeBy}.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            LocalDate today = LocalDate.now(Clock.systemUTC());
            try (Database db = Database.open(database.resolve())) {
                List<TrackedRequest> requests = tracker(db).list();
                PrintWriter out = out();
                if (json) {
                    writeJson(requests, today, out);
                } else if (requests.isEmpty()) {
                    out.println("No requests yet. Add one with: footprint requests add --service S --law L --type T --sent YYYY-MM-DD");
                } else {
                    for (TrackedRequest r : requests) {
                        out.printf("%s  %-12s %-8s %-18s %-14s sent %s  due %s%s%n", r.reference(), r.service(),
                                r.lawKey(), r.typeKey(), RequestTracker.shownStatus(r, today).key(), r.sent(), r.due(),
                                r.extendedDue() == null ? "" : "  extended to " + r.extendedDue());
                    }
                }
                out.flush();
            }
            return 0;
        }

        private static void writeJson(List<TrackedRequest> requests, LocalDate today, PrintWriter out) throws IOException {
            try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                g.useDefaultPrettyPrinter();
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartArray();
                for (TrackedRequest r : requests) {
                    g.writeStartObject();
                    g.writeStringField("reference", r.reference());
                    g.writeStringField("service", r.service());
                    g.writeStringField("law", r.lawKey());
                    g.writeStringField("type", r.typeKey());
                    g.writeStringField("status", RequestTracker.shownStatus(r, today).key());
                    g.writeStringField("sent", iso(r.sent()));
                    g.writeStringField("due", iso(r.due()));
                    g.writeStringField("extendedDue", iso(r.extendedDue()));
                    g.writeStringField("acknowledgeBy", iso(r.acknowledgeBy()));
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            out.println();
        }
    }

    @Command(name = "add", description = "Starts tracking a request you sent; prints its reference number and due date.")
    static final class AddRequest extends Sub {
        @Option(names = "--service", required = true, paramLabel = "S", description = "The company (facebook, google, ...).")
        String service;

        @Option(names = "--law", required = true, paramLabel = "L", description = "The law's key, as for 'footprint deadline'.")
        String law;

        @Option(names = "--type", required = true, paramLabel = "T", description = "The request type's key, as for 'footprint deadline'.")
        String type;

        @Option(names = "--sent", required = true, paramLabel = "YYYY-MM-DD", description = "The day the company received it.")
        String sent;

        @Override
        public Integer call() {
            if (service.isBlank()) {
                throw wrong("--service is empty");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(sent);
            } catch (DateTimeParseException e) {
                throw wrong("Not a date (YYYY-MM-DD): " + sent);
            }
            try (Database db = Database.open(database.resolve())) {
                TrackedRequest r;
                try {
                    r = tracker(db).open(service.strip(), law, type, day);
                } catch (IllegalArgumentException e) {
                    throw wrong(e.getMessage());
                }
                out().println(r.reference() + ": " + r.service() + " " + r.typeKey() + " request under " + r.lawKey()
                        + ", sent " + r.sent() + ", due " + r.due()
                        + (r.acknowledgeBy() == null ? "" : ", acknowledge by " + r.acknowledgeBy()));
                out().flush();
            }
            return 0;
        }
    }

    @Command(name = "backup", description = "Saves every request with its log to a JSON file.")
    static final class Backup extends Sub {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file to write.")
        Path file;

        @Override
        public Integer call() throws IOException {
            try (Database db = Database.open(database.resolve()); OutputStream out = Files.newOutputStream(file)) {
                int n = new RequestBackup(new RequestStore(db)).write(out);
                out().println("Saved " + n + " request(s) to " + file);
            }
            return 0;
        }
    }

    @Command(name = "restore", description = "Adds the requests of a backup; a broken file changes nothing.")
    static final class Restore extends Sub {
        @Parameters(paramLabel = "FILE", description = "A file written by 'footprint requests backup'.")
        Path file;

        @Override
        public Integer call() {
            try (Database db = Database.open(database.resolve()); InputStream in = Files.newInputStream(file)) {
                int n = new RequestBackup(new RequestStore(db)).restore(in);
                out().println("Restored " + n + " request(s) from " + file);
                return 0;
            } catch (NoSuchFileException e) {
                throw wrong("No such file: " + file);
            } catch (IOException e) {
                spec.commandLine().getErr().println("Nothing restored: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "calendar", description = "Saves the deadlines of the open requests as an .ics calendar.")
    static final class Calendar extends Sub {
        @Option(names = "--out", required = true, paramLabel = "FILE.ics", description = "The calendar file to write.")
        Path file;

        @Override
        public Integer call() throws IOException {
            try (Database db = Database.open(database.resolve()); OutputStream out = Files.newOutputStream(file)) {
                int n = DeadlineCalendar.write(tracker(db).list(), Clock.systemUTC().instant(), out);
                out().println("Saved " + n + " deadline(s) to " + file);
            }
            return 0;
        }
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
