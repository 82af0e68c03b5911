package app.footprint.model;

/**
 * Kinds of information that the law or common practice treats as sensitive: the GDPR's special
 * categories (Art. 9), the CCPA's sensitive personal information, and topics advertisers are widely
 * expected not to target.
 */
public enum SensitiveCategory {
    HEALTH("Health", Basis.GDPR_ART_9),
    RELIGION("Religion or belief", Basis.GDPR_ART_9),
    POLITICS("Political opinions", Basis.GDPR_ART_9),
    SEXUALITY("Sexual orientation or sex life", Basis.GDPR_ART_9),
    ETHNICITY("Racial or ethnic origin", Basis.GDPR_ART_9),
    TRADE_UNION("Trade-union membership", Basis.GDPR_ART_9),
    GENETIC_BIOMETRIC("Genetic or biometric data", Basis.GDPR_ART_9),
    PRECISE_LOCATION("Precise geolocation", Basis.CCPA_SENSITIVE),
    PREGNANCY_PARENTING("Pregnancy and parenting", Basis.COMMONLY_SENSITIVE),
    FINANCIAL_DIFFICULTY("Financial difficulty", Basis.COMMONLY_SENSITIVE),
    GAMBLING("Gambling", Basis.COMMONLY_SENSITIVE),
    ALCOHOL("Alcohol", Basis.COMMONLY_SENSITIVE),
    WEIGHT_LOSS("Weight loss", Basis.COMMONLY_SENSITIVE),
    DATING("Dating", Basis.COMMONLY_SENSITIVE);

    /** Why a category counts as sensitive. */
    public enum Basis {
        GDPR_ART_9("a special category of personal data under GDPR Art. 9, which may be processed only with "
                + "explicit consent or another Art. 9(2) exception"),
        CCPA_SENSITIVE("sensitive personal information under the CCPA (Cal. Civ. Code § 1798.140(ae)), whose use "
                + "you may limit (§ 1798.121)"),
        COMMONLY_SENSITIVE("a topic widely treated as sensitive: advertising platforms restrict targeting on it, "
                + "and it can reveal health or vulnerability");

        private final String explanation;

        Basis(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    private final String label;
    private final Basis basis;

    SensitiveCategory(String label, Basis basis) {
        this.label = label;
        this.basis = basis;
    }

    public String label() {
        return label;
    }

    public Basis basis() {
        return basis;
    }

    /** "Health is a special category of personal data under GDPR Art. 9, ...". */
    public String why() {
        return label + " is " + basis.explanation() + ".";
    }
}
