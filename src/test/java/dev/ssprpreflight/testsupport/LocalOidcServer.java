package dev.ssprpreflight.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A local OpenID Connect provider for every Quarkus test (a test resource declared on any class
 * applies to all): the console signs in through the real authorization code flow against it.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public class LocalOidcServer {
}
