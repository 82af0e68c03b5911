package app.footprint.testing;

import app.footprint.model.AnalysedItem;
import app.footprint.model.AnalysedPoint;
import app.footprint.model.AnalysedStatedInference;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.LocationPoint;
import app.footprint.model.ProfileData;
import app.footprint.model.Service;
import app.footprint.model.SourceRef;
import app.footprint.model.StatedInference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Profile data held in memory, for testing the analysis's rules on data with a known truth. */
public final class MemoryProfileData implements ProfileData {
    private final List<AnalysedItem> items = new ArrayList<>();
    private final List<AnalysedPoint> points = new ArrayList<>();
    private final List<AnalysedStatedInference> stated = new ArrayList<>();
    private final Set<Service> services = EnumSet.noneOf(Service.class);
    private long nextId = 1;

    /** Adds an item; its id is handed out in order, from 1. */
    public AnalysedItem item(Service service, Category category, Instant at, String title, Map<String, String> attributes) {
        AnalysedItem item = new AnalysedItem(nextId++, service, category, at, title, attributes,
                service.id() + "/" + category.name().toLowerCase() + ".json");
        items.add(item);
        services.add(service);
        return item;
    }

    public AnalysedItem item(Service service, Category category, Instant at, String title) {
        return item(service, category, at, title, Map.of());
    }

    /** Adds a raw location point, in a track of its own per thousand points. */
    public void point(Service service, Instant at, double latitude, double longitude) {
        long track = points.size() / 1000 + 1;
        points.add(new AnalysedPoint(service, track, new LocationPoint(at, (int) Math.round(latitude * 1e7),
                (int) Math.round(longitude * 1e7), 20, null, null, new SourceRef(service.id() + "/Records.json", points.size()))));
        services.add(service);
    }

    public AnalysedStatedInference stated(Service service, InferenceKind kind, String value, Map<String, String> attributes) {
        AnalysedStatedInference s = new AnalysedStatedInference(nextId++, service,
                new StatedInference(kind, value, attributes, new SourceRef(service.id() + "/inferences.json", stated.size())));
        stated.add(s);
        services.add(service);
        return s;
    }

    public AnalysedStatedInference stated(Service service, InferenceKind kind, String value) {
        return stated(service, kind, value, Map.of());
    }

    @Override
    public Set<Service> services() {
        return Set.copyOf(services);
    }

    @Override
    public void items(Set<Category> categories, Consumer<AnalysedItem> visitor) {
        items.stream().filter(i -> categories.contains(i.category()))
                .sorted(Comparator.comparing(AnalysedItem::service)
                        .thenComparing(AnalysedItem::at, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(visitor);
    }

    @Override
    public void locationPoints(Consumer<AnalysedPoint> visitor) {
        points.forEach(visitor);
    }

    @Override
    public List<AnalysedStatedInference> statedInferences() {
        return List.copyOf(stated);
    }
}
