package app.footprint.analysis;

import app.footprint.model.AnalysedItem;
import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.ProfileData;
import app.footprint.model.Service;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people the person interacts with most, by counts only: messages exchanged in one-to-one
 * conversations and mentions in posts and comments, per company, and across companies where the same name
 * (accents, case, dots and digits aside: "Tom Berger", "tom.berger88") appears in several. Message text is
 * never read: evidence names the conversation and the date. Group chats are left out: they do not single
 * out one person. See docs/inferences/places-rhythm-people.md.
 */
public final class Relationships implements DerivationRule {
    /** The people listed per company. */
    static final int TOP = 5;
    /** Fewer interactions than this do not make a relationship. */
    static final int MIN_INTERACTIONS = 5;
    private static final int SAMPLES = 40;
    private static final int MAX_EVIDENCE = 200;
    private static final int MAX_NAMES = 20;
    private static final Pattern MORE = Pattern.compile("\\s+(?:and|und|et|y|e)\\s+\\d+\\s+\\S+$");
    private static final Pattern MENTION = Pattern.compile("@([\\w.]+)(?:\\s*\\(([^)]+)\\))?");

    /** One conversation of one company. */
    private static final class Conversation {
        long messages;
        final Set<String> names = new LinkedHashSet<>();
        String titleName;
        boolean group;
        final List<AnalysedItem> samples = new ArrayList<>();
    }

    /** Someone the person interacts with, in one company. */
    private static final class Person {
        final String name;
        long messages;
        long mentions;
        final List<AnalysedItem> samples = new ArrayList<>();

        Person(String name) {
            this.name = name;
        }

        long total() {
            return messages + mentions;
        }
    }

    /** What one company's data holds. */
    private static final class Company {
        final MessageParties parties = new MessageParties();
        final Map<String, Conversation> conversations = new LinkedHashMap<>();
        /** Discord's conversation list: channel id to "Direct Message with …", or null for a server channel. */
        final Map<String, String> channels = new HashMap<>();
        /** X's account ids to names, from replies naming whom they answer. */
        final Map<String, String> accounts = new HashMap<>();
        final Map<String, Person> mentioned = new LinkedHashMap<>();
    }

    @Override
    public List<Inference> derive(ProfileData data) {
        Map<Service, Company> companies = new EnumMap<>(Service.class);
        data.items(Set.of(Category.MESSAGES, Category.POSTS, Category.COMMENTS), item -> {
            Company company = companies.computeIfAbsent(item.service(), s -> new Company());
            if (item.category() == Category.MESSAGES) {
                message(company, item);
            } else {
                mentions(company, item);
            }
        });
        List<Inference> out = new ArrayList<>();
        Map<String, List<Person>> byName = new LinkedHashMap<>();
        Map<Person, Service> serviceOf = new HashMap<>();
        companies.forEach((service, company) -> {
            List<Person> ranked = people(company).stream().filter(p -> p.total() >= MIN_INTERACTIONS)
                    .sorted(Comparator.comparingLong(Person::total).reversed().thenComparing(p -> p.name)).toList();
            for (int r = 0; r < ranked.size(); r++) {
                Person p = ranked.get(r);
                serviceOf.put(p, service);
                byName.computeIfAbsent(key(p.name), k -> new ArrayList<>()).add(p);
                if (r < TOP) {
                    out.add(inference(service, p, r + 1, ranked.size()));
                }
            }
        });
        List<Inference> combined = new ArrayList<>();
        byName.forEach((key, people) -> {
            Set<Service> services = EnumSet.noneOf(Service.class);
            people.forEach(p -> services.add(serviceOf.get(p)));
            if (services.size() >= 2) {
                combined.add(combined(people, serviceOf, services));
            }
        });
        combined.sort(Comparator.comparingLong(Inference::evidenceCount).reversed().thenComparing(Inference::label));
        out.addAll(combined);
        return out;
    }

