package dev.ssprpreflight.journey;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.ssprpreflight.journey.challenge.ChallengeConfig;
import dev.ssprpreflight.journey.challenge.ProofOfWork;
import dev.ssprpreflight.journey.ratelimit.LimitDecision;
import dev.ssprpreflight.journey.ratelimit.RateLimitConfig;
import dev.ssprpreflight.journey.ratelimit.RateLimiter;
import dev.ssprpreflight.journey.ratelimit.RateLimiter.Refusal;
import dev.ssprpreflight.web.BrandingConfig;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Decides whether a valid submission may be checked now; the journey's only abuse hook
 * (DESIGN.md §1). Nothing it refuses reaches the directory.
 * <ol>
 * <li>A client over the soft limit must solve a proof-of-work challenge first (429 with the
 * challenge page; a browser with JavaScript solves it and resubmits by itself). Showing a challenge
 * costs us one HMAC and counts against no limit.</li>
 * <li>Every check counts against the hard limits of its client, its client's network, its target
 * username and all clients together (narrowest first, see {@link RateLimiter#takeForCheck}); over any,
 * 429 with {@code Retry-After} and a page that offers Microsoft's portal directly, so a person is
 * never worse off than without us.</li>
 * </ol>
 * Its log lines name the client by its network only (IPv4 /24, IPv6 /48) and never name the username: a
 * refused check is not in the attempt log, so its username must not be in the log either.
 */
@ApplicationScoped
public class AbuseGuard {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance limited(LimitedView view);

        static native TemplateInstance challenge(ChallengeView view);
    }

    /**
     * @param frame branding and language
     * @param minutes when to try again, in whole minutes
     * @param portalUrl Microsoft's reset portal
     */
    public record LimitedView(PageFrame frame, long minutes, String portalUrl) {
    }

    /**
     * @param frame branding and language
     * @param username the username to check once the challenge is solved
     * @param token the signed challenge
     * @param difficulty the leading zero bits its solution needs
     * @param retry whether a previous answer was refused (expired, replayed, wrong)
     * @param minutes when the soft limit lets this client through without a challenge again
     * @param portalUrl Microsoft's reset portal
     */
    public record ChallengeView(PageFrame frame, String username, String token, int difficulty, boolean retry,
            long minutes, String portalUrl) {
    }

    private static final int TOO_MANY_REQUESTS = 429;

    private final RateLimitConfig limits;
    private final ChallengeConfig challenges;
    private final RateLimiter limiter;
    private final ProofOfWork proofOfWork;
    private final ClientAddress clientAddress;
    private final PortalConfig portal;
    private final BrandingConfig branding;

    AbuseGuard(RateLimitConfig limits, ChallengeConfig challenges, RateLimiter limiter, ProofOfWork proofOfWork,
            ClientAddress clientAddress, PortalConfig portal, BrandingConfig branding) {
        this.limits = limits;
        this.challenges = challenges;
        this.limiter = limiter;
        this.proofOfWork = proofOfWork;
        this.clientAddress = clientAddress;
        this.portal = portal;
        this.branding = branding;
    }

    /** The response that stops this submission, or empty when it may be checked. */
    public Optional<Response> refusal(UsernameInput input, ChallengeAnswer answer, UiLanguage language) {
        String address = clientAddress.current();
        String client = ClientAddress.bucketKeyOf(address);
        if (challenges.enabled()) {
            Optional<Response> challenge = challengeIfNeeded(input, answer, client, address, language);
            if (challenge.isPresent()) {
                return challenge;
            }
        }
        if (limits.enabled()) {
            Optional<Refusal> refused = limiter.takeForCheck(client, ClientAddress.networkKeyOf(address),
                    input.normalised());
            if (refused.isPresent()) {
                Log.infof("Rate limit: check from %s refused by the %s limit", ClientAddress.forLog(address),
                        refused.get().limit());
                return Optional.of(limited(refused.get().decision(), language));
            }
        }
        return Optional.empty();
    }

    private Optional<Response> challengeIfNeeded(UsernameInput input, ChallengeAnswer answer, String client,
            String address, UiLanguage language) {
        if (answer.present()) {
            ProofOfWork.Result result = proofOfWork.verify(answer.token, answer.solution, client, input.normalised());
            if (result == ProofOfWork.Result.VALID) {
                return Optional.empty();
            }
            Log.infof("Challenge answer from %s refused: %s", ClientAddress.forLog(address), result);
            return Optional.of(challenge(input, true, challenges.period(), client, language));
        }
        LimitDecision soft = limiter.take("soft:" + client, challenges.after(), challenges.period());
        if (soft.allowed()) {
            return Optional.empty();
        }
        return Optional.of(challenge(input, false, soft.retryAfter(), client, language));
    }

    private Response challenge(UsernameInput input, boolean retry, Duration wait, String client, UiLanguage language) {
        ProofOfWork.Challenge challenge = proofOfWork.issue(client, input.normalised());
        ChallengeView view = new ChallengeView(frame(language), input.upn(), challenge.token(), challenge.difficulty(),
                retry, minutes(wait), portal.url().toString());
        return page(Response.status(TOO_MANY_REQUESTS), Templates.challenge(view), language).build();
    }

    private Response limited(LimitDecision decision, UiLanguage language) {
        LimitedView view = new LimitedView(frame(language), minutes(decision.retryAfter()), portal.url().toString());
        return page(Response.status(TOO_MANY_REQUESTS), Templates.limited(view), language)
                .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
                .build();
    }

    private PageFrame frame(UiLanguage language) {
        return PageFrame.of(language, branding);
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private static Response.ResponseBuilder page(Response.ResponseBuilder response, TemplateInstance page,
            UiLanguage language) {
        return response.type(MediaType.TEXT_HTML_TYPE).entity(page.setLocale(language.locale())).language(language.locale());
    }
}
