package dev.ssprpreflight.directory.demo;

import java.time.Instant;

/**
 * A check of ours that the demo's SSPR history says ran before the application started, for the start-up seeding of
 * the attempt log.
 *
 * @param upn the demo user who was checked
 * @param at when
 */
public record DemoPastCheck(String upn, Instant at) {
}
