package dev.ssprpreflight.directory.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;

/**
 * The verdict a demo user must get, written in the file as {@code READY},
 * {@code CHECKS_UNAVAILABLE} or {@code BLOCKED [REASON, ...]}.
 *
 * @param reasons in catalogue order, like a verdict's, so the two compare with {@code equals}
 */
record Expectation(Outcome outcome, List<Reason> reasons) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z_]+)(?:\\s*\\[([^\\]]*)\\])?");

    Expectation {
        EnumSet<Reason> inCatalogueOrder = EnumSet.noneOf(Reason.class);
        inCatalogueOrder.addAll(reasons);
        reasons = List.copyOf(inCatalogueOrder);
        if (outcome == Outcome.UNKNOWN_USER) {
            throw new IllegalArgumentException("UNKNOWN_USER cannot be expected of a user in the file: "
                    + "users who are not in the file are the unknown ones");
        }
        if ((outcome == Outcome.BLOCKED) == reasons.isEmpty()) {
            throw new IllegalArgumentException("BLOCKED needs reasons in brackets, and only BLOCKED has them");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Expectation parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not READY, CHECKS_UNAVAILABLE or BLOCKED [REASON, ...]");
        }
        Outcome outcome = enumValue(Outcome.class, matcher.group(1));
        List<Reason> reasons = new ArrayList<>();
        if (matcher.group(2) != null) {
            for (String code : matcher.group(2).split(",")) {
                Reason reason = enumValue(Reason.class, code.trim());
                if (reasons.contains(reason)) {
                    throw new IllegalArgumentException(reason + " is listed twice in '" + text + "'");
                }
                reasons.add(reason);
            }
        }
        return new Expectation(outcome, reasons);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    @Override
    public String toString() {
        return reasons.isEmpty() ? outcome.name() : outcome + " " + reasons;
    }
}
