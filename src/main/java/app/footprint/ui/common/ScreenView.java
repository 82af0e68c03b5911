package app.footprint.ui.common;

import javafx.scene.Node;

/** The controls of one screen. */
public interface ScreenView {
    Node node();

    /** Removes every listener and binding the view put on its ViewModel; called when the screen is left. */
    void detach();
}
