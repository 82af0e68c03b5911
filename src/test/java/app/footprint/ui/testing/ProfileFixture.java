package app.footprint.ui.testing;

import app.footprint.analysis.ProfileAnalysis;
import app.footprint.model.ActivitySupport;
import app.footprint.model.AnalysedItem;
import app.footprint.model.AnalysedStatedInference;
import app.footprint.model.Category;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.SensitiveCategory;
import app.footprint.model.Service;
import app.footprint.model.Topic;
import app.footprint.store.Database;
import app.footprint.store.InferenceStore;
import app.footprint.store.ProfileQueries;
import app.footprint.ui.testing.TestData.ExportBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A profile written by hand, as the analysis would store it, over three imported exports (Facebook, Amazon,
 * Google): stated and derived conclusions, a combined one, sensitive ones, a place, activity marks, and
 * evidence pointing at the real rows of those exports. It is stored as current, so opening a screen does
 * not analyse again.
 */
public final class ProfileFixture {
    public static final Topic HIKING = new Topic("outdoors.hiking", "Hiking", null);
    public static final Topic PREGNANCY = new Topic("family.pregnancy", "Pregnancy", SensitiveCategory.PREGNANCY_PARENTING);
    public static final String BABY_WHY = "Buying unscented lotion, supplements and cotton balls together is the "
            + "pattern a retailer used to predict a pregnancy.";
    /** All conclusions; sensitive ones; Facebook's stated / derived. */
    public static final int ALL = 7;
    public static final int SENSITIVE = 4;
    public static final int FACEBOOK_STATED = 2;
    public static final int FACEBOOK_DERIVED = 1;

    private ProfileFixture() {
    }