    private static void message(Company company, AnalysedItem item) {
        if ("conversation".equals(item.attribute("record"))) {
            // Discord's list of conversations: names the channels its messages point at.
            String channel = item.attribute("channel_id");
            if (channel != null) {
                boolean direct = "direct message".equals(item.attribute("kind"));
                company.channels.put(channel, direct ? stripPrefix(item.title()) : null);
            }
            return;
        }
        String key = MessageParties.conversation(item);
        if (key == null) {
            return;
        }
        company.parties.add(item);
        Conversation c = company.conversations.computeIfAbsent(key, k -> new Conversation());
        c.messages++;
        if (c.samples.size() < SAMPLES) {
            c.samples.add(item);
        }
        if ("group".equalsIgnoreCase(item.attribute("conversation_type"))
                || (item.title() != null && item.title().startsWith("Group conversation"))) {
            c.group = true;
        }
        for (String attribute : List.of("sender", "From", "FROM", "TO", "sender_id", "recipient_id", "username")) {
            String value = item.attribute(attribute);
            if (value == null) {
                continue;
            }
            for (String name : attribute.equals("TO") ? value.split(",") : new String[] {value}) {
                if (!name.isBlank() && c.names.size() < MAX_NAMES) {
                    c.names.add(name.trim());
                }
            }
        }
        String title = item.title();
        // Titles name the other side only where no attribute names the conversation (Snapchat, TikTok) or
        // the conversation is a Meta thread; elsewhere they hold ids, "A to B" or (Discord) the message.
        if (title != null && c.titleName == null
                && (item.attribute("thread") != null || key.equals(title)) && !title.startsWith("Conversation ")
                && !title.startsWith("Group conversation")) {
            String name = stripPrefix(title);
            if (MORE.matcher(name).find()) {
                c.group = true;
            }
            c.titleName = name;
        }
    }

    /** "Chat with tom.berger88" and "Direct Message with tom.berger" name tom.berger88 and tom.berger. */
    private static String stripPrefix(String title) {
        if (title == null) {
            return null;
        }
        for (String prefix : List.of("Chat with ", "Direct Message with ")) {
            if (title.startsWith(prefix)) {
                return title.substring(prefix.length()).trim();
            }
        }
        return title.trim();
    }

