package dev.ssprpreflight.directory.graph;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the Microsoft Graph adapter reaches the tenant. Only read when {@code sspr.directory=graph};
 * {@link GraphDirectory} checks the combinations when it is created, so a wrong setting stops the
 * application at start with a message naming the key.
 */
@ConfigMapping(prefix = "sspr.graph")
public interface GraphConfig {

    /** The Entra tenant id (GUID) or primary domain; required except for managed identity. */
    Optional<String> tenantId();

    /** The app registration's application (client) id; for managed identity, a user-assigned identity's client id. */
    Optional<String> clientId();

    /** Which kind of credential proves the app's identity to Entra ID. */
    @WithDefault("client-secret")
    CredentialType credential();

    /** The client secret, for {@code credential=client-secret}; pass it through an environment variable. */
    Optional<String> clientSecret();

    /** A PEM or PFX/PKCS#12 file with the certificate and its private key, for {@code credential=client-certificate}. */
    Optional<Path> certificatePath();

    /** The password of a PFX certificate file, if it has one. */
    Optional<String> certificatePassword();

    /** The projected service-account token file for workload identity; defaults to {@code AZURE_FEDERATED_TOKEN_FILE}. */
    Optional<Path> federatedTokenFile();

    /** Graph's root, ending in {@code /v1.0}; national clouds and private endpoints change it. */
    @WithDefault("https://graph.microsoft.com/v1.0")
    URI baseUrl();

    /** The Entra token authority (https); national clouds change it. */
    @WithDefault("https://login.microsoftonline.com")
    URI authorityHost();

    /** The token scope; defaults to the base URL's Microsoft Graph host plus {@code /.default}. */
    Optional<String> scope();

    /** How long organisation, authorization-policy and domain facts are reused before they are read again. */
    @WithDefault("PT10M")
    Duration tenantFactsTtl();

    /** Read the tenant's domains to find federated ones (needs Domain.Read.All). */
    @WithDefault("false")
    boolean detectFederatedDomains();

    /** The registration-report mirror. */
    Mirror registrationMirror();

    /** The reports throttle, shared by the mirror, the registration feed, report rows and live looks. */
    ReportsThrottle reportsThrottle();

    /** The audit log's registration events, which confirm the registration report without a live look. */
    RegistrationFeed registrationFeed();

    /** The self-service password reset events the registration feed reads anyway, kept for the lockout check. */
    SsprAudit ssprAudit();

    /**
     * How long a live look's answer about a user's methods is reused, so that a user who tries again at once does not
     * spend the reports budget again; short, so that a method added meanwhile (an admin helping) soon counts.
     */
    @WithDefault("PT1M")
    Duration liveLookCacheFor();

    /** Kinds of credential. */
    enum CredentialType {
        CLIENT_SECRET,
        CLIENT_CERTIFICATE,
        MANAGED_IDENTITY,
        WORKLOAD_IDENTITY
    }

    /** Settings of the local copy of {@code userRegistrationDetails}. */
    interface Mirror {

        /** How often the whole report is read again. */
        @WithDefault("PT30M")
        Duration refreshEvery();

        /** How long after start the first read begins; tests push it out to drive the mirror themselves. */
        @WithDefault("PT5S")
        Duration firstRefreshAfter();

        /**
         * {@code memory}: each instance reads the report itself (one instance). {@code database}: the
         * replicas share one copy in the database and one refresh lease (several replicas).
         */
        @WithDefault("memory")
        Store store();

        /** With {@code store=database}: how often each replica renews or checks the lease and loads a newer shared copy. */
        @WithDefault("PT1M")
        Duration syncEvery();

        /**
         * With {@code store=database}: how long the lease lasts without renewal, so a dead holder is replaced; longer than
         * sync-every.
         */
        @WithDefault("PT3M")
        Duration leaseDuration();

        /** With {@code store=database}: this replica's lease-holder id; defaults to the host name plus a random suffix. */
        Optional<String> replicaId();

        /** Where the mirror lives. */
        enum Store {
            MEMORY,
            DATABASE
        }
    }

    /** The documented limit of the identity and access reports APIs: about 5 requests per 10 s per app per tenant. */
    interface ReportsThrottle {

        /** Requests allowed per window. */
        @WithDefault("5")
        int requests();

        /** The window length. */
        @WithDefault("PT10S")
        Duration window();

        /**
         * Extra time a request keeps its slot: between taking a slot and the request's arrival at Graph lie the
         * client's work and the network, a second or more for a cold JVM's first requests; without the margin two of
         * our windows could fit into one of Graph's.
         */
        @WithDefault("PT1S")
        Duration margin();

        /** Slots of each window a refresh of the mirror leaves free for the checks (its first copy takes them all). */
        @WithDefault("2")
        int reservedForChecks();

        /**
         * {@code memory}: each instance keeps its own budget. {@code database}: the replicas share one budget through
         * the database, so that together they stay within Graph's limit. Unset: as {@code registration-mirror.store}.
         */
        Optional<Mirror.Store> store();
    }

    /** Settings of the feed of security-info registrations from {@code /auditLogs/directoryAudits}. */
    interface RegistrationFeed {

        /** Whether the feed runs; it needs AuditLog.Read.All and Directory.Read.All. Off: live looks only. */
        @WithDefault("true")
        boolean enabled();

        /** How often the feed asks the audit log for new events: one reports request per poll when caught up. */
        @WithDefault("PT5S")
        Duration pollEvery();

        /** How far back the first read reaches; a report row older than the reach (less the margin) is not judged by it. */
        @WithDefault("P1D")
        Duration lookBack();

        /** How long after its last complete read the feed still decides; later, live looks decide again. */
        @WithDefault("PT1M")
        Duration freshFor();

        /**
         * Events up to this long before a report row's {@code lastUpdatedDateTime} still count as "since the row": the
         * report may be computed from data older than its time stamp.
         */
        @WithDefault("PT1H")
        Duration reportMargin();
    }

    /**
     * Settings of the kept self-service password reset audit events (service "Self-service Password Management"),
     * which come with the registration feed and only with it: {@code registration-feed.enabled=false} keeps none.
     */
    interface SsprAudit {

        /**
         * How long an event is kept. Entra itself keeps audit events 30 days with Entra ID P1/P2 (7 days Free); the
         * lockout check needs the last 24 hours.
         */
        @WithDefault("P30D")
        Duration keepFor();
    }
}
