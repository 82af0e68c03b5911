package app.footprint.importers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** Turns what went wrong in a file into one sentence a person can act on. */
final class Problems {
    private Problems() {
    }

    static String describe(Exception e) {
        if (e instanceof StreamConstraintsException c) {
            return "too deeply nested or too large to read safely (" + firstLine(c.getOriginalMessage()) + ")";
        }
        if (e instanceof JsonProcessingException j) {
            JsonLocation at = j.getLocation();
            String where = at == null || at.getLineNr() < 0 ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return "not valid JSON" + where + ": " + firstLine(j.getOriginalMessage());
        }
        if (e instanceof java.io.IOException) {
            return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return "could not be read because of an unexpected error (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
