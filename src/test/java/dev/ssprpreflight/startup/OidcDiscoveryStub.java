package dev.ssprpreflight.startup;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The console's OpenID Connect provider as far as a start needs it: the discovery document
 * ({@code /.well-known/openid-configuration}) and a JWKS with one RSA key, on a free local port, served by the JDK's
 * HTTP server. Quarkus OIDC reads both while the application starts (the paths it asked for are kept in
 * {@link #requests()}), so the benchmark pays that round trip as a replica does against Entra ID, without a network.
 * Nobody signs in: the endpoints it only names (authorize, token, end session) are not served.
 */
final class OidcDiscoveryStub implements AutoCloseable {

    /** The realm path, as Entra ID's {@code /<tenant>/v2.0}. */
    static final String REALM = "/tenant/v2.0";

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private OidcDiscoveryStub(HttpServer server) {
        this.server = server;
    }

    static OidcDiscoveryStub start() throws IOException, NoSuchAlgorithmException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        OidcDiscoveryStub stub = new OidcDiscoveryStub(server);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
        String discovery = """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                "jwks_uri":"%1$s/keys","end_session_endpoint":"%1$s/logout","userinfo_endpoint":"%1$s/userinfo",
                "response_types_supported":["code"],"subject_types_supported":["public"],
                "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid","profile"]}"""
                .formatted(base);
        String jwks = """
                {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"startup-benchmark","n":"%s","e":"%s"}]}"""
                .formatted(base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
        server.createContext(REALM + "/.well-known/openid-configuration", exchange -> stub.answer(exchange, discovery));
        server.createContext(REALM + "/keys", exchange -> stub.answer(exchange, jwks));
        server.start();
        return stub;
    }

    /** What {@code quarkus.oidc.auth-server-url} is set to. */
    String authServerUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
    }

    /** The paths asked for so far, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    void forget() {
        requests.clear();
    }

    private void answer(HttpExchange exchange, String json) throws IOException {
        requests.add(exchange.getRequestURI().getPath());
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] unsigned = new byte[bytes.length - skip];
        System.arraycopy(bytes, skip, unsigned, 0, unsigned.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
