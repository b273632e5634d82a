package dev.ssprpreflight.admin;

import java.util.Arrays;
import java.util.List;

import dev.ssprpreflight.check.Reason;

/**
 * How the console groups reasons for admins: blocks, admin-only findings, and retired codes (kept for the
 * attempts recorded with them). Derived from the reason's tier and {@link Reason#retired()}, never from its
 * name, so that a new reason lands in its group without a change here.
 */
enum ReasonKind {
    BLOCK,
    FINDING,
    RETIRED;

    static ReasonKind of(Reason reason) {
        if (reason.retired()) {
            return RETIRED;
        }
        return reason.blocks() ? BLOCK : FINDING;
    }

    /** The reasons of this kind, in catalogue order. */
    List<Reason> reasons() {
        return Arrays.stream(Reason.values()).filter(reason -> of(reason) == this).toList();
    }

    /** The group's label in a select box. */
    String label(AdminMessages msg) {
        return switch (this) {
            case BLOCK -> msg.reasonGroupBlocks();
            case FINDING -> msg.reasonGroupFindings();
            case RETIRED -> msg.reasonGroupRetired();
        };
    }
}
