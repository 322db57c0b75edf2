package org.vetsim.experiment;

import org.vetsim.scenario.Scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fingerprint of a fully resolved scenario: SHA-256 of its record text, which lists every
 * value. Kept in the plan so that resuming or merging an experiment whose scenario files were
 * edited in between is refused rather than silently mixed.
 */
public final class ScenarioHash {
    private ScenarioHash() {
    }

    /** The hex SHA-256 of {@code scenario}'s values. */
    public static String of(Scenario scenario) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(scenario.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
