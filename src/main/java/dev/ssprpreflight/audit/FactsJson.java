package dev.ssprpreflight.audit;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

/** Writes and reads the facts kept with an attempt. */
@ApplicationScoped
public class FactsJson {

    private final ObjectMapper mapper;

    FactsJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(FactsSnapshot facts) {
        try {
            return mapper.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Facts could not be written as JSON", e);
        }
    }

    /** The facts of an attempt; empty when none were kept or they cannot be read any more. */
    public Optional<FactsSnapshot> read(Attempt attempt) {
        if (attempt.facts == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(attempt.facts, FactsSnapshot.class));
        } catch (JsonProcessingException e) {
            Log.warnf("Facts of attempt %s cannot be read: %s", attempt.referenceCode, e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
