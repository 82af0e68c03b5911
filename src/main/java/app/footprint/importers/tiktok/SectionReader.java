package app.footprint.importers.tiktok;

import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one section of TikTok's export ("Watch History", "Ad Interests"...). The JSON walker and the
 * text-file reader both hand a section's content over in the same two forms, so one reader serves every
 * layout: the elements of its lists one at a time, and its single values (texts, small maps).
 */
interface SectionReader {
    /**
     * One element of a list in the section.
     *
     * @param field  the field holding the list ("VideoList"), or the section's name for a text file
     * @param key    the dynamic key the list hangs under ("Chat History with …:", an order number), or null
     * @param record the element: usually an object, sometimes a text
     */
    void record(FileRecords out, String field, String key, JsonNode record);

    /** A field of the section that is not a list: a text, a number or a small object such as "ProfileMap". */
    default void value(FileRecords out, String field, JsonNode value) {
        if (value.isObject()) {
            record(out, field, null, value);
        } else if (value.isArray()) {
            value.forEach(element -> record(out, field, null, element));
        } else if (LooseFields.value(value) != null) {
            record(out, field, null, value);
        }
    }

    /** The section is over; readers that sum up (off-TikTok activity per company) hand over their summary. */
    default void end(FileRecords out) {
    }
}
