package dev.ssprpreflight.operations;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.StartupEvent;

/**
 * Stops the start when an {@code sspr.*} value is out of range, listing every problem at once so
 * that an operator fixes them in one round (the rules are in {@link SettingRules}).
 */
@Singleton
class StartupValidation {

    void validate(@Observes StartupEvent start, Config config) {
        List<String> problems = SettingRules.problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Configuration refused (docs/operations.md lists every key):\n  - "
                    + String.join("\n  - ", problems));
        }
    }
}
