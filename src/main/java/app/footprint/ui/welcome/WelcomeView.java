package app.footprint.ui.welcome;

import app.footprint.ui.common.Nodes;
import app.footprint.ui.common.ScreenView;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What Footprint does, and the two ways to start: your own archives, or the demo persona. */
public final class WelcomeView implements ScreenView {
    private final Node root;
    private final Subscription subscriptions;

    /** @param chooseArchives opens the file chooser of the main window */
    public WelcomeView(WelcomeViewModel model, Runnable chooseArchives) {
        FontIcon logo = Nodes.icon(Feather.EYE);
        logo.getStyleClass().add("welcome-icon");

        Label title = Nodes.text("See what companies know about you", Styles.TITLE_1);
        Label lead = Nodes.text("Footprint reads the data exports that companies such as Google, Facebook or Amazon hand "
                + "out on request, and shows what each of them holds about you. It also lists what they concluded "
                + "about you: your interests, the groups they sort you into, and the advertisers that have your "
                + "details.", "lead");
        lead.setMaxWidth(640);

        Button importButton = new Button("Import an archive…", Nodes.icon(Feather.UPLOAD));
        importButton.setId("importArchiveButton");
        importButton.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        importButton.setDefaultButton(true);
        importButton.setOnAction(e -> chooseArchives.run());

        Button demoButton = new Button("Explore a demo persona", Nodes.icon(Feather.USER));
        demoButton.setId("demoButton");
        demoButton.getStyleClass().add(Styles.LARGE);
        demoButton.setOnAction(e -> model.exploreDemo());

        HBox actions = new HBox(12, importButton, demoButton);
        actions.setAlignment(Pos.CENTER);

        Label demoDescription = Nodes.muted(model.demoDescription());
        demoDescription.setId("demoDescription");
        demoDescription.setMaxWidth(560);
        demoDescription.setTextAlignment(TextAlignment.CENTER);

        Label writing = Nodes.muted("Writing the demo archives…");
        Label problem = Nodes.text("", Styles.DANGER);
        problem.setId("welcomeProblem");
        problem.setMaxWidth(560);

        HBox dropHint = note(Feather.DOWNLOAD, "You can also drop archives or unpacked folders anywhere on this window.");
        HBox privacy = note(Feather.LOCK, "Nothing leaves your computer: Footprint reads the archives here and keeps "
                + "what it finds in a database in your user folder.");

        VBox content = new VBox(logo, title, lead, actions, demoDescription, writing, problem, dropHint, privacy);
        content.getStyleClass().add("welcome-content");
        content.setAlignment(Pos.TOP_CENTER);
        VBox.setMargin(actions, new Insets(12, 0, 0, 0));
        VBox.setMargin(dropHint, new Insets(24, 0, 0, 0));
        root = Nodes.screen(content);
        root.setId("welcomeScreen");

        subscriptions = Subscription.combine(
                model.writingDemoProperty().subscribe(busy -> {
                    demoButton.setDisable(busy);
                    importButton.setDisable(busy);
                    writing.setVisible(busy);
                    writing.setManaged(busy);
                }),
                model.problemProperty().subscribe(text -> {
                    problem.setText(text);
                    problem.setVisible(!text.isEmpty());
                    problem.setManaged(!text.isEmpty());
                }));
    }

    private static HBox note(Feather icon, String text) {
        Label label = Nodes.text(text);
        label.setMaxWidth(560);
        HBox note = new HBox(Nodes.icon(icon), label);
        note.getStyleClass().add("note");
        return note;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void detach() {
        subscriptions.unsubscribe();
    }
}
