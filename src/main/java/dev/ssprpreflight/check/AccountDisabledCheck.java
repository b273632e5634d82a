package dev.ssprpreflight.check;

/** A disabled account cannot sign in after a reset, so resetting would not help. */
final class AccountDisabledCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.ACCOUNT_DISABLED;
    }

    @Override
    public boolean blocks(CheckContext context) {
        return !context.user().accountEnabled();
    }

    @Override
    public boolean appliesToGuests() {
        return true;
    }
}
