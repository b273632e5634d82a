package dev.ssprpreflight.admin;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.ssprpreflight.admin.funnel.Funnel;
import dev.ssprpreflight.admin.funnel.Share;
import dev.ssprpreflight.admin.funnel.Stage;
import dev.ssprpreflight.admin.funnel.StageCounts;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

/** Turns a {@link Funnel} into the rows of the page's tables, in the page's language. */
final class FunnelRows {

    private final boolean entraRead;
    private final FunnelMessages msg;
    private final LocaleFormats formats;
    private final UiLanguage language;

    FunnelRows(boolean entraRead, FunnelMessages msg, LocaleFormats formats, UiLanguage language) {
        this.entraRead = entraRead;
        this.msg = msg;
        this.formats = formats;
        this.language = language;
    }

    List<FunnelView.Heading> headings() {
        return Arrays.stream(Stage.values()).map(stage -> new FunnelView.Heading(stage.name(), msg.stage(stage))).toList();
    }

    List<FunnelView.Row> days(Funnel funnel) {
        return funnel.days().stream().map(day -> new FunnelView.Row(day.day().toString(), formats.date(day.day()), "",
                false, cells(day.all()), formats.number(day.withoutObjectId()))).toList();
    }

    List<FunnelView.Row> reasons(Funnel funnel) {
        return funnel.reasons().stream().map(row -> new FunnelView.Row(row.reason().name(),
                ConsoleTexts.reasonTitle(row.reason(), language), row.reason().tier().name(), row.reason().retired(),
                cells(row.counts()), "")).toList();
    }

    FunnelView.Row total(Funnel funnel, String label) {
        return new FunnelView.Row("total", label, "", false, cells(funnel.total()), formats.number(funnel.withoutObjectId()));
    }

    /** The counts, or "not known" for what only Entra could say while its events are not read. */
    private List<FunnelView.Cell> cells(StageCounts counts) {
        return Arrays.stream(Stage.values()).map(stage -> new FunnelView.Cell(stage.name(),
                stage.fromEntra() && !entraRead ? msg.notKnown() : formats.number(stage.count(counts)))).toList();
    }

    String share(Share share) {
        return share.isEmpty() ? msg.shareNone()
                : msg.share(share.percent(), formats.number(share.count()), formats.number(share.of()));
    }

    /** The blocked users' shares per reason, the most false blocks first: the rules to look at first. */
    List<FunnelView.ReasonShare> blockedByReason(Map<Reason, Share> shares) {
        return shares.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Reason, Share>> comparingLong(e -> e.getValue().count()).reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new FunnelView.ReasonShare(e.getKey().name(), ConsoleTexts.reasonTitle(e.getKey(), language),
                        share(e.getValue()), e.getValue().percent()))
                .toList();
    }

    List<FunnelView.TextRow> texts(List<Funnel.TextCount> texts) {
        return texts.stream().map(text -> new FunnelView.TextRow(text.text(), formats.number(text.count()))).toList();
    }
}
