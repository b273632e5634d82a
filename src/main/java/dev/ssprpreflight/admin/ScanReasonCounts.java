package dev.ssprpreflight.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.FlaggedUser;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * A complete scan's users per reason as its page shows them, in three groups: the blocks, the findings, and
 * the retired codes that scans stored before their rule was found wrong still hold. Each group is most
 * frequent first. Which group a reason falls in is the reason's own tier and retirement: nothing here names
 * a reason.
 *
 * @param blocks users per blocking reason
 * @param findings users per finding, blocked or not
 * @param retired users per retired code, as the scan recorded them
 */
public record ScanReasonCounts(List<ReasonCount> blocks, List<ReasonCount> findings, List<ReasonCount> retired) {

    /**
     * @param code the reason's code
     * @param label its title
     * @param count users
     * @param shownCount users, as the language writes it
     * @param link the list where these users are (blocked, or with findings only), filtered by this reason
     */
    public record ReasonCount(String code, String label, long count, String shownCount, String link) {
    }

    /** A group of reasons in the filter's choice, under its label. */
    public record ChoiceGroup(String label, List<AttemptListView.Choice> choices) {
    }

    /** No counts: a scan that is running or failed. */
    static ScanReasonCounts none() {
        return new ScanReasonCounts(List.of(), List.of(), List.of());
    }

    /**
     * @param counts users per reason, as the scan stored them
     * @param title a reason's title in the page's language
     */
    static ScanReasonCounts of(Map<Reason, Long> counts, Function<Reason, String> title, ScanLinks links,
            LocaleFormats formats) {
        List<ReasonCount> blocks = new ArrayList<>();
        List<ReasonCount> findings = new ArrayList<>();
        List<ReasonCount> retired = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<Reason, Long> comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> {
                    Reason reason = entry.getKey();
                    ReasonCount count = new ReasonCount(reason.name(), title.apply(reason), entry.getValue(),
                            formats.number(entry.getValue()), links.reason(listOf(reason), reason.name()));
                    (reason.retired() ? retired : reason.blocks() ? blocks : findings).add(count);
                });
        return new ScanReasonCounts(blocks, findings, retired);
    }

    /** Every reason of the scan: blocks, findings, retired codes, each group most frequent first. */
    public List<ReasonCount> all() {
        return Stream.of(blocks, findings, retired).flatMap(List::stream).toList();
    }

    public boolean isEmpty() {
        return blocks.isEmpty() && findings.isEmpty() && retired.isEmpty();
    }

    /**
     * The reasons a list can be filtered by, grouped as the counts are: the blocked users by any reason of the
     * scan (a blocked user may have findings too), the users with findings only by the findings.
     */
    List<ChoiceGroup> choices(FlaggedUser.Standing standing, ScanMessages msg) {
        Predicate<ReasonCount> inList = count -> standing == FlaggedUser.Standing.BLOCKED
                || !Reason.valueOf(count.code()).blocks();
        List<ChoiceGroup> groups = new ArrayList<>();
        addGroup(groups, msg.scanBlocks(), blocks, inList);
        addGroup(groups, msg.scanFindings(), findings, inList);
        addGroup(groups, msg.scanRetiredCodes(), retired, inList);
        return groups;
    }

    /** The list whose users a reason's count links to. */
    static FlaggedUser.Standing listOf(Reason reason) {
        return reason.blocks() ? FlaggedUser.Standing.BLOCKED : FlaggedUser.Standing.FINDINGS_ONLY;
    }

    private static void addGroup(List<ChoiceGroup> groups, String label, List<ReasonCount> counts,
            Predicate<ReasonCount> inList) {
        List<AttemptListView.Choice> choices = counts.stream().filter(inList)
                .map(count -> new AttemptListView.Choice(count.code(), count.label())).toList();
        if (!choices.isEmpty()) {
            groups.add(new ChoiceGroup(label, choices));
        }
    }
}
