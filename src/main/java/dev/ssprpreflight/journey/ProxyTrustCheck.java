package dev.ssprpreflight.journey;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start when forwarded headers are honoured from anyone. Quarkus trusts every peer when
 * {@code quarkus.http.proxy.trusted-proxies} is empty; then any client could name its own address in
 * {@code X-Forwarded-For} and get a fresh rate-limit bucket with every request.
 */
@ApplicationScoped
class ProxyTrustCheck {

    void verify(@Observes StartupEvent started,
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies) {
        if (forwarding && trustedProxies.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException("quarkus.http.proxy.proxy-address-forwarding=true trusts forwarded headers "
                    + "from every client unless quarkus.http.proxy.trusted-proxies lists your reverse proxies "
                    + "(addresses or CIDR ranges, e.g. 10.0.0.0/8): set it");
        }
    }
}
