package dev.ssprpreflight.directory.graph;

import java.util.Map;

/**
 * {@link FakeGraphResource} with the tenant and one user ready for SSPR stubbed before the application starts, so
 * that tests outside this package can run the journey against the fake Graph (its own API stays package-private
 * here): {@link #READY_USER}'s check answers READY, and the readiness probe's {@code GET /organization} answers too.
 */
public class ReadyUserGraphResource extends FakeGraphResource {

    /** The user whose check sends them on to the portal. */
    public static final String READY_USER = "adele.vance@contoso.com";

    private static final String USER_ID = "ffffffff-0000-4000-8000-000000000001";

    @Override
    protected Map<String, String> credentialSettings(FakeGraph graph) {
        // The one moment FakeGraphResource hands a subclass the running fake: before the application starts.
        graph.stubTenant(false, null, true);
        GraphJson.UserJson user = GraphJson.UserJson.ready(USER_ID, READY_USER);
        graph.stubUser(user);
        graph.stubReportRow(READY_USER,
                GraphJson.registrationRow(USER_ID, READY_USER, true, true, "mobilePhone", "email"));
        return super.credentialSettings(graph);
    }
}
