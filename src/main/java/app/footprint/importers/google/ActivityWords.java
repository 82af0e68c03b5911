package app.footprint.importers.google;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of My Activity records in the tabled languages: product names, the labels of the HTML
 * caption ("Products:", "Prodotti:"), Discover's " - viewed, selected" suffixes, and the grounds Google
 * gives for a location ("From your places (Home)", "In base alla tua attività passata"). Records are
 * read by shape and position first; these words only name what the shape cannot.
 *
 * <p>English, Spanish and Italian forms are seen in samples (FORMATS.md 1.7); the others are Google's
 * translations as users report them.
 */
final class ActivityWords {
    /** What a product's records are, for the kind of data they become. */
    enum Product {
        SEARCH, YOUTUBE, MAPS, CHROME, ADS, PLAY_STORE, VOICE, DISCOVER, OTHER
    }

    /** A section of the HTML caption cell. */
    enum Label {
        PRODUCTS, LOCATIONS, DETAILS, OTHER
    }

    private static final Map<String, Product> PRODUCTS = Map.ofEntries(
            Map.entry("search", Product.SEARCH), Map.entry("image search", Product.SEARCH),
            Map.entry("video search", Product.SEARCH), Map.entry("google lens", Product.SEARCH),
            Map.entry("suche", Product.SEARCH), Map.entry("google suche", Product.SEARCH),
            Map.entry("bildersuche", Product.SEARCH), Map.entry("videosuche", Product.SEARCH),
            Map.entry("recherche", Product.SEARCH), Map.entry("recherche d'images", Product.SEARCH),
            Map.entry("recherche de vidéos", Product.SEARCH), Map.entry("búsqueda", Product.SEARCH),
            Map.entry("búsqueda de imágenes", Product.SEARCH), Map.entry("búsqueda de vídeos", Product.SEARCH),
            Map.entry("ricerca", Product.SEARCH), Map.entry("ricerca immagini", Product.SEARCH),
            Map.entry("ricerca video", Product.SEARCH), Map.entry("zoeken", Product.SEARCH),
            Map.entry("afbeeldingen zoeken", Product.SEARCH), Map.entry("pesquisa", Product.SEARCH),
            Map.entry("pesquisa de imagens", Product.SEARCH), Map.entry("pesquisa de vídeos", Product.SEARCH),
            Map.entry("youtube", Product.YOUTUBE), Map.entry("youtube music", Product.YOUTUBE),
            Map.entry("maps", Product.MAPS), Map.entry("google maps", Product.MAPS),
            Map.entry("chrome", Product.CHROME),
            Map.entry("ads", Product.ADS), Map.entry("werbung", Product.ADS), Map.entry("anzeigen", Product.ADS),
            Map.entry("annonces", Product.ADS), Map.entry("publicités", Product.ADS),
            Map.entry("anuncios", Product.ADS), Map.entry("annunci", Product.ADS),
            Map.entry("advertenties", Product.ADS), Map.entry("anúncios", Product.ADS),
            Map.entry("google play store", Product.PLAY_STORE), Map.entry("play store", Product.PLAY_STORE),
            Map.entry("google play", Product.PLAY_STORE),
            Map.entry("assistant", Product.VOICE), Map.entry("google assistant", Product.VOICE),
            Map.entry("voice and audio", Product.VOICE), Map.entry("sprach- und audioaktivitäten", Product.VOICE),
            Map.entry("discover", Product.DISCOVER));

