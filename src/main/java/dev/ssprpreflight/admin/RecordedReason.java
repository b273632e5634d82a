package dev.ssprpreflight.admin;

import dev.ssprpreflight.check.Reason;

/**
 * A reason as an attempt recorded it, for the list and the CSV, where only its code is shown.
 *
 * @param code the stable reason code
 * @param retired no check raises it any more
 */
public record RecordedReason(String code, boolean retired) {

    static RecordedReason of(Reason reason) {
        return new RecordedReason(reason.name(), reason.retired());
    }
}
