package kz.kuzet.packages.content;

import java.time.Instant;

/** The record's follow-up rows: recommendations, containment measures, on-site dispatches, state body reports. */
public final class PackagedFollowUp {

    private PackagedFollowUp() {
    }

    public record Recommendation(long originId, Instant givenAt, String author, String text) {
    }

    /** {@code sensor} describes the sensor the measure was taken through (kind, product, address), if any. */
    public record Measure(long originId, Instant takenAt, String author, String sensor, String sensorIpAddress,
            String description) {
    }

    public record Dispatch(long originId, String decidedBy, String employee, Instant decidedAt, String notes) {
    }

    public record Report(long originId, Instant receivedAt, String analysis, String measures,
            boolean causesEliminated) {
    }
}
