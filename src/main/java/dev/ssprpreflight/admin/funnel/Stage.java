package dev.ssprpreflight.admin.funnel;

import java.util.function.ToLongFunction;

/** The columns of the funnel, in the order the page, the picture and the CSV show them. */
public enum Stage {
    CHECKED(StageCounts::checked, false),
    SENT_TO_PORTAL(StageCounts::sentToPortal, false),
    REACHED(StageCounts::reached, true),
    VERIFIED(StageCounts::verified, true),
    SUCCEEDED(StageCounts::succeeded, true),
    FAILED(StageCounts::failed, true),
    LOCKED_OUT(StageCounts::lockedOut, true),
    UNLOCKED(StageCounts::unlocked, true),
    WENT_ANYWAY(StageCounts::wentAnyway, true),
    SUCCEEDED_ANYWAY(StageCounts::succeededAnyway, true),
    STILL_OPEN(StageCounts::stillOpen, true);

    private final ToLongFunction<StageCounts> count;
    private final boolean fromEntra;

    Stage(ToLongFunction<StageCounts> count, boolean fromEntra) {
        this.count = count;
        this.fromEntra = fromEntra;
    }

    public long count(StageCounts counts) {
        return count.applyAsLong(counts);
    }

    /** Whether the stage comes from Entra's audit log: not known while its events are not read (never 0). */
    public boolean fromEntra() {
        return fromEntra;
    }

    /** The CSV column: the constant in lower case. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
