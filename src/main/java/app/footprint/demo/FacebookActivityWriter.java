package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Facebook files about what Jana did: her timeline posts with their photos, and her searches. */
final class FacebookActivityWriter {
    static final int POSTS = 120;
    static final int SEARCHES = 300;

    /** A few bytes with a JPEG's start and end markers: the archive needs the file, nobody views it. */
    private static final byte[] PHOTO = {
        (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01,
        0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xD9};

    private final DemoZip zip;
    private final FacebookTally tally;
    private final FacebookPeople people;

    FacebookActivityWriter(DemoZip zip, FacebookTally tally, FacebookPeople people) {
        this.zip = zip;
        this.tally = tally;
        this.people = people;
    }

    void write() throws IOException {
        new PostsWriter().write();
        writeSearches();
    }

    /** Timeline posts, newest first: status updates, check-ins, photos (with their files) and links. */
    private final class PostsWriter {
        private final DemoRandom random = DemoRandom.forPart("facebook/posts");
        private final List<String> photoPaths = new ArrayList<>();
        private final DemoRandom.Deck<String> early = random.deck(FacebookContent.EARLY_POSTS);
        private final DemoRandom.Deck<String> later = random.deck(FacebookContent.LATER_POSTS);
        private final DemoRandom.Deck<String> expecting = random.deck(FacebookContent.EXPECTING_POSTS);

        void write() throws IOException {
            List<Instant> moments = new ArrayList<>();
            for (int i = FacebookContent.MILESTONES.size(); i < POSTS; i++) {
                moments.add(random.wakingMomentBetween(Persona.FACEBOOK_SINCE.plusDays(1), Persona.LAST_ACTIVE_DAY));
            }
            Map<Instant, FacebookContent.Milestone> milestones = new HashMap<>();
            for (FacebookContent.Milestone milestone : FacebookContent.MILESTONES) {
                Instant moment = random.wakingMomentBetween(milestone.day(), milestone.day().plusDays(1));
                milestones.put(moment, milestone);
                moments.add(moment);
            }
            moments.sort(Comparator.reverseOrder());
            String album = "your_facebook_activity/posts/media/MobileUploads_" + random.digits(17) + "/";
            zip.json("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", JsonStyle.META,
                    g -> {
                        g.writeStartArray();
                        for (Instant moment : moments) {
                            FacebookContent.Milestone milestone = milestones.get(moment);
                            if (milestone != null) {
                                milestone(g, moment, milestone);
                            } else {
                                post(g, moment, album);
                            }
                            tally.posts++;
                        }
                        g.writeEndArray();
                    });
            for (String path : photoPaths) {
                zip.bytes(path, PHOTO);
                tally.photos++;
            }
        }

        private void milestone(JsonGenerator g, Instant moment, FacebookContent.Milestone milestone)
                throws IOException {
            g.writeStartObject();
            g.writeNumberField("timestamp", moment.getEpochSecond());
            String title = Persona.FULL_NAME + " updated her status.";
            if (milestone.place() != null) {
                checkIn(g, milestone.place());
                title = Persona.FULL_NAME + " was at " + milestone.place().name() + ".";
            }
            g.writeArrayFieldStart("data");
            g.writeStartObject();
            g.writeStringField("post", milestone.text());
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("title", title);
            g.writeEndObject();
        }

        private void checkIn(JsonGenerator g, FacebookContent.Place place) throws IOException {
            attachment(g, "place");
            g.writeStringField("name", place.name());
            g.writeObjectFieldStart("coordinate");
            g.writeNumberField("latitude", place.latitude());
            g.writeNumberField("longitude", place.longitude());
            g.writeEndObject();
            g.writeStringField("address", place.address());
            g.writeStringField("url", "https://www.facebook.com/" + random.digits(15));
            endAttachment(g);
        }

        /** One post; photos and links often go without a caption, and then without a "post" entry. */
        private void post(JsonGenerator g, Instant moment, String album) throws IOException {
            double kind = random.nextDouble();
            String caption = kind >= 0.2 && kind < 0.43 && random.chance(0.5) ? null : text(moment);
            g.writeStartObject();
            g.writeNumberField("timestamp", moment.getEpochSecond());
            String title;
            if (kind < 0.2) {
                FacebookContent.Place place = random.pick(FacebookContent.PLACES);
                checkIn(g, place);
                title = Persona.FULL_NAME + " was at " + place.name() + ".";
            } else if (kind < 0.35) {
                String path = album + random.digits(15) + ".jpg";
                photoPaths.add(path);
                attachment(g, "media");
                g.writeStringField("uri", path);
                g.writeNumberField("creation_timestamp", moment.getEpochSecond());
                g.writeObjectFieldStart("media_metadata");
                g.writeObjectFieldStart("photo_metadata");
                g.writeArrayFieldStart("exif_data");
                g.writeStartObject();
                g.writeStringField("upload_ip", "198.51.100." + random.between(2, 250));
                g.writeNumberField("taken_timestamp", moment.minusSeconds(random.between(60, 7200)).getEpochSecond());
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
                g.writeStringField("title", "Mobile uploads");
                if (caption != null) {
                    g.writeStringField("description", caption);
                }
                endAttachment(g);
                title = Persona.FULL_NAME + " added a new photo.";
            } else if (kind < 0.43) {
                attachment(g, "external_context");
                g.writeStringField("url", random.pick(FacebookContent.SHARED_LINKS));
                endAttachment(g);
                title = Persona.FULL_NAME + " shared a link.";
            } else {
                title = Persona.FULL_NAME + " updated her status.";
            }
            boolean updated = random.chance(0.1);
            if (updated || caption != null) {
                g.writeArrayFieldStart("data");
                if (updated) {
                    g.writeStartObject();
                    g.writeNumberField("update_timestamp",
                            moment.plusSeconds(random.between(60, 7_200)).getEpochSecond());
                    g.writeEndObject();
                }
                if (caption != null) {
                    g.writeStartObject();
                    g.writeStringField("post", caption);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeStringField("title", title);
            g.writeEndObject();
        }

        /** Opens {@code "attachments": [{"data": [{"<kind>": {}}]}]} down to the inner object. */
        private void attachment(JsonGenerator g, String kind) throws IOException {
            g.writeArrayFieldStart("attachments");
            g.writeStartObject();
            g.writeArrayFieldStart("data");
            g.writeStartObject();
            g.writeObjectFieldStart(kind);
        }

        private void endAttachment(JsonGenerator g) throws IOException {
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
        }

        private String text(Instant moment) {
            String text;
            if (Persona.expecting(moment) && random.chance(0.6)) {
                text = expecting.draw();
            } else if (moment.isBefore(Persona.at(LocalDate.of(2013, 6, 1), 0, 0))) {
                text = early.draw();
            } else {
                text = later.draw();
            }
            int minutes = random.between(48, 59);
            return text.replace("{km}", Integer.toString(random.between(6, 21)))
                    .replace("{time}", (text.contains("Halbmarathon") ? "1:" + minutes : Integer.toString(minutes))
                            + String.format(Locale.ROOT, ":%02d", random.between(0, 59)))
                    .replace("{n}", Integer.toString(random.between(3, 7)));
        }
    }

    /** Searches, newest first; the search text appears twice, once quoted, as Meta writes it. */
    private void writeSearches() throws IOException {
        DemoRandom random = DemoRandom.forPart("facebook/searches");
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            moments.add(random.wakingMomentBetween(LocalDate.of(2019, 1, 1), Persona.LAST_ACTIVE_DAY));
        }
        moments.sort(Comparator.reverseOrder());
        List<String> names = people.acquaintances();
        zip.json("logged_information/search/your_search_history.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("searches_v2");
            for (Instant moment : moments) {
                String query;
                if (Persona.expecting(moment) && random.chance(0.6)) {
                    query = random.pick(FacebookContent.EXPECTING_SEARCHES);
                } else if (random.chance(0.3)) {
                    query = random.pickFavouring(names);
                } else {
                    query = random.pick(FacebookContent.EVERYDAY_SEARCHES);
                }
                g.writeStartObject();
                g.writeNumberField("timestamp", moment.getEpochSecond());
                g.writeArrayFieldStart("attachments");
                g.writeStartObject();
                g.writeArrayFieldStart("data");
                g.writeStartObject();
                g.writeStringField("text", "\"" + query + "\"");
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
                g.writeArrayFieldStart("data");
                g.writeStartObject();
                g.writeStringField("text", query);
                g.writeEndObject();
                g.writeEndArray();
                g.writeStringField("title", "You searched Facebook");
                g.writeEndObject();
                tally.searches++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
