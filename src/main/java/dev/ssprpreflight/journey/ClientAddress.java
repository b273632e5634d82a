package dev.ssprpreflight.journey;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.audit.ClientIpMode;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address of the client of the current request, as rate limits and the attempt log see it.
 * <p>
 * It is the connection's peer, unless Quarkus's forwarded-header support is on
 * ({@code quarkus.http.proxy.proxy-address-forwarding}) and the peer is one of
 * {@code quarkus.http.proxy.trusted-proxies}: then Quarkus has already replaced it with the address
 * the proxy forwarded. There is deliberately no second parser of {@code X-Forwarded-For} here.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final int MAX_UNPARSED_LENGTH = 64;

    private final CurrentVertxRequest request;

    ClientAddress(CurrentVertxRequest request) {
        this.request = request;
    }

    /** The client's IP address as text, e.g. {@code 203.0.113.7} or {@code 2001:db8::1}. */
    public String current() {
        return of(request.getCurrent().request());
    }

    /**
     * The address as logs may show it: its network (IPv4 /24, IPv6 /48, as the attempt log's
     * {@code truncated} mode keeps it), never the address of one person; "unparsed" for text that is
     * not an IP literal, which may be anything a proxy forwarded.
     */
    public static String forLog(String address) {
        return ClientIpMode.TRUNCATED.apply(unbracketed(address)).orElse("unparsed");
    }

    static String of(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        String host = remote.hostAddress() != null ? remote.hostAddress() : remote.host();
        return host == null ? "unknown" : host;
    }

    /**
     * One client, for counting: an IPv4 address, or the /64 network of an IPv6 address (one
     * subscriber usually holds a whole /64, so counting single IPv6 addresses would count nothing).
     * Text that is not an IP literal is kept, shortened; it is never resolved through DNS.
     */
    static String bucketKeyOf(String address) {
        String literal = unbracketed(address);
        try {
            if (IPV4.matcher(literal).matches()) {
                return InetAddress.getByName(literal).getHostAddress();
            }
            if (literal.contains(":") && IPV6.matcher(literal).matches()) {
                byte[] bytes = InetAddress.getByName(literal).getAddress();
                if (bytes.length == 4) {
                    return InetAddress.getByAddress(bytes).getHostAddress();
                }
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
        } catch (UnknownHostException e) {
            // Not an address after all: fall through and count the text itself.
        }
        return literal.length() <= MAX_UNPARSED_LENGTH ? literal : literal.substring(0, MAX_UNPARSED_LENGTH);
    }

    /**
     * The network around a client, for the per-network limit: the /24 of an IPv4 address, the /48 of an
     * IPv6 address (a site's usual allocation), so that one holder of many addresses cannot spread its
     * checks over them. Empty for text that is not an IP literal: there is no network to count it in.
     */
    static Optional<String> networkKeyOf(String address) {
        return ClientIpMode.TRUNCATED.apply(unbracketed(address))
                .map(network -> network + (network.contains(":") ? "/48" : "/24"));
    }

    private static String unbracketed(String address) {
        return address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
    }
}
