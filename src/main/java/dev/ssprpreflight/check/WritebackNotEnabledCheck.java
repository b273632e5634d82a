package dev.ssprpreflight.check;

/**
 * The user's password lives on-premises and the organisation has not turned on password writeback
 * (SSPR_0010 at the portal). Graph's {@code passwordWritebackEnabled} "isn't in use", so the
 * organisation's declared setting decides; an undeclared setting blocks nobody.
 *
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/tutorial-enable-sspr-writeback">Enable
 *      password writeback</a>
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr">SSPR_0010</a>
 */
final class WritebackNotEnabledCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.WRITEBACK_NOT_ENABLED;
    }

    @Override
    public boolean raises(CheckContext context) {
        boolean writebackOff = context.tenant().passwordWritebackEnabled().map(enabled -> !enabled).orElse(false);
        return writebackOff && context.passwordManagedOnPremises();
    }
}
