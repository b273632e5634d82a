package dev.ssprpreflight.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One thing a signed-in admin looked at or did in the console. */
@Entity
@Table(name = "console_access")
public class ConsoleAccess extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** Who: the signed-in admin's name. */
    @Column(name = "actor", nullable = false)
    public String actor;

    /** What: viewed a list, exported, opened an attempt, checked again. */
    @Column(name = "action", nullable = false)
    public String action;

    /** Which: the filter, the reference code. Never a token or secret. */
    @Column(name = "detail")
    public String detail;
}
