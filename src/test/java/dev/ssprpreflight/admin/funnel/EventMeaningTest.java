package dev.ssprpreflight.admin.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.directory.SsprAuditStore.Event;

/** Microsoft's activity names and step texts (entra-sspr-fidelity.md §8), matched loosely, each to its stage. */
class EventMeaningTest {

    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            "Self-service password reset flow activity progress|success|User submitted their user ID|PORTAL_STEP",
            "Self-service password reset flow activity progress|success|User was presented with verification options|PORTAL_STEP",
            "Self-service password reset flow activity progress|success|User started the mobile SMS verification|PORTAL_STEP",
            "Self-service password reset flow activity progress|success|User completed all verification steps required|VERIFIED",
            "SELF-SERVICE PASSWORD RESET FLOW ACTIVITY PROGRESS|success|user completed ALL verification steps|VERIFIED",
            "Self-service password reset flow activity progress|success|User submitted a new password|VERIFIED",
            "Self-service password reset flow activity progress|success|User successfully reset password|RESET_SUCCEEDED",
            "Self-service password reset flow activity progress|failure|User submitted their user ID|FAILED",
            "Self-service password reset flow activity progress|success|User abandoned after completing the email verification option|FAILED",
            "Self-service password reset flow activity progress|success|Password reset is not enabled for this user|FAILED",
            "Self-service password reset flow activity progress|success|Something Microsoft says next year|OTHER_STEP",
            "Reset password (self-service)|success||RESET_SUCCEEDED",
            "Reset password (self-service)|failure|FuzzyPolicyViolationInvalidPassword|FAILED",
            "Blocked from self-service password reset|success||LOCKED_OUT",
            "Unlock user account (self-service)|success||UNLOCKED",
            "Change password (self-service)|success||ELSEWHERE",
            "Reset password (by admin)|success||ELSEWHERE",
            "Security info saved for self-service password reset|success||ELSEWHERE",
            "A brand-new SSPR activity|success||OTHER_STEP",
            "A brand-new SSPR activity|failure||FAILED" })
    void meansWhatMicrosoftsTextsSay(String activity, String result, String step, EventMeaning expected) {
        Event event = new Event("e1", Instant.EPOCH, activity, result, step, "c1", "u1");

        assertThat(EventMeaning.of(event)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Reset password (self-service)|failure|FuzzyPolicyViolationInvalidPassword|"
            + "FuzzyPolicyViolationInvalidPassword",
            "Reset password (self-service)|failure||Reset password (self-service) (failure)" })
    void showsEntrasReasonVerbatimOrTheActivityWhenThereIsNone(String activity, String result, String step,
            String shown) {
        Event event = new Event("e1", Instant.EPOCH, activity, result, step, "c1", "u1");

        assertThat(EventMeaning.entraText(event)).isEqualTo(shown);
    }
}
