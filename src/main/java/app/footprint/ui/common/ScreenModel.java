package app.footprint.ui.common;

/** The ViewModel of one screen: it starts its work when shown and lets go of it when left. */
public interface ScreenModel {
    /** Called once, when the screen is shown. */
    void open();

    /** Called once, when the screen is left: pending results are ignored from then on. */
    default void close() {
    }
}
