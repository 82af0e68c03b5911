package app.footprint.requests;

import java.util.Objects;

/**
 * The article or section a letter cites for a right.
 *
 * @param cite the citation as a letter writes it ("Art 15", "Cal. Civ. Code §1798.105")
 * @param toVerify whether LEGAL.md marks it "(verify)": to be checked against the official text before release
 */
public record Provision(String cite, boolean toVerify) {
    public Provision {
        Objects.requireNonNull(cite, "cite");
    }
}
