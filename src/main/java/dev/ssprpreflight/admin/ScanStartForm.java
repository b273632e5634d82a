package dev.ssprpreflight.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.ssprpreflight.scan.ScanRequest;

/**
 * The "start a scan" form as it arrives: every value is text and may be anything. {@link #toRequest}
 * turns it into a request or into what is wrong with it, so that nothing starts on bad input.
 *
 * @param scope {@code tenant} or {@code group}; when missing, a group when a name was given
 * @param group the group's display name
 * @param groupId the chosen group's object id, when several groups share the name
 */
public record ScanStartForm(String scope, String group, String groupId) {

    /** Entra ID allows 256 characters in a group's display name. */
    static final int MAX_GROUP_NAME = 256;
    /** Object ids are GUIDs; the demo tenant's ids are short words. Nothing else reaches the directory. */
    private static final Pattern GROUP_ID = Pattern.compile("[0-9A-Za-z-]{1,64}");

    /** The problems a form can have; each has a console message. */
    public enum Problem {
        SCOPE,
        GROUP_MISSING,
        GROUP_NAME,
        GROUP_ID
    }

    /** Either a request or the problems that stopped it. */
    public record Parsed(Optional<ScanRequest> request, List<Problem> problems) {
    }

    /** An empty form: the whole organisation. */
    static ScanStartForm blank() {
        return new ScanStartForm("tenant", null, null);
    }

    /** Whether the form asks for one group (so that the page preselects that choice). */
    public boolean groupScope() {
        String chosen = FreeText.stripped(scope);
        return chosen == null ? FreeText.stripped(group) != null : chosen.equals("group");
    }

    Parsed toRequest() {
        String chosen = FreeText.stripped(scope);
        if (chosen != null && !chosen.equals("tenant") && !chosen.equals("group")) {
            return refused(Problem.SCOPE);
        }
        if (!groupScope()) {
            return new Parsed(Optional.of(ScanRequest.wholeTenant()), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        String name = FreeText.stripped(group);
        if (name == null) {
            problems.add(Problem.GROUP_MISSING);
        } else if (!FreeText.acceptable(name, MAX_GROUP_NAME)) {
            problems.add(Problem.GROUP_NAME);
        }
        String id = FreeText.stripped(groupId);
        if (id != null && !GROUP_ID.matcher(id).matches()) {
            problems.add(Problem.GROUP_ID);
        }
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        return new Parsed(Optional.of(new ScanRequest(Optional.of(name), Optional.ofNullable(id))), List.of());
    }

    private static Parsed refused(Problem problem) {
        return new Parsed(Optional.empty(), List.of(problem));
    }
}
