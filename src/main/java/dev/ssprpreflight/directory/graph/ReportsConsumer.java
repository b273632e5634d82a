package dev.ssprpreflight.directory.graph;

import java.util.Locale;

/** Who spends a slot of the {@link ReportsBudget}, as named in metrics and on the health page. */
enum ReportsConsumer {

    /** A page of the registration report for the mirror; waits for its slot. */
    MIRROR(true),
    /** A page of the audit log's registration events; waits for its slot. */
    REGISTRATION_FEED(true),
    /** A user's report row inside a check's batch, when the mirror does not know the user; never waits. */
    REPORT_ROW(false),
    /** A live look at a user's methods during a check; never waits. */
    LIVE_LOOK(false);

    private final boolean background;

    ReportsConsumer(boolean background) {
        this.background = background;
    }

    /** Background consumers wait for a slot; a check's consumers take one now or do without. */
    boolean background() {
        return background;
    }

    /** The metric tag and the health page's name: {@code registration-feed}. */
    String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
