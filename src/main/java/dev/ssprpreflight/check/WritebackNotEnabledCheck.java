package dev.ssprpreflight.check;

/**
 * The user's password lives on-premises and the organisation has not turned on password writeback
 * (SSPR_0010 at the portal). Graph cannot read the writeback switch, so the organisation's declared
 * setting decides; an undeclared setting blocks nobody.
 */
final class WritebackNotEnabledCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.WRITEBACK_NOT_ENABLED;
    }

    @Override
    public boolean blocks(CheckContext context) {
        boolean writebackOff = context.tenant().passwordWritebackEnabled().map(enabled -> !enabled).orElse(false);
        return writebackOff && context.passwordManagedOnPremises();
    }
}
