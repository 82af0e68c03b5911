package app.footprint.cli;

import app.footprint.requests.Deadline;
import app.footprint.requests.Deadlines;
import app.footprint.requests.Holidays;
import app.footprint.requests.Law;
import app.footprint.requests.Laws;
import app.footprint.requests.RequestType;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "deadline", description = {
        "By when a company must answer a request under a law, counted from the day it received it.",
        "Laws and their rules: docs/LAWS.md."})
final class DeadlineCommand implements Callable<Integer> {
    @Option(names = "--law", required = true, paramLabel = "L", description = "gdpr, uk-gdpr, ccpa, va, co, ct, ut, tx, "
            + "or, fl, ia, us-state, lgpd, pipeda or ch-fadp.")
    String law;

    @Option(names = "--type", required = true, paramLabel = "T", description = "access, erasure, object-marketing, "
            + "object, restrict, rectify, automated-decision, know, delete, correct, opt-out or limit.")
    String type;

    @Option(names = "--received", required = true, paramLabel = "YYYY-MM-DD",
            description = "The day the company received the request.")
    String received;

    @Option(names = "--holidays", paramLabel = "FILE",
            description = "Public holidays to skip besides weekends: one YYYY-MM-DD a line, '#' starts a comment.")
    Path holidays;

    @Option(names = "--json", description = "Print JSON: law, type, due, extendedDue, acknowledgeBy (null where the law has none).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Laws laws = Laws.bundled();
        Law chosenLaw = laws.find(law).orElseThrow(() -> wrong("Unknown law: " + law + " (use one of "
                + laws.all().stream().map(Law::key).collect(Collectors.joining(", ")) + ")"));
        RequestType chosenType = RequestType.fromKey(type).orElseThrow(() -> wrong("Unknown request type: " + type
                + " (use one of " + Arrays.stream(RequestType.values()).map(RequestType::key)
                .collect(Collectors.joining(", ")) + ")"));
        if (!chosenLaw.grants(chosenType)) {
            throw wrong(chosenLaw.name() + " (" + chosenLaw.key() + ") grants no " + chosenType.key() + " request; it grants "
                    + chosenLaw.types().stream().map(RequestType::key).collect(Collectors.joining(", ")));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(received);
        } catch (DateTimeParseException e) {
            throw wrong("Not a date (YYYY-MM-DD): " + received);
        }
        Holidays skipped = holidays == null ? Holidays.none() : readHolidays();
        Deadline deadline = new Deadlines(skipped).of(chosenLaw, chosenType, day);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            writeJson(deadline, out);
        } else {
            writeText(deadline, out);
        }
        out.flush();
        return 0;
    }

    private Holidays readHolidays() {
        try {
            return Holidays.read(holidays);
        } catch (IOException e) {
            throw wrong("Cannot read the holidays: " + e.getMessage());
        }
    }

    private CommandLine.ParameterException wrong(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static void writeJson(Deadline d, PrintWriter out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("law", d.law().key());
            g.writeStringField("type", d.type().key());
            g.writeStringField("due", iso(d.due()));
            g.writeStringField("extendedDue", iso(d.extendedDue()));
            g.writeStringField("acknowledgeBy", iso(d.acknowledgeBy()));
            g.writeEndObject();
        }
        out.println();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void writeText(Deadline d, PrintWriter out) {
        Law law = d.law();
        var timing = law.timing(d.type());
        out.println(law.name() + ": " + d.type().label());
        out.println("  cites           " + law.provision(d.type()).map(p -> p.cite() + (p.toVerify() ? " (verify)" : ""))
                .orElse(""));
        out.println("  received        " + d.received());
        out.println("  due             " + d.due() + "  (" + timing.due().describe() + ", " + timing.due().basis()
                + (timing.due().toVerify() ? ", verify" : "") + ")");
        out.println("  extended due    " + (d.extendedDue() == null ? "none in the law"
                : d.extendedDue() + "  (" + timing.extendedDue().basis() + ")"));
        if (d.acknowledgeBy() != null) {
            out.println("  acknowledge by  " + d.acknowledgeBy() + "  (" + timing.acknowledgeBy().describe() + ", "
                    + timing.acknowledgeBy().basis() + ")");
        }
        out.println("  complain to     " + law.complaintTo() + (law.complaintToVerify() ? " (verify)" : ""));
        if (!law.note().isEmpty()) {
            out.println("  note            " + law.note());
        }
    }
}
