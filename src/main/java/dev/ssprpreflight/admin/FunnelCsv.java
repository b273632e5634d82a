package dev.ssprpreflight.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ssprpreflight.admin.funnel.Funnel;
import dev.ssprpreflight.admin.funnel.Stage;
import dev.ssprpreflight.admin.funnel.StageCounts;
import dev.ssprpreflight.check.Reason;

/**
 * The funnel as CSV rows for machines: one row per UTC day with every attempt ({@code reason} = {@code ALL}), then
 * one per reason the day's attempts carried. Counts that only Entra's audit log could give are empty, never 0, while
 * its events are not read.
 */
final class FunnelCsv {

    static final String ALL = "ALL";

    private FunnelCsv() {
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of("day_utc", "reason", "tier"));
        Arrays.stream(Stage.values()).map(Stage::column).forEach(header::add);
        header.add("without_object_id");
        header.add("entra_failure_reasons");
        return header;
    }

    static List<List<String>> rows(Funnel funnel, boolean entraRead) {
        List<List<String>> rows = new ArrayList<>();
        for (Funnel.Day day : funnel.days()) {
            String failures = day.failures().stream().map(f -> f.text() + " (" + f.count() + ")")
                    .collect(Collectors.joining("; "));
            rows.add(row(day.day().toString(), ALL, "", day.all(), entraRead, String.valueOf(day.withoutObjectId()),
                    entraRead ? failures : ""));
            for (Map.Entry<Reason, StageCounts> reason : day.byReason().entrySet()) {
                rows.add(row(day.day().toString(), reason.getKey().name(), reason.getKey().tier().name(),
                        reason.getValue(), entraRead, "", ""));
            }
        }
        return rows;
    }

    private static List<String> row(String day, String reason, String tier, StageCounts counts, boolean entraRead,
            String withoutObjectId, String failures) {
        List<String> row = new ArrayList<>(List.of(day, reason, tier));
        Arrays.stream(Stage.values())
                .map(stage -> stage.fromEntra() && !entraRead ? "" : String.valueOf(stage.count(counts)))
                .forEach(row::add);
        row.add(withoutObjectId);
        row.add(failures);
        return row;
    }
}
