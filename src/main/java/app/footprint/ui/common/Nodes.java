package app.footprint.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small building blocks the screens share, so that they look alike. */
public final class Nodes {
    private Nodes() {
    }

    public static FontIcon icon(Feather icon) {
        return new FontIcon(icon);
    }

    public static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A label that wraps onto more lines instead of being cut off. */
    public static Label text(String text, String... styleClasses) {
        Label label = label(text, styleClasses);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A short flag in a rounded box; the variant is "success", "warning", "danger", "neutral" or none. */
    public static Label badge(String text, String... variant) {
        Label badge = label(text, "badge");
        badge.getStyleClass().addAll(variant);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    public static Label muted(String text) {
        return text(text, Styles.TEXT_MUTED);
    }

    /** The scrolling frame every screen sits in. */
    public static ScrollPane screen(Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("screen", Styles.BG_SUBTLE);
        return scroll;
    }
}
