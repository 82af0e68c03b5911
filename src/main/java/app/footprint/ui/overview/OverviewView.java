package app.footprint.ui.overview;

import app.footprint.ui.common.Nodes;
import app.footprint.ui.common.ScreenView;
import atlantafx.base.controls.Card;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;

/** One card per company, the company holding the most first; a card opens the company's screen. */
public final class OverviewView implements ScreenView {
    private static final double CARD_WIDTH = 340;

    private final OverviewViewModel model;
    private final FlowPane cards = new FlowPane(16, 16);
    private final ListChangeListener<CompanyCard> cardsChanged = change -> showCards();
    private final Node root;
    private final Subscription subscriptions;

    public OverviewView(OverviewViewModel model) {
        this.model = model;
        Label title = Nodes.label("What companies hold about you", Styles.TITLE_2);
        Label headline = Nodes.muted("");
        headline.setId("overviewHeadline");
        Label problem = Nodes.text("", Styles.DANGER);
        cards.setId("companyCards");

        VBox content = new VBox(title, headline, problem, cards);
        content.getStyleClass().add("screen-content");
        VBox.setMargin(headline, new Insets(-14, 0, 0, 0));
        root = Nodes.screen(content);
        root.setId("overviewScreen");

        model.cards().addListener(cardsChanged);
        showCards();
        subscriptions = Subscription.combine(
                () -> model.cards().removeListener(cardsChanged),
                model.headlineProperty().subscribe(headline::setText),
                model.problemProperty().subscribe(text -> {
                    problem.setText(text);
                    problem.setManaged(!text.isEmpty());
                }));
    }

    private void showCards() {
        cards.getChildren().setAll(model.cards().stream().map(this::card).toList());
    }

    private Card card(CompanyCard c) {
        VBox header = new VBox(2, Nodes.label(c.name(), Styles.TITLE_3));
        if (!c.company().equals(c.name())) {
            // "Meta Platforms" under Instagram says something; "Google" under Google does not.
            header.getChildren().add(Nodes.label(c.company(), Styles.TEXT_MUTED));
        }

        VBox body = new VBox(8);
        Label items = Nodes.label(c.items(), "big-number");
        items.setId("items");
        body.getChildren().add(items);
        if (c.headline() != null) {
            Label headline = Nodes.text(c.headline(), "stated");
            headline.setId("cardHeadline");
            headline.setGraphic(Nodes.icon(Feather.EYE));
            body.getChildren().add(headline);
        }
        Label span = Nodes.label(c.timeSpan(), Styles.TEXT_MUTED);
        span.setId("timeSpan");
        span.setGraphic(Nodes.icon(Feather.CALENDAR));
        body.getChildren().addAll(span, new Separator());
        VBox kinds = new VBox(4);
        kinds.setId("kinds");
        for (CompanyCard.KindCount k : c.kinds()) {
            HBox row = new HBox(Nodes.label(k.kind()), new Spacer(), Nodes.label(k.count(), "kind-count"));
            row.getStyleClass().add("kind-row");
            kinds.getChildren().add(row);
        }
        body.getChildren().add(kinds);

        Card card = new Card();
        card.setId("companyCard-" + c.service().id());
        card.getStyleClass().add("company-card");
        card.setHeader(header);
        card.setBody(body);
        HBox footer = new HBox(8);
        if (c.snapshots() != null) {
            Label snapshots = Nodes.label(c.snapshots(), Styles.TEXT_MUTED);
            snapshots.setId("snapshots");
            snapshots.setGraphic(Nodes.icon(Feather.LAYERS));
            footer.getChildren().add(snapshots);
        }
        footer.getChildren().addAll(new Spacer(), Nodes.label("Open", Styles.ACCENT));
        card.setFooter(footer);
        card.setPrefWidth(CARD_WIDTH);
        card.setFocusTraversable(true);
        card.setOnMouseClicked(e -> model.openCompany(c.service()));
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                model.openCompany(c.service());
            }
        });
        return card;
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
