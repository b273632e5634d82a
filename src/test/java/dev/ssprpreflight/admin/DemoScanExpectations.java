package dev.ssprpreflight.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.ssprpreflight.check.Reason;

/**
 * What a scan of the bundled demo tenant must find, read from each user's {@code expect:} in
 * {@code demo/tenant.yaml}, so that a change of the demo tenant changes these tests with it. Guests are
 * skipped by a scan; users of the groups are the file's {@code groups:}.
 */
final class DemoScanExpectations {

    private static final Pattern BLOCKED = Pattern.compile("BLOCKED \\[(.*)]");

    /**
     * Where a scan must differ from the live check that the file's {@code expect:} describes. A scan takes
     * no live look at anybody's methods, so the registration report stands in (and the page marks it):
     * Lynne registered an hour ago and the report does not know yet; Patti's live look is out of budget,
     * so the journey does not block on a guess, but the report says she registered nothing. The outage
     * user stands for Graph failing during a live check; a listing reads it like anyone else, and it has
     * no licence.
     */
    static final Map<String, List<Reason>> SCAN_ONLY = Map.of(
            "lynne.robbins@contoso.example", List.of(Reason.METHODS_NOT_REGISTERED),
            "patti.fernandez@contoso.example", List.of(Reason.METHODS_NOT_REGISTERED),
            "outage@contoso.example", List.of(Reason.LICENSE_MISSING));

    private final JsonNode file;

    private DemoScanExpectations(JsonNode file) {
        this.file = file;
    }

    static DemoScanExpectations load() {
        try (InputStream in = DemoScanExpectations.class.getClassLoader().getResourceAsStream("demo/tenant.yaml")) {
            return new DemoScanExpectations(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every user of the file. */
    int users() {
        return file.get("users").size();
    }

    int guests() {
        int guests = 0;
        for (JsonNode user : file.get("users")) {
            guests += "Guest".equals(user.path("userType").asText()) ? 1 : 0;
        }
        return guests;
    }

    /** The members a scan of the whole tenant must find blocked, by UPN, with their reasons. */
    Map<String, List<Reason>> blocked() {
        Map<String, List<Reason>> blocked = new LinkedHashMap<>();
        for (JsonNode user : file.get("users")) {
            if ("Guest".equals(user.path("userType").asText())) {
                continue;
            }
            String upn = user.get("upn").asText();
            Matcher matcher = BLOCKED.matcher(user.get("expect").asText());
            if (SCAN_ONLY.containsKey(upn)) {
                blocked.put(upn, SCAN_ONLY.get(upn));
            } else if (matcher.matches()) {
                blocked.put(upn, Arrays.stream(matcher.group(1).split(",")).map(String::strip).map(Reason::valueOf)
                        .toList());
            }
        }
        return blocked;
    }

    /** Blocked members per reason; a member with two reasons counts under both. */
    Map<Reason, Long> perReason() {
        Map<Reason, Long> counts = new EnumMap<>(Reason.class);
        blocked().values().forEach(reasons -> reasons.forEach(reason -> counts.merge(reason, 1L, Long::sum)));
        return counts;
    }

    /** The members of the first group with this name. */
    List<String> membersOf(String group) {
        List<String> members = new ArrayList<>();
        for (JsonNode node : file.get("groups")) {
            if (node.get("name").asText().equals(group)) {
                node.get("members").forEach(member -> members.add(member.asText()));
                return members;
            }
        }
        throw new IllegalArgumentException("No demo group " + group);
    }

    /** The blocked ones among these members. */
    Map<String, List<Reason>> blockedAmong(Set<String> members) {
        Map<String, List<Reason>> among = new LinkedHashMap<>(blocked());
        among.keySet().retainAll(members);
        return among;
    }
}
