package app.footprint.analysis;

import app.footprint.model.Inference;
import app.footprint.model.ProfileData;
import java.util.List;

/** Placeholder of the skeleton: the helper who owns this rule replaces it. */
public final class PurchaseLifeEvents implements DerivationRule {
    @Override
    public List<Inference> derive(ProfileData data) {
        return List.of();
    }
}
