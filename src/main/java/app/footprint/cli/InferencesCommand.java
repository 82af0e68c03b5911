package app.footprint.cli;

import app.footprint.analysis.ProfileUpdater;
import app.footprint.model.Inference;
import app.footprint.model.Service;
import app.footprint.model.StoredInference;
import app.footprint.store.Database;
import app.footprint.store.InferenceStore;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "inferences", description = {
        "What the companies concluded about you and what your data implies, each with its evidence.",
        "Analyses the imported exports first when they changed since the last analysis."})
final class InferencesCommand implements Callable<Integer> {
    /** The value of --service for the conclusions that several companies' data reveal together. */
    static final String COMBINED = "combined";

    @Mixin
    DatabaseOption database;

    @Option(names = "--service", paramLabel = "S",
            description = "Only this company (google, facebook, ...) or \"combined\" for what the exports reveal together.")
    String service;

    @Option(names = "--json", description = "Print JSON (see README.md for its fields).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean combinedOnly = COMBINED.equalsIgnoreCase(service);
        Service only = null;
        if (service != null && !combinedOnly) {
            try {
                only = Service.fromId(service.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown service: " + service
                        + " (use one of " + String.join(", ", Arrays.stream(Service.values()).map(Service::id)
                        .toList()) + ", or " + COMBINED + ")");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Database.open(database.resolve())) {
            ProfileUpdater.standard().updateIfStale(db);
            List<StoredInference> all = new InferenceStore(db).all();
            Service wanted = only;
            List<Inference> shown = all.stream().map(StoredInference::inference)
                    .filter(i -> service == null || (combinedOnly ? i.isCombined() : i.service() == wanted)).toList();
            if (json) {
                writeJson(shown, out);
            } else {
                writeText(shown, out);
            }
        }
        out.flush();
        return 0;
    }

    static void writeJson(List<Inference> inferences, PrintWriter out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            for (Inference i : inferences) {
                g.writeStartObject();
                g.writeStringField("service", i.isCombined() ? COMBINED : i.service().id());
                g.writeStringField("origin", lower(i.origin()));
                g.writeStringField("kind", lower(i.kind()));
                g.writeStringField("label", i.label());
                g.writeStringField("topic", i.topic() == null ? null : i.topic().label());
                g.writeStringField("sensitive", i.sensitive() == null ? null : lower(i.sensitive()));
                g.writeNumberField("confidence", Math.round(i.confidence() * 100) / 100.0);
                g.writeNumberField("evidence", i.evidenceCount());
                if (i.isPlace()) {
                    g.writeNumberField("lat", i.latitude());
                    g.writeNumberField("lon", i.longitude());
                } else {
                    g.writeNullField("lat");
                    g.writeNullField("lon");
                }
                g.writeStringField("support", i.support() == null ? null : lower(i.support()));
                g.writeStringField("explanation", i.explanation());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.println();
    }

    private static void writeText(List<Inference> inferences, PrintWriter out) {
        if (inferences.isEmpty()) {
            out.println("No inferences yet. Try: footprint demo --import");
            return;
        }
        String company = null;
        for (Inference i : inferences) {
            String name = i.isCombined() ? "Across companies" : i.service().displayName();
            if (!name.equals(company)) {
                company = name;
                out.println(name);
            }
            out.printf(Locale.ROOT, "  %-8s %-34s %s%s  (%,d evidence, %.0f%%)%n", lower(i.origin()),
                    i.kind().label(), i.label(), i.sensitive() == null ? "" : "  [sensitive: " + i.sensitive().label() + "]",
                    i.evidenceCount(), i.confidence() * 100);
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
