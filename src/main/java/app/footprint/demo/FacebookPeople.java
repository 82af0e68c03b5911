package app.footprint.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The people around Jana on Facebook: her friends (family and partner among them) and the friend requests
 * still open or declined. Made once, so that the friend list, the message threads and the searches name
 * the same people.
 */
final class FacebookPeople {
    static final int FRIENDS = 230;
    static final int SENT_REQUESTS = 11;
    static final int RECEIVED_REQUESTS = 17;
    static final int REJECTED_REQUESTS = 9;

    /** A person and when the friendship or request began. */
    record Contact(String name, Instant since) {
    }

    private final List<Contact> friends;
    private final List<Contact> sentRequests;
    private final List<Contact> receivedRequests;
    private final List<Contact> rejectedRequests;

    private FacebookPeople(List<Contact> friends, List<Contact> sent, List<Contact> received,
                           List<Contact> rejected) {
        this.friends = friends;
        this.sentRequests = sent;
        this.receivedRequests = received;
        this.rejectedRequests = rejected;
    }

    static FacebookPeople generate() {
        DemoRandom random = DemoRandom.forPart("facebook/people");
        Set<String> taken = new LinkedHashSet<>(List.of(Persona.FULL_NAME));
        List<Contact> friends = new ArrayList<>();
        friends.add(new Contact(Persona.SISTER, Persona.at(LocalDate.of(2011, 5, 14), 20, 3)));
        friends.add(new Contact(Persona.PARTNER, Persona.at(LocalDate.of(2012, 11, 3), 23, 41)));
        friends.add(new Contact(Persona.MOTHER, Persona.at(LocalDate.of(2013, 12, 25), 18, 12)));
        friends.forEach(c -> taken.add(c.name()));
        while (friends.size() < FRIENDS) {
            String name = newName(random, taken);
            // Most friends joined in her first years on Facebook, fewer later.
            double u = random.nextDouble();
            LocalDate from = Persona.FACEBOOK_SINCE;
            long span = from.until(Persona.LAST_ACTIVE_DAY).toTotalMonths() - 1;
            LocalDate day = from.plusMonths((long) (span * u * u)).plusDays(random.between(0, 27));
            friends.add(new Contact(name, random.wakingMomentBetween(day, day.plusDays(1))));
        }
        friends.sort(Comparator.comparing(Contact::since).reversed());
        return new FacebookPeople(friends,
                requests(random, taken, SENT_REQUESTS, LocalDate.of(2019, 1, 1)),
                requests(random, taken, RECEIVED_REQUESTS, LocalDate.of(2018, 1, 1)),
                requests(random, taken, REJECTED_REQUESTS, LocalDate.of(2014, 1, 1)));
    }

    private static List<Contact> requests(DemoRandom random, Set<String> taken, int count, LocalDate since) {
        List<Contact> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(new Contact(newName(random, taken),
                    random.wakingMomentBetween(since, Persona.LAST_ACTIVE_DAY)));
        }
        requests.sort(Comparator.comparing(Contact::since).reversed());
        return requests;
    }

    private static String newName(DemoRandom random, Set<String> taken) {
        while (true) {
            String name = random.pick(FacebookContent.FIRST_NAMES) + " " + random.pick(FacebookContent.LAST_NAMES);
            if (taken.add(name)) {
                return name;
            }
        }
    }

    /** Friends, newest friendship first, as Meta lists them. */
    List<Contact> friends() {
        return friends;
    }

    List<Contact> sentRequests() {
        return sentRequests;
    }

    List<Contact> receivedRequests() {
        return receivedRequests;
    }

    List<Contact> rejectedRequests() {
        return rejectedRequests;
    }

    /** Friends other than her family and partner, in a fixed order, for threads and searches. */
    List<String> acquaintances() {
        return friends.stream().map(Contact::name)
                .filter(n -> !n.equals(Persona.PARTNER) && !n.equals(Persona.SISTER) && !n.equals(Persona.MOTHER))
                .toList();
    }
}
