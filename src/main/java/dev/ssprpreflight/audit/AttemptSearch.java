package dev.ssprpreflight.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hibernate.Hibernate;
import org.hibernate.jpa.HibernateHints;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The console's reads of the attempt log: filtered pages, exports and the dashboard's figures. */
@ApplicationScoped
public class AttemptSearch {

    static final int EXPORT_FETCH_SIZE = 500;

    private final EntityManager entityManager;

    AttemptSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public AttemptPage page(AttemptQuery query) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Filter filter = Filter.of(query);
            long total = filter.bind(entityManager.createQuery("select count(a) from Attempt a" + filter.where(), Long.class))
                    .getSingleResult();
            List<Attempt> attempts = filter
                    .bind(entityManager.createQuery("select a from Attempt a" + filter.where() + orderBy(query),
                            Attempt.class))
                    .setFirstResult((query.page() - 1) * query.pageSize())
                    .setMaxResults(query.pageSize())
                    .getResultList();
            attempts.forEach(attempt -> Hibernate.initialize(attempt.reasons));
            return new AttemptPage(attempts, total, query.page(), query.pageSize());
        });
    }

    /**
     * Hands every attempt that matches the filter to the consumer, in the query's order, without
     * holding them all in memory: rows are fetched in chunks and their reasons in batches.
     */
    public void forEach(AttemptQuery query, Consumer<Attempt> consumer) {
        QuarkusTransaction.requiringNew().run(() -> {
            Filter filter = Filter.of(query);
            try (var rows = filter
                    .bind(entityManager.createQuery("select a from Attempt a" + filter.where() + orderBy(query),
                            Attempt.class))
                    .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_FETCH_SIZE)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultStream()) {
                int[] seen = { 0 };
                rows.forEach(attempt -> {
                    consumer.accept(attempt);
                    if (++seen[0] % EXPORT_FETCH_SIZE == 0) {
                        entityManager.clear();
                    }
                });
            }
        });
    }

    public Attempt byReferenceCode(String referenceCode) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Attempt attempt = Attempt.findByReferenceCode(referenceCode);
            if (attempt != null) {
                Hibernate.initialize(attempt.reasons);
            }
            return attempt;
        });
    }

    /**
     * When the user with this object id was checked next after {@code after}, if they were: the end of what the
     * attempt detail attributes to the earlier attempt.
     */
    public Optional<Instant> nextAttemptOf(String userObjectId, Instant after) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(entityManager
                .createQuery("select min(a.occurredAt) from Attempt a where a.userObjectId = :user and a.occurredAt > :after",
                        Instant.class)
                .setParameter("user", userObjectId).setParameter("after", after).getSingleResult()));
    }

    /** How many attempts ended each way in the period. Every outcome is present, zero or not. */
    public Map<Outcome, Long> totalsByOutcome(Instant from, Instant to) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Outcome, Long> totals = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                totals.put(outcome, 0L);
            }
            entityManager.createQuery("select a.outcome, count(a) from Attempt a"
                    + " where a.occurredAt >= :from and a.occurredAt < :to group by a.outcome", Object[].class)
                    .setParameter("from", from).setParameter("to", to)
                    .getResultList()
                    .forEach(row -> totals.put((Outcome) row[0], (Long) row[1]));
            return totals;
        });
    }

    /**
     * Attempts per blocking reason per day (UTC) in the period; days without any are absent. Blocks only, retired
     * ones included (their history stays): a finding never blocked anybody, whatever attempt carries it.
     */
    public List<DailyReasonCount> blockedByReasonPerDay(Instant from, Instant to) {
        return byReasonPerDay(from, to, true);
    }

    /** Attempts per admin-only finding per day (UTC) in the period, whatever their outcome; days without any are absent. */
    public List<DailyReasonCount> findingsByReasonPerDay(Instant from, Instant to) {
        return byReasonPerDay(from, to, false);
    }

    /** The tier is a property of the code, so the query selects the codes of one tier rather than a stored column. */
    private List<DailyReasonCount> byReasonPerDay(Instant from, Instant to, boolean blocks) {
        List<Reason> ofTier = Arrays.stream(Reason.values()).filter(reason -> reason.blocks() == blocks).toList();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<DailyReasonCount> counts = new ArrayList<>();
            entityManager.createQuery("select r, cast(a.occurredAt as LocalDate), count(a) from Attempt a join a.reasons r"
                    + " where a.occurredAt >= :from and a.occurredAt < :to and r in :reasons"
                    + " group by r, cast(a.occurredAt as LocalDate)", Object[].class)
                    .setParameter("from", from).setParameter("to", to).setParameter("reasons", ofTier)
                    .getResultList()
                    .forEach(row -> counts.add(new DailyReasonCount((LocalDate) row[1], (Reason) row[0], (Long) row[2])));
            return counts;
        });
    }

    private static String orderBy(AttemptQuery query) {
        String direction = query.descending() ? " desc" : " asc";
        return " order by a." + query.sort().property() + direction + ", a.id desc";
    }

    /** The where clause of a query and its parameters, built only from validated values. */
    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(AttemptQuery query) {
            StringBuilder where = new StringBuilder(" where a.occurredAt >= :from and a.occurredAt < :to");
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("from", query.from());
            parameters.put("to", query.to());
            query.outcome().ifPresent(outcome -> {
                where.append(" and a.outcome = :outcome");
                parameters.put("outcome", outcome);
            });
            query.reason().ifPresent(reason -> {
                where.append(" and :reason member of a.reasons");
                parameters.put("reason", reason);
            });
            query.usernameContains().ifPresent(text -> {
                where.append(" and a.usernameNormalised like :username escape '!'");
                parameters.put("username", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
            });
            return new Filter(where.toString(), parameters);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> typedQuery) {
            parameters.forEach(typedQuery::setParameter);
            return typedQuery;
        }

        /** The user's text is matched literally: LIKE's wildcards in it are escaped. */
        private static String escapeLike(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
