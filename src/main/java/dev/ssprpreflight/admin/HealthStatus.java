package dev.ssprpreflight.admin;

/** How one part of the tenant health page stands; shown as a word beside its sentence, never as colour alone. */
enum HealthStatus {
    OK,
    WARNING,
    PROBLEM,
    PENDING;

    String label(HealthMessages msg) {
        return switch (this) {
            case OK -> msg.healthStatusOk();
            case WARNING -> msg.healthStatusWarning();
            case PROBLEM -> msg.healthStatusProblem();
            case PENDING -> msg.healthStatusPending();
        };
    }
}
