package dev.ssprpreflight.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import dev.ssprpreflight.testsupport.ConsoleSignIn;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/** Every console route is closed to anonymous visitors and to signed-in people without the app role. */
@QuarkusTest
class ConsoleAccessTest {

    static final String ROLE = "SsprPreflight.Admin";

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URL root;

    @Test
    void anAdminWithTheAppRoleSeesTheDashboard() {
        HttpClient admin = ConsoleSignIn.signIn(provider, app(), "helpdesk.anna", List.of(ROLE));

        HttpResponse<String> dashboard = ConsoleSignIn.get(admin, app().resolve("/admin"));

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("What blocks password reset", "Signed in as helpdesk.anna");
    }

    @Test
    void aSignedInUserWithoutTheAppRoleIsRefusedWithTheRoleNamed() {
        HttpClient user = ConsoleSignIn.signIn(provider, app(), "someone.else", List.of("Other.Role"));

        HttpResponse<String> dashboard = ConsoleSignIn.get(user, app().resolve("/admin"));

        assertThat(dashboard.statusCode()).isEqualTo(403);
        assertThat(dashboard.body()).contains(ROLE).doesNotContain("What blocks password reset");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> response = ConsoleSignIn.get(anonymous, app().resolve("/admin/attempts"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith(provider.baseUrl() + "/auth/realms/quarkus"));
    }

    @Test
    void everyConsoleRouteRefusesWithoutTheRole() {
        HttpClient user = ConsoleSignIn.signIn(provider, app(), "no.role", List.of());
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        List<Route> routes = consoleRoutes();

        assertThat(routes).extracting(Route::path).contains("/admin", "/admin/attempts", "/admin/attempts/{code}",
                "/admin/attempts/export.csv", "/admin/scans", "/admin/scans/{id}", "/admin/scans/{id}/progress",
                "/admin/scans/{id}/blocked.csv", "/admin/health", "/admin/funnel", "/admin/funnel/export.csv");
        assertThat(routes).contains(new Route("POST", "/admin/scans"));
        for (Route route : routes) {
            URI uri = app().resolve(route.path().replace("{code}", "K7QM-2XDA").replace("{id}", "1"));
            assertThat(send(user, route.method(), uri).statusCode()).as("%s %s without the role", route.method(), uri)
                    .isEqualTo(403);
            assertThat(send(anonymous, route.method(), uri).statusCode()).as("%s %s anonymously", route.method(), uri)
                    .isEqualTo(302);
        }
    }

    record Route(String method, String path) {
    }

    /** The routes of every console resource except the sign-in pages, found from the code itself. */
    static List<Route> consoleRoutes() {
        List<Route> routes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ssprpreflight.admin")) {
            Class<?> resource = type.reflect();
            Path classPath = resource.getAnnotation(Path.class);
            if (classPath == null || resource.isAnnotationPresent(PermitAll.class)) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET"
                        : method.isAnnotationPresent(POST.class) ? "POST" : null;
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                routes.add(new Route(verb, classPath.value() + (methodPath == null ? "" : "/" + methodPath.value())));
            }
        }
        return routes;
    }

    private static HttpResponse<String> send(HttpClient client, String method, URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        request = "POST".equals(method)
                ? request.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(""))
                : request.GET();
        return ConsoleSignIn.send(client, request.build());
    }

    private URI app() {
        return URI.create(root.toString());
    }

    static Stream<String> roles() {
        return Stream.of(ROLE);
    }
}