    /** Imports the exports and stores the profile; returns what was stored, in the order given. */
    public static List<Inference> write(Database db) {
        new ExportBuilder(Service.FACEBOOK, "facebook-jana.zip").exportedAt(Instant.parse("2024-03-12T12:00:00Z"))
                .item(Category.MESSAGES, Instant.parse("2024-03-01T10:00:00Z"), "Chat with Tom",
                        "your_activity_across_facebook/messages/inbox/tom_1/message_1.json", 0)
                .item(Category.MESSAGES, Instant.parse("2024-02-10T09:00:00Z"), "Chat with Tom",
                        "your_activity_across_facebook/messages/inbox/tom_1/message_1.json", 1)
                .inference(InferenceKind.AD_INTEREST, "Wandern", Map.of(),
                        "ads_information/other_categories_used_to_reach_you.json", 0)
                .inference(InferenceKind.AD_INTEREST, "Schwangerschaft", Map.of(),
                        "ads_information/other_categories_used_to_reach_you.json", 1)
                .writeTo(db);
        new ExportBuilder(Service.AMAZON, "amazon-jana.zip").exportedAt(Instant.parse("2024-03-10T12:00:00Z"))
                .item(Category.PURCHASES, Instant.parse("2024-01-20T12:00:00Z"), "Unscented body lotion",
                        "Retail.OrderHistory.1/Retail.OrderHistory.1.csv", 0)
                .item(Category.PURCHASES, Instant.parse("2024-01-22T12:00:00Z"), "Cotton balls, 300 pack",
                        "Retail.OrderHistory.1/Retail.OrderHistory.1.csv", 1)
                .writeTo(db);
        new ExportBuilder(Service.GOOGLE, "takeout-jana.zip").exportedAt(Instant.parse("2024-03-11T12:00:00Z"))
                .item(Category.LOCATIONS, Instant.parse("2024-03-01T20:00:00Z"), "Visit: Zschochersche Straße",
                        "Takeout/Location History (Timeline)/Records.json", 0)
                .writeTo(db);

        ProfileQueries data = new ProfileQueries(db);
        List<AnalysedItem> items = new ArrayList<>();
        data.items(EnumSet.allOf(Category.class), items::add);
        List<AnalysedStatedInference> stated = data.statedInferences();
        AnalysedItem message1 = at(items, "2024-03-01T10:00:00Z");
        AnalysedItem message2 = at(items, "2024-02-10T09:00:00Z");
        AnalysedItem lotion = at(items, "2024-01-20T12:00:00Z");
        AnalysedItem cotton = at(items, "2024-01-22T12:00:00Z");

        List<Inference> profile = List.of(
                new Inference(InferenceOrigin.STATED, Service.FACEBOOK, InferenceKind.AD_INTEREST, "Hiking", HIKING,
                        null, null, 1.0, null, null, ActivitySupport.SUPPORTED,
                        "Facebook lists “Wandern” among the interests it uses to show you ads.",
                        List.of(stated(stated.get(0))), 1, Set.of(Service.FACEBOOK)),
                new Inference(InferenceOrigin.STATED, Service.FACEBOOK, InferenceKind.AD_INTEREST, "Pregnancy", PREGNANCY,
                        SensitiveCategory.PREGNANCY_PARENTING, null, 1.0, null, null, ActivitySupport.NO_TRACE,
                        "Facebook lists “Schwangerschaft” among the interests it uses to show you ads.",
                        List.of(stated(stated.get(1))), 1, Set.of(Service.FACEBOOK)),
                new Inference(InferenceOrigin.DERIVED, Service.FACEBOOK, InferenceKind.RELATIONSHIP, "Tom", null,
                        null, null, 0.8, null, null, null,
                        "You exchanged 2 messages with Tom, more than with anyone else.",
                        List.of(Evidence.item(message1, "Chat with Tom"), Evidence.item(message2, "Chat with Tom")),
                        2, Set.of(Service.FACEBOOK)),
                new Inference(InferenceOrigin.DERIVED, Service.AMAZON, InferenceKind.LIFE_EVENT, "Expecting a baby",
                        PREGNANCY, SensitiveCategory.PREGNANCY_PARENTING, BABY_WHY, 0.72, null, null, null,
                        "A retailer could have concluded you were expecting a baby around January 2024.",
                        List.of(Evidence.item(lotion, "Unscented body lotion"), Evidence.item(cotton, "Cotton balls")),
                        5, Set.of(Service.AMAZON)),
                new Inference(InferenceOrigin.DERIVED, Service.GOOGLE, InferenceKind.HOME,
                        "Home near Zschochersche Straße", null, SensitiveCategory.PRECISE_LOCATION, null, 0.9,
                        51.3285, 12.3389, null, "Most nights your phone was here.",
                        List.of(new Evidence(Evidence.Kind.LOCATION_POINTS, 1, Service.GOOGLE,
                                Instant.parse("2024-03-01T20:00:00Z"), "412 location points",
                                "Takeout/Location History (Timeline)/Records.json", 412)),
                        412, Set.of(Service.GOOGLE)),
                new Inference(InferenceOrigin.DERIVED, Service.GOOGLE, InferenceKind.DAILY_RHYTHM,
                        "Usually asleep 23:00–07:00", null, null, null, 0.55, null, null, null,
                        "Your activity stops around 23:00 and starts again around 07:00.", List.of(), 0,
                        Set.of(Service.GOOGLE)),
                new Inference(InferenceOrigin.DERIVED, null, InferenceKind.COMBINED, "Home, routine and a coming baby",
                        PREGNANCY, SensitiveCategory.PREGNANCY_PARENTING, null, 0.6, null, null, null,
                        "Together, these exports show where you live, when you sleep and that you expect a baby.",
                        List.of(new Evidence(Evidence.Kind.INFERENCE, 0, Service.AMAZON, null, "Expecting a baby",
                                        null, 1),
                                new Evidence(Evidence.Kind.INFERENCE, 0, Service.GOOGLE, null,
                                        "Home near Zschochersche Straße", null, 1)),
                        2, Set.of(Service.AMAZON, Service.GOOGLE, Service.FACEBOOK)));
        new InferenceStore(db).replaceAll(profile, data.currentExportsKey(), ProfileAnalysis.VERSION);
        return profile;
    }

    private static AnalysedItem at(List<AnalysedItem> items, String when) {
        Instant at = Instant.parse(when);
        return items.stream().filter(i -> at.equals(i.at())).findFirst().orElseThrow();
    }

    private static Evidence stated(AnalysedStatedInference s) {
        return new Evidence(Evidence.Kind.STATED_INFERENCE, s.id(), s.service(), null, s.inference().value(),
                s.inference().source().path(), 1);
    }
}
