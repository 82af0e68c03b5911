package app.footprint.testing;

import app.footprint.model.Category;
import app.footprint.model.ImportSink;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.LocationPoint;
import app.footprint.model.StatedInference;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything a parser hands over, for assertions. */
public final class RecordingSink implements ImportSink {
    public final List<Item> items = new ArrayList<>();
    public final List<StatedInference> inferences = new ArrayList<>();
    public final List<LocationPoint> points = new ArrayList<>();

    @Override
    public void item(Item item) {
        items.add(item);
    }

    @Override
    public void inference(StatedInference inference) {
        inferences.add(inference);
    }

    @Override
    public void point(LocationPoint point) {
        points.add(point);
    }

    public List<Item> items(Category category) {
        return items.stream().filter(i -> i.category() == category).toList();
    }

    public List<StatedInference> inferences(InferenceKind kind) {
        return inferences.stream().filter(i -> i.kind() == kind).toList();
    }

    public List<String> values(InferenceKind kind) {
        return inferences(kind).stream().map(StatedInference::value).toList();
    }
}
