package app.footprint.analysis;

import app.footprint.model.Inference;
import app.footprint.model.ProfileData;
import java.time.ZoneId;
import java.util.List;

/** Placeholder of the skeleton: the helper who owns this rule replaces it. */
public final class HomeAndWork implements DerivationRule {
    private final ZoneId zone;

    public HomeAndWork(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public List<Inference> derive(ProfileData data) {
        return List.of();
    }
}
