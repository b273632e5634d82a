package dev.ssprpreflight.admin;

import java.util.Arrays;
import java.util.List;

import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

/**
 * The attempt list with its filter.
 *
 * @param frame the console frame
 * @param filter the filter as entered, to fill the form again
 * @param problems what is wrong with the filter; empty when it was applied
 * @param rows this page's attempts
 * @param total how many attempts match
 * @param page this page's number
 * @param pageCount how many pages there are
 * @param links the links for sorting, paging and the export, with the filter kept
 * @param outcomes the outcome choices, code and label
 * @param reasonGroups the reason choices, code and label, grouped into blocks, findings and retired codes
 * @param formats numbers as the page's language writes them
 */
public record AttemptListView(ConsoleFrame frame, AttemptFilter filter, List<String> problems, List<AttemptRow> rows,
        long total, long page, long pageCount, FilterLinks links, List<Choice> outcomes, List<ChoiceGroup> reasonGroups,
        LocaleFormats formats) {

    /** How many attempts match, as the page's language writes numbers. */
    public String shownTotal() {
        return formats.number(total);
    }

    public String shownPage() {
        return formats.number(page);
    }

    public String shownPageCount() {
        return formats.number(pageCount);
    }

    /** The link to the previous page, or null on the first. */
    public String previousLink() {
        return page > 1 ? links.page(page - 1) : null;
    }

    /** The link to the next page, or null on the last. */
    public String nextLink() {
        return page < pageCount ? links.page(page + 1) : null;
    }

    /** An option of a select box. */
    public record Choice(String code, String label) {
    }

    /**
     * An option group of a select box.
     *
     * @param kind {@code BLOCK}, {@code FINDING} or {@code RETIRED}, for tests and styles
     */
    public record ChoiceGroup(String kind, String label, List<Choice> choices) {
    }

    /** Every reason as a choice, grouped by kind, each group in catalogue order. */
    static List<ChoiceGroup> reasonChoices(AdminMessages msg, UiLanguage language) {
        return Arrays.stream(ReasonKind.values())
                .map(kind -> new ChoiceGroup(kind.name(), kind.label(msg), kind.reasons().stream()
                        .map(reason -> new Choice(reason.name(), ConsoleTexts.reasonTitle(reason, language))).toList()))
                .filter(group -> !group.choices().isEmpty()).toList();
    }
}
