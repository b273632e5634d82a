package dev.ssprpreflight.directory.demo;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.ssprpreflight.check.AdminRoles;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.check.TenantFacts;

/**
 * Renders the demo file as the Markdown tables of docs/demo-tenant.md and the README, and fills them in
 * between a doc's {@code <!-- generated:NAME -->} and {@code <!-- /generated:NAME -->} markers, so the docs
 * are regenerated from the file rather than kept in step by hand.
 */
final class DemoTenantTables {

    /** The tables by marker name, in the order a doc shows them. */
    enum Table {
        ORGANISATIONS("organisations", DemoTenantTables::organisations),
        POLICIES("policies", DemoTenantTables::policies),
        USERS("users", DemoTenantTables::users);

        final String marker;
        final Function<DemoTenant, String> render;

        Table(String marker, Function<DemoTenant, String> render) {
            this.marker = marker;
            this.render = render;
        }
    }

    private DemoTenantTables() {
    }

    /**
     * The doc with every table it has markers for replaced by what the demo file says now.
     *
     * @throws AssertionError when the doc lacks the markers of one of the tables it must show
     */
    static String fillIn(String doc, DemoTenant tenant, Set<Table> required) {
        String filled = doc;
        for (Table table : Table.values()) {
            if (hasMarkers(filled, table)) {
                filled = replaceSection(filled, table.marker, table.render.apply(tenant));
            } else if (required.contains(table)) {
                throw new AssertionError("The document lacks the markers " + start(table.marker).strip() + " ... "
                        + end(table.marker));
            }
        }
        return filled;
    }

    static String organisations(DemoTenant tenant) {
        StringBuilder table = new StringBuilder("""
                | Organisation | Domains | Last sync | Password writeback (declared) | SSPR for admins | Methods admins need |
                |---|---|---|---|---|---|
                """);
        for (DemoTenantFile.Organisation organisation : tenant.organisations()) {
            TenantFacts facts = tenant.tenantFacts(organisation, DemoFixtures.NOW);
            String domains = organisation.domains().stream()
                    .map(domain -> "`" + domain + "`" + (facts.isFederated(domain) ? " (federated)" : ""))
                    .collect(Collectors.joining(", "));
            table.append(row(organisation.name(), domains,
                    organisation.lastSyncAgo() == null ? "does not sync" : ago(organisation.lastSyncAgo()),
                    organisation.passwordWritebackEnabled() == null ? "not declared"
                            : organisation.passwordWritebackEnabled() ? "on" : "off",
                    organisation.allowedToUseSspr() ? "allowed" : "switched off",
                    AdminRoles.methodsRequired(facts) == 1 ? "one (no custom domain, no sync)" : "two"));
        }
        return table.toString();
    }

    static String policies(DemoTenant tenant) {
        StringBuilder table = new StringBuilder(
                """
                        | Organisation | Methods required | Methods offered | SSPR enabled for | Protected-account groups | Subscriptions (`/subscribedSkus`) |
                        |---|---|---|---|---|---|
                        """);
        for (DemoTenantFile.Organisation organisation : tenant.organisations()) {
            SsprPolicy policy = tenant.policyOf(organisation);
            DemoTenantFile.Policy declared = organisation.policy();
            table.append(row(organisation.name(),
                    Integer.toString(policy.methodsRequired()),
                    policy.enabledMethods().containsAll(SsprPolicy.everyResetMethod()) ? "all"
                            : declared.methods().stream().map(name -> "`" + name + "`").collect(Collectors.joining(", ")),
                    declared == null || declared.enabledGroup() == null ? "not declared: the report decides"
                            : "group *" + declared.enabledGroup() + "*",
                    declared == null || declared.protectedAccountGroups().isEmpty() ? "none declared"
                            : declared.protectedAccountGroups().stream().map(name -> "*" + name + "*")
                                    .collect(Collectors.joining(", ")),
                    subscriptions(organisation)));
        }
        return table.toString();
    }

    static String users(DemoTenant tenant) {
        StringBuilder table = new StringBuilder("""
                | Username | Organisation | Outcome | Blocks | Findings (admins only) | What it shows |
                |---|---|---|---|---|---|
                """);
        for (DemoTenantFile.User user : tenant.users()) {
            ExpectedVerdict expected = DemoFixtures.expected(user);
            table.append(row("`" + user.upn() + "`", tenant.organisationOf(user).name(), expected.outcome().name(),
                    codes(expected.blocks()), codes(expected.findings()), user.shows()));
        }
        return table.toString();
    }

    /** "20 minutes ago", "2 days ago": the largest unit that states the duration exactly. */
    static String ago(Duration duration) {
        long days = duration.toDays();
        if (days > 0 && duration.equals(Duration.ofDays(days))) {
            return count(days, "day") + " ago";
        }
        long hours = duration.toHours();
        if (hours > 0 && duration.equals(Duration.ofHours(hours))) {
            return count(hours, "hour") + " ago";
        }
        return count(duration.toMinutes(), "minute") + " ago";
    }

    /** "`SPE_E3` Enabled, 50 units: AAD_PREMIUM" for each subscription; "not read" when the file leaves them out. */
    private static String subscriptions(DemoTenantFile.Organisation organisation) {
        if (organisation.subscribedSkus() == null) {
            return "not read";
        }
        if (organisation.subscribedSkus().isEmpty()) {
            return "none";
        }
        return organisation.subscribedSkus().stream().map(sku -> "`" + sku.skuPartNumber() + "` "
                + sku.capabilityStatus() + ", " + units(sku.prepaidUnits()) + ": "
                + sku.servicePlans().stream().map(DemoTenantFile.SkuPlan::servicePlanName)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    /** "25 units" that can be assigned (enabled or in their grace period), and those that cannot. */
    private static String units(DemoTenantFile.Units units) {
        String usable = count(units.enabled() + units.warning(), "unit");
        long unusable = units.suspended() + units.lockedOut();
        return unusable == 0 ? usable : usable + " (" + unusable + " suspended or locked out)";
    }

    private static String codes(List<Reason> reasons) {
        return reasons.stream().map(reason -> "`" + reason + "`").collect(Collectors.joining(", "));
    }

    private static boolean hasMarkers(String doc, Table table) {
        return doc.contains(start(table.marker)) && doc.contains(end(table.marker));
    }

    private static String start(String name) {
        return "<!-- generated:" + name + " -->\n";
    }

    private static String end(String name) {
        return "<!-- /generated:" + name + " -->";
    }

    private static String replaceSection(String doc, String name, String content) {
        int from = doc.indexOf(start(name));
        int to = doc.indexOf(end(name));
        if (to < from) {
            throw new AssertionError("The markers of " + name + " are in the wrong order");
        }
        return doc.substring(0, from + start(name).length()) + content + doc.substring(to);
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", List.of(cells).stream().map(cell -> cell.replace("|", "\\|")).toList())
                + " |\n";
    }

    private static String count(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