    private static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("products", Label.PRODUCTS), Map.entry("produkte", Label.PRODUCTS),
            Map.entry("produits", Label.PRODUCTS), Map.entry("productos", Label.PRODUCTS),
            Map.entry("prodotti", Label.PRODUCTS), Map.entry("producten", Label.PRODUCTS),
            Map.entry("produtos", Label.PRODUCTS),
            Map.entry("locations", Label.LOCATIONS), Map.entry("standorte", Label.LOCATIONS),
            Map.entry("orte", Label.LOCATIONS), Map.entry("lieux", Label.LOCATIONS),
            Map.entry("ubicaciones", Label.LOCATIONS), Map.entry("luoghi", Label.LOCATIONS),
            Map.entry("locaties", Label.LOCATIONS), Map.entry("locais", Label.LOCATIONS),
            Map.entry("localizações", Label.LOCATIONS),
            Map.entry("details", Label.DETAILS), Map.entry("détails", Label.DETAILS),
            Map.entry("detalles", Label.DETAILS), Map.entry("dettagli", Label.DETAILS),
            Map.entry("detalhes", Label.DETAILS));

    /** The "Products:" label in each language, which tells the language of an HTML file. */
    private static final Map<String, String> PRODUCTS_LABEL_LANGUAGE = Map.of(
            "products", "en", "produkte", "de", "produits", "fr", "productos", "es", "prodotti", "it",
            "producten", "nl", "produtos", "pt");

    private static final Set<String> VIEWED = Set.of("viewed", "angesehen", "gesehen", "vue", "consultée",
            "consulté", "vista", "visto", "visualizzata", "visualizzato", "bekeken", "visualizado", "visualizada");
    private static final Set<String> SELECTED = Set.of("selected", "ausgewählt", "sélectionnée", "sélectionné",
            "seleccionada", "seleccionado", "selezionata", "selezionato", "geselecteerd", "selecionado",
            "selecionada");

    /** The word in the parentheses of "From your places (Home)". */
    private static final Set<String> HOME = Set.of("home", "zuhause", "privat", "domicile", "casa", "thuis");
    private static final Set<String> WORK = Set.of("work", "arbeit", "arbeitsplatz", "travail", "trabajo", "lavoro",
            "werk", "trabalho");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]+)\\)\\s*$");
    /** "Based on your past activity", which places the person in an area Google inferred. */
    private static final Set<String> PAST_ACTIVITY = Set.of("based on your past activity",
            "basierend auf deinen bisherigen aktivitäten", "auf grundlage deiner bisherigen aktivitäten",
            "d'après votre activité passée", "d'après vos activités passées", "según tu actividad anterior",
            "basado en tu actividad anterior", "in base alla tua attività passata", "op basis van je eerdere activiteit",
            "com base na sua atividade anterior", "com base na sua atividade passada");
    /** "From Google Ads" and its translations: a watch that was an ad. */
    private static final Pattern AD_DETAIL = Pattern.compile(
            "google ads|anuncios de google|annunci (di )?google|annonces google|annonces de google"
                    + "|advertenties van google|anúncios do google|google-anzeigen|google anzeigen");

    private ActivityWords() {
    }

    static String normal(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
    }

    static Product product(String name) {
        return name == null ? Product.OTHER : PRODUCTS.getOrDefault(normal(name), Product.OTHER);
    }

    static Label label(String text) {
        String key = normal(text);
        if (key.endsWith(":")) {
            key = key.substring(0, key.length() - 1).strip();
        }
        return LABELS.getOrDefault(key, Label.OTHER);
    }

    /** The language of a "Products:" label, or null. */
    static String languageOfProductsLabel(String text) {
        String key = normal(text);
        return PRODUCTS_LABEL_LANGUAGE.get(key.endsWith(":") ? key.substring(0, key.length() - 1).strip() : key);
    }

    /** Whether a detail marks a YouTube watch as an ad. */
    static boolean isAdDetail(String detail) {
        return detail != null && AD_DETAIL.matcher(normal(detail)).find();
    }

    /** Where an inferred place came from: "home", "work", "area" for an inferred area, or null for none. */
    static String inferredPlace(String source) {
        if (source == null) {
            return null;
        }
        String key = normal(source);
        var parentheses = PARENTHESES.matcher(key);
        if (parentheses.find()) {
            String word = parentheses.group(1).strip();
            if (HOME.contains(word)) {
                return "home";
            }
            if (WORK.contains(word)) {
                return "work";
            }
        }
        return PAST_ACTIVITY.contains(key) ? "area" : null;
    }

    /**
     * A Discover topic with its feedback suffix taken off: "Astronomia - visualizzata" is the topic
     * "Astronomia", viewed. A suffix that is not made of such words stays part of the topic.
     */
    record Topic(String name, boolean viewed, boolean selected) {
    }

    static Topic topic(String line) {
        String text = line.strip();
        int dash = text.lastIndexOf(" - ");
        if (dash > 0) {
            boolean viewed = false;
            boolean selected = false;
            boolean feedback = true;
            for (String word : normal(text.substring(dash + 3)).split(",")) {
                String w = word.strip();
                if (VIEWED.contains(w)) {
                    viewed = true;
                } else if (SELECTED.contains(w)) {
                    selected = true;
                } else {
                    feedback = false;
                }
            }
            if (feedback) {
                return new Topic(text.substring(0, dash).strip(), viewed || selected, selected);
            }
        }
        return new Topic(text, false, false);
    }
}
