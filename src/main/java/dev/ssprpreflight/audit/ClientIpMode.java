package dev.ssprpreflight.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How much of a client's IP address the attempt log keeps. Truncated keeps the network (/24 for
 * IPv4, /48 for IPv6): enough to see that many attempts came from one place, not enough to single
 * out a person.
 */
public enum ClientIpMode {

    FULL,
    TRUNCATED,
    NONE;

    static final int IPV4_KEPT_BITS = 24;
    static final int IPV6_KEPT_BITS = 48;

    private static final Pattern IPV4 = Pattern
            .compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");

    /** The address to store; empty for {@link #NONE} or when the text is not an IP literal. */
    public Optional<String> apply(String address) {
        if (this == NONE || address == null || !looksLikeIpLiteral(address)) {
            return Optional.empty();
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (this == FULL) {
                return Optional.of(parsed.getHostAddress());
            }
            byte[] bytes = parsed.getAddress();
            int keptBits = bytes.length == 4 ? IPV4_KEPT_BITS : IPV6_KEPT_BITS;
            for (int i = 0; i < bytes.length; i++) {
                int bitsBefore = i * 8;
                if (bitsBefore >= keptBits) {
                    bytes[i] = 0;
                }
            }
            return Optional.of(InetAddress.getByAddress(bytes).getHostAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Only literals: {@link InetAddress#getByName} would otherwise resolve host names over DNS. */
    private static boolean looksLikeIpLiteral(String address) {
        return IPV4.matcher(address).matches() || IPV6_CHARACTERS.matcher(address).matches() && address.contains(":");
    }
}
