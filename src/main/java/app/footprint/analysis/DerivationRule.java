package app.footprint.analysis;

import app.footprint.model.Inference;
import app.footprint.model.ProfileData;
import java.util.List;

/**
 * One rule that derives conclusions from the raw data. A rule streams what it needs (it never holds a whole
 * history), and gives each conclusion its evidence and an explanation a non-expert understands.
 */
public interface DerivationRule {
    List<Inference> derive(ProfileData data);
}
