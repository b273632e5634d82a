package dev.ssprpreflight.journey;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

import dev.ssprpreflight.check.DocLink;
import dev.ssprpreflight.check.Reason;

/**
 * The error codes that Microsoft's password reset portal shows a user, with what we say about each.
 * <p>
 * Sources: the table "SSPR errors that a user might see" in MicrosoftDocs/entra-docs,
 * docs/identity/authentication/troubleshoot-sspr.md (commits 06b5cb48 and 33fbfe0f), which gives each code as an
 * enum name with its number ({@code TenantSSPRFlagDisabled = 9}) and the portal's text ({@code SSPR_0009: ...});
 * and the support articles password-writeback-error-code-sspr-009.md and password-writeback-error-code-sspr-0029.md
 * (MicrosoftDocs/SupportArticles-docs), which spell the codes {@code SSPR_009} and {@code SSPR_0029}.
 * <p>
 * A code that says what one of our reasons says is explained with that reason's texts, word for word what the
 * journey's explanation page shows. The others (the on-premises side of writeback) have texts of their own
 * ({@link OwnExplanation}), because no check of ours can see them coming.
 */
public enum PortalCode {

    /**
     * "We've detected that password reset hasn't been enabled by your administrator." The support article on SSPR_009
     * shows the same code to a synced administrator when reset for administrators is off ({@code ADMIN_SSPR_DISABLED});
     * without a username we cannot tell, so the page adds one line about administrators that names nobody.
     */
    TENANT_SSPR_FLAG_DISABLED(9, "TenantSSPRFlagDisabled", Reason.SSPR_NOT_ENABLED, AdminNote.ADMIN_POLICY_MAY_BE_OFF),
    /** "We've detected that password writeback hasn't been enabled." */
    WRITEBACK_NOT_ENABLED(10, "WritebackNotEnabled", Reason.WRITEBACK_NOT_ENABLED, null),
    /** "Your organization hasn't defined a password reset policy." */
    SSPR_NOT_ENABLED_IN_USER_POLICY(11, "SsprNotEnabledInUserPolicy", Reason.SSPR_NOT_ENABLED, null),
    /** "Your organization doesn't have the required licenses necessary to perform password reset." */
    USER_NOT_LICENSED(12, "UserNotLicensed", Reason.LICENSE_MISSING, null),
    /** "You aren't a member of a group enabled for password reset." */
    USER_NOT_MEMBER_OF_SCOPED_ACCESS_GROUP(13, "UserNotMemberOfScopedAccessGroup", Reason.SSPR_NOT_ENABLED, null),
    /**
     * "Additional security info is needed to reset your password ... register ... at https://aka.ms/ssprsetup." An
     * administrator short of the two methods the administrator policy asks for sees the same code, hence the line
     * about administrators.
     */
    USER_NOT_PROPERLY_CONFIGURED(14, "UserNotProperlyConfigured", Reason.METHODS_NOT_REGISTERED,
            AdminNote.ADMINS_NEED_TWO_METHODS),
    /**
     * "We're unable to reset your password due to an error in your on-premises configuration." Writeback was refused
     * on-premises (a protected AD group, the connector's permissions, a group policy): the help desk must act.
     */
    ON_PREMISES_ADMIN_ACTION_REQUIRED(29, "OnPremisesAdminActionRequired", OwnExplanation.ON_PREMISES_REFUSED,
            DocLink.learn("entra/identity/authentication/troubleshoot-sspr-writeback")),
    /** "We can't reset your password due to a poor connection with your on-premises environment." */
    ON_PREMISES_CONNECTIVITY_ERROR(30, "OnPremisesConnectivityError", OwnExplanation.ON_PREMISES_UNREACHABLE,
            DocLink.learn("entra/identity/authentication/troubleshoot-sspr-writeback#confirm-network-connectivity")),
    /**
     * "Password reset was successful on-premises, but there was an error while writing to the cloud." The table gives
     * this one no number, so only its enum name finds it.
     */
    ON_PREMISES_SUCCESS_CLOUD_FAILURE(0, "OnPremisesSuccessCloudFailure", OwnExplanation.CLOUD_WRITE_LATE,
            DocLink.learn("entra/identity/authentication/troubleshoot-sspr#sspr-errors-that-a-user-might-see"));