    /** Mentions in a post or comment ("@tomberger (Tom Berger)"), and whom a reply answers. */
    private static void mentions(Company company, AnalysedItem item) {
        String mentions = item.attribute("mentions");
        if (mentions == null) {
            return;
        }
        Matcher m = MENTION.matcher(mentions);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(2) != null ? m.group(2).trim() : m.group(1));
        }
        String replyTo = item.attribute("reply_to_user_id");
        if (replyTo != null && names.size() == 1) {
            company.accounts.putIfAbsent(replyTo, names.get(0));
        }
        for (String name : names) {
            if (company.mentioned.size() >= 5000 && !company.mentioned.containsKey(name)) {
                continue;
            }
            Person p = company.mentioned.computeIfAbsent(name, Person::new);
            p.mentions++;
            if (p.samples.size() < SAMPLES) {
                p.samples.add(item);
            }
        }
    }

    /** The people of one company: each one-to-one conversation's other side, with the people mentioned. */
    private static List<Person> people(Company company) {
        String owner = company.parties.owner();
        Map<String, Person> people = new LinkedHashMap<>();
        company.conversations.forEach((key, c) -> {
            String other = other(company, key, c, owner);
            if (other == null) {
                return;
            }
            Person p = people.computeIfAbsent(other, Person::new);
            p.messages += c.messages;
            for (AnalysedItem i : c.samples) {
                if (p.samples.size() < SAMPLES) {
                    p.samples.add(i);
                }
            }
        });
        company.mentioned.forEach((name, m) -> {
            Person p = people.computeIfAbsent(name, Person::new);
            p.mentions += m.mentions;
            for (AnalysedItem i : m.samples) {
                if (p.samples.size() < SAMPLES) {
                    p.samples.add(i);
                }
            }
        });
        return new ArrayList<>(people.values());
    }

    /** The one other person in a conversation, or null for a group or when it cannot be told. */
    private static String other(Company company, String key, Conversation c, String owner) {
        if (c.group) {
            return null;
        }
        if (company.channels.containsKey(key)) {
            return company.channels.get(key);
        }
        Set<String> others = new LinkedHashSet<>();
        if (c.titleName != null) {
            for (String n : c.titleName.split(",\\s*")) {
                others.add(n.trim());
            }
        }
        others.addAll(c.names);
        if (owner != null) {
            others.remove(owner);
            others.removeIf(n -> key(n).equals(key(owner)));
        } else if (c.titleName != null && !c.titleName.contains(",")) {
            return c.titleName; // the owner cannot be told, but the title names the other side
        }
        // The same person written twice ("Tom Berger" as title and as sender) is one.
        Map<String, String> distinct = new LinkedHashMap<>();
        others.forEach(n -> distinct.putIfAbsent(key(n), n));
        if (distinct.size() != 1) {
            return null;
        }
        String name = distinct.values().iterator().next();
        return company.accounts.getOrDefault(name, name.matches("\\d{5,}") ? "X account " + name : name);
    }

    /** "Tom Berger", "tom.berger88" and "TomBerger" match: letters only, folded as the taxonomy folds words. */
    static String key(String name) {
        String s = Taxonomy.normalise(name);
        String letters = s.replaceAll("[^a-z]", "");
        return letters.isEmpty() ? s : letters;
    }

    private static Inference inference(Service service, Person p, int rank, int of) {
        String counts = counts(p);
        String explanation = service.displayName() + "'s data holds " + counts + " with " + p.name + ", more than with "
                + (rank == 1 ? "anyone else" : "all but " + (rank - 1) + (rank == 2 ? " other person" : " others"))
                + " (rank " + rank + " of " + of + "). These are counts only: no message was read. Who you talk "
                + "to most reveals your partner, family and close friends.";
        return new Inference(InferenceOrigin.DERIVED, service, InferenceKind.RELATIONSHIP, p.name + ": " + counts, null,
                null, null, confidence(p.total()), null, null, null, explanation,
                evidence(List.of(p), Map.of(p, service)), p.total(), Set.of(service));
    }

    private static Inference combined(List<Person> people, Map<Person, Service> serviceOf, Set<Service> services) {
        Person sum = new Person(displayName(people));
        people.forEach(p -> {
            sum.messages += p.messages;
            sum.mentions += p.mentions;
        });
        List<String> parts = new ArrayList<>();
        people.stream().sorted(Comparator.comparing(serviceOf::get))
                .forEach(p -> parts.add(serviceOf.get(p).displayName() + " " + p.total() + " (as " + p.name + ")"));
        String explanation = sum.name + " appears in " + services.size() + " companies' data: " + String.join(", ", parts)
                + ". Together, " + counts(sum) + ". Someone holding these exports together sees one relationship "
                + "across all of them, by counts only: no message was read.";
        return new Inference(InferenceOrigin.DERIVED, null, InferenceKind.RELATIONSHIP, sum.name + ": " + counts(sum)
                + " across " + services.size() + " companies", null, null, null, confidence(sum.total()), null, null,
                null, explanation, evidence(people, serviceOf), sum.total(), services);
    }

    /** The readable form of a name: with a space and capitals ("Tom Berger") rather than a handle. */
    private static String displayName(List<Person> people) {
        return people.stream().map(p -> p.name)
                .max(Comparator.<String>comparingInt(n -> n.contains(" ") ? 1 : 0)
                        .thenComparingInt(n -> Character.isUpperCase(n.charAt(0)) ? 1 : 0)
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }

    private static String counts(Person p) {
        List<String> parts = new ArrayList<>();
        if (p.messages > 0) {
            parts.add(String.format(Locale.ROOT, "%,d", p.messages) + (p.messages == 1 ? " message" : " messages"));
        }
        if (p.mentions > 0) {
            parts.add(String.format(Locale.ROOT, "%,d", p.mentions) + (p.mentions == 1 ? " mention" : " mentions"));
        }
        return String.join(" and ", parts);
    }

    private static double confidence(long interactions) {
        return Math.round(Math.min(0.95, 0.5 + interactions / 200.0) * 100) / 100.0;
    }

    /** Samples of each person's messages and mentions, by conversation and date: never their text. */
    private static List<Evidence> evidence(List<Person> people, Map<Person, Service> serviceOf) {
        List<Evidence> out = new ArrayList<>();
        int each = Math.max(1, MAX_EVIDENCE / people.size());
        for (Person p : people) {
            for (AnalysedItem item : p.samples.subList(0, Math.min(each, p.samples.size()))) {
                String what = item.category() == Category.MESSAGES ? "Message with " : "Mention of ";
                String date = item.at() == null ? "" : ", " + LocalDate.ofInstant(item.at(), ZoneOffset.UTC);
                out.add(Evidence.item(item, what + p.name + " (" + serviceOf.get(p).displayName() + ")" + date));
            }
        }
        return out.subList(0, Math.min(MAX_EVIDENCE, out.size()));
    }
}
