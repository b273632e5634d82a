package dev.ssprpreflight.admin.funnel;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * How many attempts of known users reached each stage of the funnel.
 *
 * @param checked attempts of known users (the unit of the funnel)
 * @param sentToPortal of them, sent on to Microsoft's portal (every verdict but BLOCKED)
 * @param reached at the portal: any event of the reset portal within the window
 * @param verified passed the required verification
 * @param succeeded reset their password
 * @param failed failed (a failure and no success)
 * @param lockedOut blocked by Microsoft's portal for 24 hours
 * @param unlocked unlocked their on-premises account without a reset (not a reset success)
 * @param wentAnyway blocked by us and at the portal all the same
 * @param succeededAnyway blocked by us and reset all the same
 * @param stillOpen whose window has not closed yet (counted in the stages with what has come so far)
 */
public record StageCounts(long checked, long sentToPortal, long reached, long verified, long succeeded, long failed,
        long lockedOut, long unlocked, long wentAnyway, long succeededAnyway, long stillOpen) {

    public static final StageCounts NONE = new StageCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static StageCounts of(Collection<FollowUp> followUps) {
        return new StageCounts(followUps.size(), count(followUps, FollowUp::sentToPortal),
                count(followUps, FollowUp::reached), count(followUps, FollowUp::verified),
                count(followUps, FollowUp::succeeded), count(followUps, FollowUp::failed),
                count(followUps, FollowUp::lockedOut), count(followUps, FollowUp::unlocked),
                count(followUps, FollowUp::wentAnyway), count(followUps, FollowUp::succeededAnyway),
                count(followUps, FollowUp::open));
    }

    /** Both counts together: the funnel of a period is the sum of its days'. */
    StageCounts plus(StageCounts other) {
        return new StageCounts(checked + other.checked, sentToPortal + other.sentToPortal, reached + other.reached,
                verified + other.verified, succeeded + other.succeeded, failed + other.failed,
                lockedOut + other.lockedOut, unlocked + other.unlocked, wentAnyway + other.wentAnyway,
                succeededAnyway + other.succeededAnyway, stillOpen + other.stillOpen);
    }

    private static long count(Collection<FollowUp> followUps, Predicate<FollowUp> stage) {
        return followUps.stream().filter(stage).count();
    }
}
