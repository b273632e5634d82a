package dev.ssprpreflight.admin;

import java.util.List;

import jakarta.ws.rs.core.Response;

import dev.ssprpreflight.scan.StartResult;

/**
 * Why a scan did not start, as the form shown again says it: the status, the message, the running
 * scan to link to, or the groups to choose from when several share the name.
 *
 * @param status 400 for a group that cannot be found or must be chosen, 409 while another scan runs, 503
 *        when the directory cannot be asked
 * @param message what happened, in the page's language
 * @param runningScanId the scan that is running, or null
 * @param groupName the name several groups share, or null
 * @param choices those groups, or empty
 */
public record ScanStartRefusal(Response.Status status, String message, Long runningScanId, String groupName,
        List<GroupChoice> choices) {

    /** A group to choose, by its object id. */
    public record GroupChoice(String id, String displayName) {
    }

    static ScanStartRefusal of(StartResult result, ScanMessages msg) {
        if (result instanceof StartResult.AlreadyRunning running) {
            return new ScanStartRefusal(Response.Status.CONFLICT, msg.scanErrorAlreadyRunning(),
                    running.scanId() > 0 ? running.scanId() : null, null, List.of());
        }
        if (result instanceof StartResult.GroupNotFound notFound) {
            return refusal(Response.Status.BAD_REQUEST, msg.scanErrorGroupNotFound(notFound.groupName()));
        }
        if (result instanceof StartResult.GroupAmbiguous ambiguous) {
            return new ScanStartRefusal(Response.Status.BAD_REQUEST,
                    msg.scanErrorGroupAmbiguous(ambiguous.groupName()), null, ambiguous.groupName(),
                    ambiguous.groups().stream().map(group -> new GroupChoice(group.id(), group.displayName())).toList());
        }
        if (result instanceof StartResult.DirectoryUnavailable unavailable) {
            return refusal(Response.Status.SERVICE_UNAVAILABLE, msg.scanErrorDirectory(unavailable.cause()));
        }
        throw new IllegalArgumentException("A started scan is no refusal: " + result);
    }

    private static ScanStartRefusal refusal(Response.Status status, String message) {
        return new ScanStartRefusal(status, message, null, null, List.of());
    }

    public int statusCode() {
        return status.getStatusCode();
    }
}
