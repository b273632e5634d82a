package dev.ssprpreflight.check;

/**
 * The account's home is another organisation or a consumer account, where its password is reset: B2B
 * users reset in their home tenant, Microsoft-account guests through Microsoft account recovery. Decided by
 * {@link CheckContext#userIsExternal()}, not by {@code userType}: "The UserType has no relation to how the
 * user signs in", so an internal guest with a local password resets here.
 *
 * @see <a href=
 *      "https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks#password-reset-for-b2b-users">
 *      Password reset for B2B users</a>
 * @see <a href="https://learn.microsoft.com/entra/external-id/user-properties">Properties of a B2B guest user</a>
 */
final class GuestAccountCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.GUEST_ACCOUNT;
    }

    @Override
    public boolean raises(CheckContext context) {
        return context.userIsExternal();
    }

    @Override
    public boolean appliesToExternalUsers() {
        return true;
    }
}
