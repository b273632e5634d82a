package dev.ssprpreflight.directory.demo;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import dev.ssprpreflight.check.Reason;

/**
 * Renders the demo file as the Markdown tables of docs/demo-tenant.md, and fills them in between
 * the doc's {@code <!-- generated:NAME -->} and {@code <!-- /generated:NAME -->} markers, so the
 * doc is regenerated from the file rather than kept in step by hand.
 */
final class DemoTenantTables {

    private DemoTenantTables() {
    }

    /** The doc with both tables replaced by what the demo file says now. */
    static String fillIn(String doc, DemoTenant tenant) {
        String filled = replaceSection(doc, "organisations", organisations(tenant));
        return replaceSection(filled, "users", users(tenant));
    }

    static String organisations(DemoTenant tenant) {
        StringBuilder table = new StringBuilder("""
                | Organisation | Domains | Last sync | Password writeback (declared) | SSPR for admins |
                |---|---|---|---|---|
                """);
        for (DemoTenantFile.Organisation organisation : tenant.organisations()) {
            String domains = organisation.domains().stream()
                    .map(domain -> "`" + domain + "`"
                            + (organisation.federatedDomains().contains(domain) ? " (federated)" : ""))
                    .collect(Collectors.joining(", "));
            table.append(row(organisation.name(), domains,
                    organisation.lastSyncAgo() == null ? "never" : ago(organisation.lastSyncAgo()),
                    organisation.passwordWritebackEnabled() == null ? "not declared"
                            : organisation.passwordWritebackEnabled() ? "on" : "off",
                    organisation.allowedToUseSspr() ? "allowed" : "switched off"));
        }
        return table.toString();
    }

    static String users(DemoTenant tenant) {
        StringBuilder table = new StringBuilder("""
                | Username | Organisation | Outcome | Reasons | What it shows |
                |---|---|---|---|---|
                """);
        for (DemoTenantFile.User user : tenant.users()) {
            List<Reason> reasons = user.expect().reasons();
            table.append(row("`" + user.upn() + "`", tenant.organisationOf(user).name(),
                    user.expect().outcome().name(),
                    reasons.stream().map(reason -> "`" + reason + "`").collect(Collectors.joining(", ")),
                    user.shows()));
        }
        return table.toString();
    }

    private static String replaceSection(String doc, String name, String content) {
        String start = "<!-- generated:" + name + " -->\n";
        String end = "<!-- /generated:" + name + " -->";
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        if (from < 0 || to < from) {
            throw new AssertionError("The document lacks the markers " + start.strip() + " ... " + end);
        }
        return doc.substring(0, from + start.length()) + content + doc.substring(to);
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", List.of(cells).stream().map(cell -> cell.replace("|", "\\|")).toList())
                + " |\n";
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

    private static String count(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
