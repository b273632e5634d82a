package dev.ssprpreflight.check;

/**
 * A disabled account cannot sign in after a reset, so resetting would not help; writeback refuses it too
 * (event 33005 ADUserAccountDisabled).
 *
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr-writeback">Troubleshoot
 *      self-service password reset writeback</a>
 */
final class AccountDisabledCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.ACCOUNT_DISABLED;
    }

    @Override
    public boolean raises(CheckContext context) {
        return !context.user().accountEnabled();
    }

    @Override
    public boolean appliesToExternalUsers() {
        return true;
    }
}
