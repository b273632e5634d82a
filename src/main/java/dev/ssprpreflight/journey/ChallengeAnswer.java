package dev.ssprpreflight.journey;

import jakarta.ws.rs.FormParam;

/** The proof-of-work fields that the challenge page's script adds to the form; empty on a first submission. */
public class ChallengeAnswer {

    @FormParam("pow-token")
    String token;

    @FormParam("pow-solution")
    String solution;

    boolean present() {
        return token != null && !token.isEmpty();
    }
}
