package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Inference;
import app.footprint.model.Service;
import app.footprint.testing.MemoryProfileData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The people someone interacts with most, on synthetic inboxes with a known ranking. */
class RelationshipsTest {
    private static final Instant T0 = Instant.parse("2024-01-01T10:00:00Z");

    @Test
    void ranksPeoplePerCompanyAndAcrossCompaniesByCountsOnly() {
        MemoryProfileData data = new MemoryProfileData();
        messages(data, Service.FACEBOOK, 30, "Tom Berger", "inbox/tom", "Tom Berger");
        messages(data, Service.FACEBOOK, 20, "Lena Köhler, Jana Köhler", "inbox/lena", "Lena Köhler");
        messages(data, Service.FACEBOOK, 100, "Anna Ast, Ben Baum and 3 more", "inbox/group", "Anna Ast");
        messages(data, Service.FACEBOOK, 3, "Max Muster", "inbox/max", "Max Muster");
        for (int n = 0; n < 12; n++) {
            data.item(Service.SNAPCHAT, Category.MESSAGES, T0.plusSeconds(n), "lenakoehler",
                    Map.of("From", n % 2 == 0 ? "janak90" : "lenakoehler", "IsSender", n % 2 == 0 ? "true" : "false"));
        }
        for (int n = 0; n < 10; n++) {
            data.item(Service.SNAPCHAT, Category.MESSAGES, T0.plusSeconds(n), "tomberger88",
                    Map.of("From", n % 2 == 0 ? "janak90" : "tomberger88"));
        }
        for (int n = 0; n < 8; n++) {
            data.item(Service.DISCORD, Category.MESSAGES, T0.plusSeconds(n), "secret text " + n,
                    Map.of("channel_id", "77"));
        }
        data.item(Service.DISCORD, Category.MESSAGES, null, "Direct Message with tom.berger",
                Map.of("record", "conversation", "channel_id", "77", "kind", "direct message"));

        List<Inference> found = new Relationships().derive(data);

        assertThat(labels(found, Service.FACEBOOK)).containsExactly("Tom Berger: 30 messages", "Lena Köhler: 20 messages");
        assertThat(labels(found, Service.SNAPCHAT)).containsExactly("lenakoehler: 12 messages", "tomberger88: 10 messages");
        assertThat(labels(found, Service.DISCORD)).containsExactly("tom.berger: 8 messages");
        assertThat(labels(found, null)).containsExactly("Tom Berger: 48 messages across 3 companies",
                "Lena Köhler: 32 messages across 2 companies");
        Inference tom = found.stream().filter(i -> i.service() == null).findFirst().orElseThrow();
        assertThat(tom.sources()).isEqualTo(Set.of(Service.FACEBOOK, Service.SNAPCHAT, Service.DISCORD));
        assertThat(tom.evidenceCount()).isEqualTo(48);
        assertThat(tom.evidence()).hasSize(48);
        assertThat(found).flatMap(Inference::evidence).noneMatch(e -> e.label().contains("secret"));
        assertThat(found.stream().filter(i -> i.service() == Service.FACEBOOK).findFirst().orElseThrow().explanation())
                .contains("rank 1 of 2");
    }

    @Test
    void countsMentionsAndNamesXAccountsFromReplies() {
        MemoryProfileData data = new MemoryProfileData();
        for (int n = 0; n < 6; n++) {
            data.item(Service.X, Category.POSTS, T0.plusSeconds(n), "Reply to @tomberger",
                    Map.of("reply_to_user_id", "1320457781", "mentions", "@tomberger (Tom Berger)"));
        }
        for (int n = 0; n < 9; n++) {
            data.item(Service.X, Category.MESSAGES, T0.plusSeconds(n), "Conversation 11-1320457781",
                    Map.of("sender_id", n % 3 == 0 ? "1320457781" : "11", "recipient_id", n % 3 == 0 ? "11" : "1320457781"));
            data.item(Service.X, Category.MESSAGES, T0.plusSeconds(n), "Conversation 11-555555",
                    Map.of("sender_id", "11", "recipient_id", "555555"));
        }
        List<Inference> found = new Relationships().derive(data);
        assertThat(labels(found, Service.X)).containsExactly("Tom Berger: 9 messages and 6 mentions",
                "X account 555555: 9 messages");
    }

    @Test
    void noRelationshipWithoutEnoughMessages() {
        MemoryProfileData data = new MemoryProfileData();
        messages(data, Service.INSTAGRAM, Relationships.MIN_INTERACTIONS - 1, "Tom Berger", "inbox/tom", "Tom Berger");
        messages(data, Service.INSTAGRAM, 50, "A, B and 4 more", "inbox/group", "A");
        assertThat(new Relationships().derive(data)).isEmpty();
    }

    /** A Meta thread: its title, and messages alternately from the person (Jana Köhler) and the other side. */
    private static void messages(MemoryProfileData data, Service service, int count, String title, String thread, String other) {
        for (int n = 0; n < count; n++) {
            data.item(service, Category.MESSAGES, T0.plusSeconds(n * 60L), title,
                    Map.of("sender", n % 2 == 0 ? "Jana Köhler" : other, "thread", thread));
        }
    }

    private static List<String> labels(List<Inference> found, Service service) {
        return found.stream().filter(i -> i.service() == service).map(Inference::label).toList();
    }
}
