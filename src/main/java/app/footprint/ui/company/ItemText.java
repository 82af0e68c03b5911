package app.footprint.ui.company;

import app.footprint.model.ItemRow;
import app.footprint.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;

/** The columns of the item browser, as text. A row still being read (null) shows empty cells. */
final class ItemText {
    private ItemText() {
    }

    /** "12 Mar 2024, 14:05", marked when the export gave no time zone and UTC was assumed. */
    static String when(ItemRow row) {
        if (row == null || row.at() == null) {
            return "";
        }
        return Formats.dateTime(row.at()) + (row.zoneAssumed() ? " (zone assumed)" : "");
    }

    static String what(ItemRow row) {
        return row == null || row.title() == null ? "" : oneLine(row.title());
    }

    /** The longer text, then the other fields as the export names them. */
    static String details(ItemRow row) {
        if (row == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (row.detail() != null && !row.detail().isBlank()) {
            parts.add(oneLine(row.detail()));
        }
        row.attributes().forEach((key, value) -> parts.add(key + ": " + oneLine(value)));
        return String.join(" · ", parts);
    }

    /** The file inside the export and the record's number in it, as problem reports number them. */
    static String from(ItemRow row) {
        return row == null ? "" : row.source().path() + ", record " + row.source().position();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
