package app.footprint.requests;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How long a company has, counted from the day it received a request. The day of receipt is not counted
 * (Reg. 1182/71 Art 3(1); for the US and the others LEGAL.md flags it to verify), so the period ends
 * {@code amount} units after it.
 *
 * @param unit how the period is counted
 * @param amount how many units
 * @param rollToWorkingDay whether a last day on a weekend or holiday moves to the next working day
 *        (Reg. 1182/71 Art 3(4) for the GDPR)
 * @param basis the provision that sets the period
 * @param toVerify whether LEGAL.md marks this rule "(verify)"
 */
public record DeadlineRule(Unit unit, int amount, boolean rollToWorkingDay, String basis, boolean toVerify) {

    /** How a period is counted. */
    public enum Unit {
        /** Calendar months; a missing day (29th-31st) becomes the last day of the month (Reg. 1182/71 Art 3(2)(c)). */
        MONTHS,
        /** Calendar days, weekends included. */
        DAYS,
        /** Monday to Friday, holidays excluded. */
        BUSINESS_DAYS
    }

    public DeadlineRule {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
        if (amount <= 0) {
            throw new IllegalArgumentException("a deadline needs a positive length: " + amount);
        }
    }

    /** The last day on which the company may answer a request received on {@code received}. */
    public LocalDate lastDay(LocalDate received, Holidays holidays) {
        LocalDate end = switch (unit) {
            case MONTHS -> received.plusMonths(amount); // plusMonths clamps to the month's last day
            case DAYS -> received.plusDays(amount);
            case BUSINESS_DAYS -> plusBusinessDays(received, amount, holidays);
        };
        return rollToWorkingDay ? holidays.onOrAfter(end) : end;
    }

    private static LocalDate plusBusinessDays(LocalDate received, int days, Holidays holidays) {
        LocalDate d = received;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (holidays.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** "1 month", "45 days", "10 business days". */
    public String describe() {
        String word = switch (unit) {
            case MONTHS -> amount == 1 ? "month" : "months";
            case DAYS -> amount == 1 ? "day" : "days";
            case BUSINESS_DAYS -> amount == 1 ? "business day" : "business days";
        };
        return amount + " " + word;
    }
}