    /** What a code that none of our reasons covers means, in texts of its own ({@code CodesMessages}). */
    public enum OwnExplanation {
        /** SSPR_0029: the organisation's own directory refused the new password. */
        ON_PREMISES_REFUSED,
        /** SSPR_0030: Microsoft could not reach the organisation's servers. */
        ON_PREMISES_UNREACHABLE,
        /** OnPremisesSuccessCloudFailure: the reset worked; the cloud copy follows. */
        CLOUD_WRITE_LATE
    }

    /**
     * One neutral line for codes that administrators also get for a reason of their own. It names no account, so
     * it reveals nothing: it is the same line for every visitor.
     */
    public enum AdminNote {
        /** SSPR_0009 for an administrator: reset for administrators is off (ADMIN_SSPR_DISABLED). */
        ADMIN_POLICY_MAY_BE_OFF,
        /** SSPR_0014 for an administrator: two methods are needed (ADMIN_NEEDS_TWO_METHODS). */
        ADMINS_NEED_TWO_METHODS
    }

    /** The table's enum names carry no number for this code: {@code 0} stands for none. */
    private static final int NO_NUMBER = 0;

    private final int number;
    private final String microsoftName;
    private final Reason reason;
    private final AdminNote adminNote;
    private final OwnExplanation own;
    private final DocLink ownLink;

    PortalCode(int number, String microsoftName, Reason reason, AdminNote adminNote) {
        this(number, microsoftName, reason, adminNote, null, null);
    }

    PortalCode(int number, String microsoftName, OwnExplanation own, DocLink ownLink) {
        this(number, microsoftName, null, null, own, ownLink);
    }

    PortalCode(int number, String microsoftName, Reason reason, AdminNote adminNote, OwnExplanation own,
            DocLink ownLink) {
        this.number = number;
        this.microsoftName = microsoftName;
        this.reason = reason;
        this.adminNote = adminNote;
        this.own = own;
        this.ownLink = ownLink;
    }

    /** The code's number ({@code 14} for SSPR_0014), if the portal prints one. */
    public OptionalInt number() {
        return number == NO_NUMBER ? OptionalInt.empty() : OptionalInt.of(number);
    }

    /** The enum name in Microsoft's table, such as {@code UserNotProperlyConfigured}. */
    public String microsoftName() {
        return microsoftName;
    }

    /** The code as the portal prints it ({@code SSPR_0014}), or the enum name where there is no number. */
    public String shown() {
        return number().stream().mapToObj(n -> String.format("SSPR_%04d", n)).findFirst().orElse(microsoftName);
    }

    /** Our reason that says the same, whose texts and link the page shows. */
    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    /** The texts of our own for a code that no reason covers. */
    public Optional<OwnExplanation> ownExplanation() {
        return Optional.ofNullable(own);
    }

    /** Microsoft's page for a code that no reason covers (a reason brings its own link). */
    public Optional<DocLink> ownLink() {
        return Optional.ofNullable(ownLink);
    }

    /** The line about administrators, for the codes they also get for a reason of their own. */
    public Optional<AdminNote> adminNote() {
        return Optional.ofNullable(adminNote);
    }

    /** The code with this number, as the portal prints it after {@code SSPR_}. */
    public static Optional<PortalCode> byNumber(int number) {
        return Arrays.stream(values()).filter(code -> code.number != NO_NUMBER && code.number == number).findFirst();
    }

    /** The code with this enum name, in any letter case ({@code userNotProperlyConfigured}). */
    public static Optional<PortalCode> byMicrosoftName(String name) {
        return Arrays.stream(values()).filter(code -> code.microsoftName.equalsIgnoreCase(name)).findFirst();
    }
}
