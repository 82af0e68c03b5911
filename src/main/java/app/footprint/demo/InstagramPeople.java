package app.footprint.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The people around Jana on Instagram: her partner and sister and friends from her Facebook list, each
 * with the user name Instagram shows. Made from {@link FacebookPeople}, so that both exports name the same
 * people.
 */
final class InstagramPeople {
    /** A person: the name shown in direct messages and the user name in lists. */
    record Person(String name, String username) {
    }

    static final Person TOM = new Person(Persona.PARTNER, "tom.berger.lpz");
    static final Person LENA = new Person(Persona.SISTER, "lena.koehler");

    private final List<Person> friends;

    private InstagramPeople(List<Person> friends) {
        this.friends = friends;
    }

    static InstagramPeople generate() {
        List<Person> friends = new ArrayList<>();
        for (String name : FacebookPeople.generate().acquaintances()) {
            friends.add(new Person(name, username(name, friends.size())));
        }
        return new InstagramPeople(List.copyOf(friends));
    }

    /** Her friends other than family and partner, in a fixed order. */
    List<Person> friends() {
        return friends;
    }

    /** "Jördis Groß" becomes "joerdis.gross", with a number now and then, as people pick names. */
    static String username(String name, int n) {
        String folded = name.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String base = folded.replaceAll("[^a-z0-9]+", switch (n % 3) {
            case 0 -> ".";
            case 1 -> "_";
            default -> "";
        });
        return n % 4 == 3 ? base + (n % 90 + 10) : base;
    }
}
