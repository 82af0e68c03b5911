package app.footprint.ui.company;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.ItemRow;
import app.footprint.model.SourceRef;
import app.footprint.ui.common.Formats;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemTextTest {
    private static final Instant AT = Instant.parse("2024-03-15T12:00:00Z");

    @Test
    void aRowReadsAsWhenWhatDetailsAndItsFile() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("sender", "Tom");
        attributes.put("thread", "tom_123");
        ItemRow row = new ItemRow(7, Category.MESSAGES, AT, false, "Chat with Tom", "See you\n  at 8",
                attributes, new SourceRef("your_facebook_activity/messages/inbox/tom_123/message_1.json", 12));

        assertThat(ItemText.when(row)).isEqualTo(Formats.dateTime(AT));
        assertThat(ItemText.what(row)).isEqualTo("Chat with Tom");
        assertThat(ItemText.details(row)).isEqualTo("See you at 8 · sender: Tom · thread: tom_123");
        assertThat(ItemText.from(row)).isEqualTo("your_facebook_activity/messages/inbox/tom_123/message_1.json, record 12");
    }

    @Test
    void anAssumedZoneIsMarkedAndMissingPartsStayEmpty() {
        ItemRow row = new ItemRow(1, Category.LISTENING, AT, true, null, null, Map.of(), new SourceRef("a.json", 0));
        ItemRow undated = new ItemRow(2, Category.PROFILE, null, false, "Name", null, Map.of(), new SourceRef("b.json", 3));

        assertThat(ItemText.when(row)).isEqualTo(Formats.dateTime(AT) + " (zone assumed)");
        assertThat(ItemText.what(row)).isEmpty();
        assertThat(ItemText.details(row)).isEmpty();
        assertThat(ItemText.when(undated)).isEmpty();
    }

    @Test
    void aRowNotReadYetShowsEmptyCells() {
        assertThat(ItemText.when(null)).isEmpty();
        assertThat(ItemText.what(null)).isEmpty();
        assertThat(ItemText.details(null)).isEmpty();
        assertThat(ItemText.from(null)).isEmpty();
    }
}
