package app.footprint.requests;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A data-protection law: the requests it grants, what a letter cites for each, how long a company has and
 * where to complain. The facts come from LEGAL.md, with its "(verify)" flags kept on each fact.
 *
 * @param key the key used on the command line ("gdpr", "ccpa", ...)
 * @param name the law's name
 * @param rights the request types it grants and the provision each letter cites, in the order of {@link RequestType}
 * @param timing the periods for every request type unless {@code timingByType} says otherwise
 * @param timingByType the periods of the types with their own rule (CCPA opt-out and limit: 15 business days)
 * @param complaintTo the authority that takes complaints
 * @param complaintToVerify whether LEGAL.md marks the complaint route "(verify)"
 * @param note what a user should know about the deadlines (conditions of the extension, limits of the law)
 */
public record Law(String key, String name, Map<RequestType, Provision> rights, Timing timing,
        Map<RequestType, Timing> timingByType, String complaintTo, boolean complaintToVerify, String note) {

    public Law {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(complaintTo, "complaintTo");
        rights = Collections.unmodifiableMap(inTypeOrder(rights));
        timingByType = Collections.unmodifiableMap(inTypeOrder(timingByType));
        if (!rights.keySet().containsAll(timingByType.keySet())) {
            throw new IllegalArgumentException(key + ": a timing for a type the law does not grant");
        }
        note = note == null ? "" : note;
    }

    private static <V> EnumMap<RequestType, V> inTypeOrder(Map<RequestType, V> map) {
        EnumMap<RequestType, V> copy = new EnumMap<>(RequestType.class);
        copy.putAll(map);
        return copy;
    }

    public Set<RequestType> types() {
        return rights.keySet();
    }

    public boolean grants(RequestType type) {
        return rights.containsKey(type);
    }

    /** What a letter of this type cites, if the law grants it. */
    public Optional<Provision> provision(RequestType type) {
        return Optional.ofNullable(rights.get(type));
    }

    /** The periods for a request of this type. */
    public Timing timing(RequestType type) {
        return timingByType.getOrDefault(type, timing);
    }
}
