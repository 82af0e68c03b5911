package app.footprint.analysis;

import app.footprint.model.SensitiveCategory;
import app.footprint.model.Topic;

/**
 * Topics of Footprint's taxonomy by id, with a stand-in of the same id when the taxonomy has none yet, so
 * that a rule's conclusions always carry a topic that agreements and filters can group by.
 */
final class KnownTopics {
    private final Taxonomy taxonomy;

    KnownTopics(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    static KnownTopics standard() {
        return new KnownTopics(Taxonomy.standard());
    }

    Topic topic(String id, String label, SensitiveCategory sensitive) {
        return taxonomy.topic(id).orElseGet(() -> new Topic(id, label, sensitive));
    }
}
