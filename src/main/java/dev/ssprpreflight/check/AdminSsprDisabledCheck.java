package dev.ssprpreflight.check;

/** The organisation switched SSPR off for administrators ({@code allowedToUseSSPR == false}). */
final class AdminSsprDisabledCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.ADMIN_SSPR_DISABLED;
    }

    @Override
    public boolean blocks(CheckContext context) {
        return context.userIsAdmin() && !context.tenant().allowedToUseSspr();
    }
}
