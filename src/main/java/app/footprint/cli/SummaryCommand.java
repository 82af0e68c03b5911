package app.footprint.cli;

import app.footprint.analysis.ProfileUpdater;
import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
import app.footprint.model.Export;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "summary", description = "What each company holds about you, from the imported exports.")
final class SummaryCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--json", description = "Print JSON (see README.md for its fields).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Database.open(database.resolve())) {
            ProfileUpdater.standard().updateIfStale(db);
            List<Export> exports = db.exports();
            List<CompanySummary> companies = new CompanyQueries(db).overview();
            if (json) {
                writeJson(exports, companies, out);
            } else {
                writeText(exports, companies, out);
            }
        }
        out.flush();
        return 0;
    }

    static void writeJson(List<Export> exports, List<CompanySummary> companies, PrintWriter out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try (JsonGenerator g = mapper.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeArrayFieldStart("exports");
            for (Export e : exports) {
                g.writeStartObject();
                g.writeNumberField("id", e.id());
                g.writeStringField("service", e.service().id());
                g.writeStringField("kind", e.kind());
                g.writeStringField("source", e.source());
                g.writeNumberField("items", e.items());
                g.writeNumberField("inferences", e.inferences());
                g.writeNumberField("problems", e.problems());
                g.writeStringField("exportedAt", iso(e.exportedAt()));
                g.writeStringField("importedAt", iso(e.importedAt()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("companies");
            for (CompanySummary c : companies) {
                g.writeStartObject();
                g.writeStringField("service", c.service().id());
                g.writeStringField("name", c.name());
                g.writeNumberField("items", c.items());
                g.writeObjectFieldStart("categories");
                for (CategoryStats s : c.categories()) {
                    g.writeNumberField(s.category().name().toLowerCase(Locale.ROOT), s.items());
                }
                g.writeEndObject();
                g.writeNumberField("statedInferences", c.statedInferences());
                g.writeNumberField("derivedInferences", c.derivedInferences());
                g.writeNumberField("sensitiveInferences", c.sensitiveInferences());
                g.writeNumberField("advertisers", c.advertisers());
                g.writeStringField("firstItem", iso(c.firstItem()));
                g.writeStringField("lastItem", iso(c.lastItem()));
                g.writeNumberField("snapshots", c.snapshots());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void writeText(List<Export> exports, List<CompanySummary> companies, PrintWriter out) {
        if (companies.isEmpty()) {
            out.println("Nothing imported yet. Try: footprint demo --import");
            return;
        }
        for (CompanySummary c : companies) {
            out.printf(Locale.ROOT, "%s: %,d items, %,d stated inferences, %s%n", c.name(), c.items(),
                    c.statedInferences(), span(c.firstItem(), c.lastItem()));
            for (CategoryStats s : c.categories()) {
                out.printf(Locale.ROOT, "  %-40s %,10d  %s%n", s.category().label(), s.items(), span(s.first(), s.last()));
            }
        }
        out.printf(Locale.ROOT, "%d exports imported.%n", exports.size());
    }

    private static String span(Instant first, Instant last) {
        if (first == null) {
            return "no dates";
        }
        return first.toString().substring(0, 10) + " to " + last.toString().substring(0, 10);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
