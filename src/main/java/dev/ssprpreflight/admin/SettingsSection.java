package dev.ssprpreflight.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * The settings the checks rely on where Graph cannot tell (DESIGN §6): each with its value or "not set" and
 * what that means, and which checks are off because a setting is missing.
 *
 * @param verdict every check on; or which are off, judged by whether the organisation has passwords
 *        on-premises, which is all those checks are about
 * @param settings every setting, in the order of the configuration reference
 * @param checksOff the codes of the checks that are off because their setting is missing
 */
public record SettingsSection(HealthVerdict verdict, List<Setting> settings, List<String> checksOff) {

    /**
     * One setting.
     *
     * @param key the configuration key, e.g. {@code sspr.tenant.protected-account-groups}
     * @param value its value as configured, or "not set"
     * @param meaning what the checks do with that value
     * @param switchesCheckOff the setting is missing and a check is off because of it
     */
    public record Setting(String key, String value, String meaning, boolean switchesCheckOff) {
    }

    static SettingsSection of(DirectoryStatus.Remote seen, CheckSettings checks, HealthMessages msg,
            AdminMessages console, LocaleFormats formats) {
        SsprPolicy policy = seen.declaredPolicy();
        List<Setting> settings = new ArrayList<>();
        List<Reason> off = new ArrayList<>();
        Optional<Boolean> writeback = seen.passwordWritebackEnabled();
        settings.add(new Setting("sspr.tenant.password-writeback-enabled",
                writeback.map(String::valueOf).orElse(msg.healthSettingNotSet()),
                writeback.isPresent() ? msg.healthSettingWritebackSet() : msg.healthSettingWritebackUnset(),
                writeback.isEmpty()));
        if (writeback.isEmpty()) {
            off.add(Reason.WRITEBACK_NOT_ENABLED);
        }
        settings.add(new Setting("sspr.tenant.sync-stale-after", duration(checks.syncStaleAfter(), console, formats),
                msg.healthSettingSyncStale(), false));
        settings.add(new Setting("sspr.tenant.sync-late-after", duration(checks.syncLateAfter(), console, formats),
                msg.healthSettingSyncLate(), false));
        boolean protectedGroups = !policy.protectedAccountGroupIds().isEmpty();
        settings.add(new Setting("sspr.tenant.protected-account-groups",
                protectedGroups ? sorted(policy.protectedAccountGroupIds()) : msg.healthSettingNotSet(),
                protectedGroups ? msg.healthSettingProtectedGroupsSet() : msg.healthSettingProtectedGroupsUnset(),
                !protectedGroups));
        if (!protectedGroups) {
            off.add(Reason.ONPREM_PROTECTED_ACCOUNT);
        }
        settings.add(new Setting("sspr.policy.methods-required", Integer.toString(policy.methodsRequired()),
                msg.healthSettingMethodsRequired(), false));
        boolean everyMethod = policy.enabledMethods().equals(SsprPolicy.everyResetMethod());
        settings.add(new Setting("sspr.policy.methods", everyMethod ? msg.healthSettingEveryMethod()
                : policy.enabledMethods().stream().sorted().map(SettingsSection::configName)
                        .collect(Collectors.joining(", ")),
                msg.healthSettingMethods(), false));
        settings.add(new Setting("sspr.policy.enabled-group", policy.enabledGroupId().orElse(msg.healthSettingNotSet()),
                policy.enabledGroupId().isPresent() ? msg.healthSettingEnabledGroupSet()
                        : msg.healthSettingEnabledGroupUnset(),
                false));
        boolean skus = !checks.cloudQualifyingSkus().isEmpty();
        settings.add(new Setting("sspr.licensing.cloud-qualifying-skus",
                skus ? sorted(checks.cloudQualifyingSkus()) : msg.healthSettingNotSet(),
                skus ? msg.healthSettingSkusSet() : msg.healthSettingSkusUnset(), false));
        List<String> codes = off.stream().map(Reason::name).toList();
        return new SettingsSection(verdict(seen, codes, msg), settings, codes);
    }

    /**
     * The checks a missing setting switches off are about passwords managed on-premises: they matter when the
     * organisation syncs (or has federated domains, which {@code writebackSettingMissing} also counts).
     */
    private static HealthVerdict verdict(DirectoryStatus.Remote seen, List<String> off, HealthMessages msg) {
        if (off.isEmpty()) {
            return HealthVerdict.of(HealthStatus.OK, msg.healthSettingsAllOn(), msg);
        }
        String checks = String.join(", ", off);
        if (seen.writebackSettingMissing() || seen.lastSyncAt().isPresent()) {
            return HealthVerdict.of(HealthStatus.WARNING, msg.healthSettingsOff(checks), msg);
        }
        if (seen.lastSuccessfulRead().isEmpty()) {
            return HealthVerdict.of(HealthStatus.PENDING, msg.healthSettingsOffUnknown(checks), msg);
        }
        return HealthVerdict.of(HealthStatus.OK, msg.healthSettingsOffNotNeeded(checks), msg);
    }

    /** "PT24H (24 h 0 min)": the value as configured, and as a reader says it. */
    private static String duration(Duration duration, AdminMessages console, LocaleFormats formats) {
        return duration + " (" + ConsoleTexts.duration(duration, console, formats) + ")";
    }

    private static String sorted(Collection<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", "));
    }

    /** A method as {@code sspr.policy.methods} spells it: {@code mobile-phone}. */
    private static String configName(AuthMethod method) {
        return method.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
