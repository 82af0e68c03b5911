package app.footprint.cli;

import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.Service;
import app.footprint.requests.SnapshotDiff;
import app.footprint.store.Database;
import app.footprint.store.SnapshotQueries;
import app.footprint.store.SnapshotQueries.CategoryChange;
import app.footprint.store.SnapshotQueries.InferenceChange;
import app.footprint.store.SnapshotQueries.ItemSample;
import app.footprint.store.SnapshotQueries.LocationSpan;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "diff", description = {
        "What a newer export of a company still holds compared with an older one: per kind of data what",
        "disappeared, what remains and what is new. Defaults to the company's two latest snapshots."})
final class DiffCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--service", paramLabel = "S", required = true, description = "The company (facebook, google, ...).")
    String service;

    @Option(names = "--from", paramLabel = "EXPORT_ID", description = "The older export (default: the one before --to).")
    Long from;

    @Option(names = "--to", paramLabel = "EXPORT_ID", description = "The newer export (default: the latest of the same kind).")
    Long to;

    @Option(names = "--category", paramLabel = "C", split = ",",
            description = "Only these kinds of data for the verdict (messages, searches, ...; default: all).")
    List<String> categories;

    @Option(names = "--json", description = "Print JSON (see README.md for its fields).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Service company = service();
        Set<Category> chosen = chosen();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = Database.open(database.resolve())) {
            SnapshotQueries queries = new SnapshotQueries(db);
            Optional<List<Export>> pair = pair(queries, company);
            if (pair.isEmpty() && (from != null || to != null)) {
                Export given = from != null ? export(queries, company, from) : export(queries, company, to);
                err.println("Export #" + given.id() + " (" + company.displayName() + ", " + given.kind() + ") has no "
                        + (from != null ? "newer" : "older") + " snapshot to compare it with.");
                err.flush();
                return 2;
            }
            if (pair.isEmpty()) {
                err.println(company.displayName() + " has fewer than two snapshots of one kind of export to compare"
                        + " (" + db.exportsOf(company).size() + " imported). Import a newer export first.");
                err.flush();
                return 2;
            }
            SnapshotDiff diff = SnapshotDiff.of(queries, pair.get().get(0), pair.get().get(1), chosen);
            if (json) {
                writeJson(diff, out);
            } else {
                writeText(diff, out);
            }
        }
        out.flush();
        return 0;
    }

    private Optional<List<Export>> pair(SnapshotQueries queries, Service company) {
        if (from == null && to == null) {
            return queries.latestPair(company);
        }
        Export newer = to == null ? null : export(queries, company, to);
        Export older = from == null ? null : export(queries, company, from);
        if (older == null) {
            older = queries.before(newer).orElse(null);
        }
        if (newer == null) {
            newer = queries.latestAfter(older).orElse(null);
        }
        if (older != null && newer != null && !older.kind().equals(newer.kind())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Export #" + older.id() + " is " + older.kind()
                    + " and export #" + newer.id() + " " + newer.kind() + ": compare two snapshots of one kind");
        }
        if (older != null && newer != null && older.id() == newer.id()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from and --to name the same export");
        }
        return older == null || newer == null ? Optional.empty() : Optional.of(List.of(older, newer));
    }

    private Export export(SnapshotQueries queries, Service company, long id) {
        Export e = queries.export(id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "No export #" + id + " in this database"));
        if (e.service() != company) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Export #" + id + " is of "
                    + e.service().displayName() + ", not " + company.displayName());
        }
        return e;
    }

    private Service service() {
        try {
            return Service.fromId(service.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown service: " + service
                    + " (use one of " + String.join(", ", Arrays.stream(Service.values()).map(Service::id).toList()) + ")");
        }
    }

    private Set<Category> chosen() {
        Set<Category> out = EnumSet.noneOf(Category.class);
        for (String name : categories == null ? List.<String>of() : categories) {
            try {
                out.add(Category.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown kind of data: " + name
                        + " (use one of " + String.join(", ", Arrays.stream(Category.values()).map(DiffCommand::lower).toList()) + ")");
            }
        }
        return out;
    }

    static void writeJson(SnapshotDiff diff, PrintWriter out) throws IOException {
        var c = diff.comparison();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("service", c.older().service().id());
            g.writeNumberField("from", c.older().id());
            g.writeNumberField("to", c.newer().id());
            g.writeStringField("kind", c.older().kind());
            g.writeStringField("verdict", diff.verdict().name());
            g.writeStringField("summary", diff.summary());
            g.writeObjectFieldStart("categories");
            for (CategoryChange change : c.categories()) {
                g.writeObjectFieldStart(lower(change.category()));
                g.writeNumberField("gone", change.gone());
                g.writeNumberField("kept", change.kept());
                g.writeNumberField("new", change.added());
                g.writeStringField("oldestKept", iso(change.oldestKept()));
                writeSample(g, "goneSample", change.goneSample());
                writeSample(g, "keptSample", change.keptSample());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("statedInferences");
            for (InferenceChange change : c.inferences()) {
                g.writeObjectFieldStart(lower(change.kind()));
                g.writeNumberField("gone", change.gone());
                g.writeNumberField("kept", change.kept());
                g.writeNumberField("new", change.added());
                writeValues(g, "goneValues", change.goneValues());
                writeValues(g, "keptValues", change.keptValues());
                writeValues(g, "newValues", change.addedValues());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("locations");
            writeSpan(g, "from", c.olderLocations());
            writeSpan(g, "to", c.newerLocations());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.println();
    }

    private static void writeSample(JsonGenerator g, String name, List<ItemSample> sample) throws IOException {
        g.writeArrayFieldStart(name);
        for (ItemSample s : sample) {
            g.writeStartObject();
            g.writeStringField("title", s.title());
            g.writeStringField("at", iso(s.at()));
            g.writeStringField("file", s.file());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeValues(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void writeSpan(JsonGenerator g, String name, LocationSpan span) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("points", span.points());
        g.writeStringField("first", iso(span.first()));
        g.writeStringField("last", iso(span.last()));
        g.writeEndObject();
    }

    private static void writeText(SnapshotDiff diff, PrintWriter out) {
        var c = diff.comparison();
        out.printf(Locale.ROOT, "%s: export #%d compared with the newer export #%d (%s)%n",
                c.older().service().displayName(), c.older().id(), c.newer().id(), c.older().kind());
        out.printf(Locale.ROOT, "  %-40s %10s %10s %10s%n", "", "gone", "kept", "new");
        for (CategoryChange change : c.categories()) {
            out.printf(Locale.ROOT, "  %-40s %,10d %,10d %,10d%n", change.category().label(), change.gone(),
                    change.kept(), change.added());
        }
        for (InferenceChange change : c.inferences()) {
            out.printf(Locale.ROOT, "  %-40s %,10d %,10d %,10d%n", "Stated: " + change.kind().label(), change.gone(),
                    change.kept(), change.added());
        }
        if (c.olderLocations().points() > 0 || c.newerLocations().points() > 0) {
            out.printf(Locale.ROOT, "  Location points: %,d before, %,d after (compared by count and time span only)%n",
                    c.olderLocations().points(), c.newerLocations().points());
        }
        out.println(diff.verdict().name() + ": " + diff.summary());
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
