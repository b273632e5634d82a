package dev.ssprpreflight.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.directory.demo.ExpectedVerdict;

/**
 * What a scan of the bundled demo tenant must find, read from each user's {@code expect:} in
 * {@code demo/tenant.yaml} with a YAML reader of its own (not the application's loader), so that a change of
 * the demo tenant changes these tests with it.
 * <p>
 * A scan differs from the live check that {@code expect:} describes in two ways. It does not judge external
 * accounts (it counts them as guests): they are the users the file expects to be blocked as
 * {@code GUEST_ACCOUNT}, whatever their {@code userType}. And it takes no live look at anybody's methods, so
 * the registration report stands in: see {@link #SCAN_ONLY}. A scan records every judged user with a reason,
 * blocks and findings alike; it counts as blocked only those with a block.
 */
final class DemoScanExpectations {

    /**
     * Where a scan must differ from the live check, in the syntax of {@code expect:}. Lynne registered an hour
     * ago and the report does not know yet; Patti's live look is out of budget, so the journey does not block on
     * a guess, but the report says she registered nothing. The outage user stands for Graph failing during a
     * live check; a listing reads it like anyone else, and it holds no licence.
     */
    static final Map<String, String> SCAN_ONLY = Map.of(
            "lynne.robbins@contoso.example", "BLOCKED [METHODS_NOT_REGISTERED]",
            "patti.fernandez@contoso.example", "BLOCKED [METHODS_NOT_REGISTERED]",
            "outage@contoso.example", "READY, findings [LICENSE_NOT_ASSIGNED]");

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

    /** The external accounts, which a scan counts but does not judge. */
    int guests() {
        int guests = 0;
        for (JsonNode user : file.get("users")) {
            guests += isExternal(user) ? 1 : 0;
        }
        return guests;
    }

    /** What a scan of the whole tenant must find for each judged user, by UPN, in the file's order. */
    Map<String, ExpectedVerdict> judged() {
        Map<String, ExpectedVerdict> judged = new LinkedHashMap<>();
        for (JsonNode user : file.get("users")) {
            if (isExternal(user)) {
                continue;
            }
            String upn = user.get("upn").asText();
            judged.put(upn, ExpectedVerdict.parse(SCAN_ONLY.getOrDefault(upn, user.get("expect").asText())));
        }
        return judged;
    }

    /** The judged users the scan records (any block or finding), with every reason, in catalogue order. */
    Map<String, List<Reason>> flagged() {
        Map<String, List<Reason>> flagged = new LinkedHashMap<>();
        judged().forEach((upn, expected) -> {
            if (!expected.reasons().isEmpty()) {
                flagged.put(upn, expected.reasons());
            }
        });
        return flagged;
    }

    /** The judged users with at least one block, with every reason the scan records for them (findings too). */
    Map<String, List<Reason>> blocked() {
        Map<String, List<Reason>> blocked = new LinkedHashMap<>();
        judged().forEach((upn, expected) -> {
            if (expected.outcome() == Outcome.BLOCKED) {
                blocked.put(upn, expected.reasons());
            }
        });
        return blocked;
    }

    /** Recorded users per reason, blocks and findings; a user with two reasons counts under both. */
    Map<Reason, Long> perReason() {
        Map<Reason, Long> counts = new EnumMap<>(Reason.class);
        flagged().values().forEach(reasons -> reasons.forEach(reason -> counts.merge(reason, 1L, Long::sum)));
        return counts;
    }

    /** The users of the first group with this name, with those of its nested groups (as Graph lists them). */
    List<String> membersOf(String group) {
        Set<String> members = new LinkedHashSet<>();
        collectMembers(group, members);
        return List.copyOf(members);
    }

    /** The blocked ones among these members. */
    Map<String, List<Reason>> blockedAmong(Set<String> members) {
        Map<String, List<Reason>> among = new LinkedHashMap<>(blocked());
        among.keySet().retainAll(members);
        return among;
    }

    /** The recorded ones (any block or finding) among these members. */
    Map<String, List<Reason>> flaggedAmong(Set<String> members) {
        Map<String, List<Reason>> among = new LinkedHashMap<>(flagged());
        among.keySet().retainAll(members);
        return among;
    }

    private void collectMembers(String group, Set<String> members) {
        for (JsonNode node : file.get("groups")) {
            if (node.get("name").asText().equals(group)) {
                node.path("members").forEach(member -> members.add(member.asText()));
                node.path("nestedGroups").forEach(nested -> collectMembers(nested.asText(), members));
                return;
            }
        }
        throw new IllegalArgumentException("No demo group " + group);
    }

    private static boolean isExternal(JsonNode user) {
        return ExpectedVerdict.parse(user.get("expect").asText()).blocks().contains(Reason.GUEST_ACCOUNT);
    }
}
