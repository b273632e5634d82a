package dev.ssprpreflight.check;

import java.util.Locale;

/**
 * One entry of the user's {@code assignedPlans}: a service plan and whether it is usable.
 *
 * @param servicePlanId the plan's GUID, lower case
 * @param capabilityStatus {@code capabilityStatus}
 */
public record AssignedPlan(String servicePlanId, CapabilityStatus capabilityStatus) {

    public AssignedPlan {
        servicePlanId = servicePlanId.toLowerCase(Locale.ROOT);
    }

    /** {@code capabilityStatus} of an assigned plan; {@code OTHER} for values Graph adds later. */
    public enum CapabilityStatus {
        ENABLED,
        /** In the grace period after expiry: still usable. */
        WARNING,
        SUSPENDED,
        DELETED,
        LOCKED_OUT,
        OTHER;

        /** Maps Graph's spelling ({@code Enabled}, {@code LockedOut}, ...). */
        public static CapabilityStatus fromGraph(String value) {
            if (value == null) {
                return OTHER;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "enabled" -> ENABLED;
                case "warning" -> WARNING;
                case "suspended" -> SUSPENDED;
                case "deleted" -> DELETED;
                case "lockedout" -> LOCKED_OUT;
                default -> OTHER;
            };
        }

        /** Enabled and Warning give the user the plan's features; the rest do not. */
        public boolean grantsFeatures() {
            return this == ENABLED || this == WARNING;
        }
    }
}
