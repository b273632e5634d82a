package dev.ssprpreflight.directory.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.Verdict;

/**
 * The verdict a demo user must get, as the demo file's {@code expect:} writes it: {@code READY},
 * {@code CHECKS_UNAVAILABLE} or {@code BLOCKED [BLOCK, ...]}, followed, when the checks also raise
 * admin-only findings, by {@code , findings [FINDING, ...]}. Test code: the application never reads
 * {@code expect:}. Public, so that the journey's and the console's tests read the file the same way.
 *
 * @param blocks in catalogue order, like a verdict's, so the two compare with {@code equals}
 * @param findings in catalogue order
 */
public record ExpectedVerdict(Outcome outcome, List<Reason> blocks, List<Reason> findings) {

    private static final Pattern FORMAT = Pattern
            .compile("([A-Z_]+)(?:\\s*\\[([^\\]]*)\\])?(?:\\s*,\\s*findings\\s*\\[([^\\]]*)\\])?");

    public ExpectedVerdict {
        blocks = inCatalogueOrder(blocks);
        findings = inCatalogueOrder(findings);
        if (outcome == Outcome.UNKNOWN_USER) {
            throw new IllegalArgumentException("UNKNOWN_USER cannot be expected of a user in the file: "
                    + "users who are not in the file are the unknown ones");
        }
        if ((outcome == Outcome.BLOCKED) == blocks.isEmpty()) {
            throw new IllegalArgumentException("BLOCKED needs blocks in brackets, and only BLOCKED has them");
        }
        if (outcome == Outcome.CHECKS_UNAVAILABLE && !findings.isEmpty()) {
            throw new IllegalArgumentException("CHECKS_UNAVAILABLE has no findings: no check ran");
        }
    }

    /** @throws IllegalArgumentException saying what is wrong with the text */
    public static ExpectedVerdict parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not READY, CHECKS_UNAVAILABLE or BLOCKED [BLOCK, ...],"
                    + " optionally followed by ', findings [FINDING, ...]'");
        }
        Outcome outcome = enumValue(Outcome.class, matcher.group(1));
        return new ExpectedVerdict(outcome, codes(matcher.group(2), Reason.Tier.BLOCK, text),
                codes(matcher.group(3), Reason.Tier.FINDING, text));
    }

    /** Blocks and findings together, in catalogue order, as a verdict's {@code reasons()}. */
    public List<Reason> reasons() {
        return inCatalogueOrder(Stream.concat(blocks.stream(), findings.stream()).toList());
    }

    /** Whether the verdict has this outcome, these blocks and these findings, nothing more. */
    public boolean matches(Verdict verdict) {
        return verdict.outcome() == outcome && verdict.blocks().equals(blocks) && verdict.findings().equals(findings);
    }

    private static List<Reason> codes(String list, Reason.Tier tier, String text) {
        List<Reason> reasons = new ArrayList<>();
        if (list == null) {
            return reasons;
        }
        for (String code : list.split(",")) {
            Reason reason = enumValue(Reason.class, code.trim());
            if (reason.retired()) {
                throw new IllegalArgumentException(reason + " is retired: no check raises it any more");
            }
            if (reason.tier() != tier) {
                throw new IllegalArgumentException(reason + " is a " + reason.tier() + ", not a " + tier + ", in '"
                        + text + "'");
            }
            if (reasons.contains(reason)) {
                throw new IllegalArgumentException(reason + " is listed twice in '" + text + "'");
            }
            reasons.add(reason);
        }
        return reasons;
    }

    private static List<Reason> inCatalogueOrder(List<Reason> reasons) {
        EnumSet<Reason> sorted = EnumSet.noneOf(Reason.class);
        sorted.addAll(reasons);
        return List.copyOf(sorted);
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
        String verdict = blocks.isEmpty() ? outcome.name() : outcome + " " + blocks;
        return findings.isEmpty() ? verdict : verdict + ", findings " + findings;
    }
}
