package app.footprint.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Where copied text goes: the system clipboard in the app, a recorder in ViewModel tests. */
@FunctionalInterface
public interface TextClipboard {
    /** Puts the text on the clipboard; called on the FX thread. */
    void copy(String text);

    static TextClipboard system() {
        return text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
