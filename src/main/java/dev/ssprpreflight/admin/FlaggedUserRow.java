package dev.ssprpreflight.admin;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.FlaggedUser;

/**
 * A flagged user as a scan's page and its CSV show them: the blocks and the findings apart, each code marked
 * when it is retired (scans stored before its rule was found wrong keep it).
 *
 * @param userPrincipalName the UPN
 * @param displayName the display name
 * @param objectId the Entra object id
 * @param blocks the reasons that block, in catalogue order; empty for a user with findings only
 * @param findings the admin-only findings, in catalogue order
 * @param registrationFromReport whether a block on the registered methods rests on the registration report alone
 */
public record FlaggedUserRow(String userPrincipalName, String displayName, String objectId, List<ReasonCode> blocks,
        List<ReasonCode> findings, boolean registrationFromReport) {

    /**
     * The CSV header; {@link #csvCells} follows it. The blocks and the findings each take one column, codes
     * space-separated; the retired codes among them are named again in their own column.
     */
    static final List<String> CSV_HEADER = List.of("user_principal_name", "display_name", "object_id", "blocks",
            "findings", "retired_reasons", "registration_from_report");

    /** One reason code as shown, with whether it is retired. */
    public record ReasonCode(String code, boolean retired) {

        static ReasonCode of(Reason reason) {
            return new ReasonCode(reason.name(), reason.retired());
        }
    }

    static FlaggedUserRow of(FlaggedUser user) {
        return new FlaggedUserRow(user.userPrincipalName(), user.displayName(), user.objectId(), codes(user.blocks()),
                codes(user.findings()), user.registrationFromReport());
    }

    List<String> csvCells() {
        String retired = Stream.concat(blocks.stream(), findings.stream()).filter(ReasonCode::retired)
                .map(ReasonCode::code).collect(Collectors.joining(" "));
        return List.of(userPrincipalName, displayName, objectId, joined(blocks), joined(findings), retired,
                Boolean.toString(registrationFromReport));
    }

    private static List<ReasonCode> codes(List<Reason> reasons) {
        return reasons.stream().map(ReasonCode::of).toList();
    }

    private static String joined(List<ReasonCode> codes) {
        return codes.stream().map(ReasonCode::code).collect(Collectors.joining(" "));
    }
}
