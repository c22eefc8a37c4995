package kz.kuzet.registry;

import java.util.Optional;

/**
 * objects that are never monitored — holding state secrets, on special / government / classified / encrypted
 * networks, National Bank objects not integrated with the digital-government infrastructure. Ingest asks
 * {@link #check} before it attributes a detection to an object, and refuses with the reason given.
 */
public final class ScopePolicy {

    /** Why an object may not be monitored: the clause, and the reason recorded when it was registered. */
    public record Refusal(ScopeExclusion exclusion, String reason) {
        /** One line for logs and quarantine: clause and recorded reason. */
        public String describe() {
            return clause(exclusion) + (reason == null || reason.isBlank() ? "" : ": " + reason);
        }
    }

    /** The refusal for an object outside the scope of monitoring, or empty when it may be monitored. */
    public Optional<Refusal> check(MonitoredObject object) {
        if (object == null || object.getScopeExclusion() == null) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(object.getScopeExclusion(), object.getScopeReason()));
    }

    public static String clause(ScopeExclusion exclusion) {
        return switch (exclusion) {
            case STATE_SECRETS -> "R-5(1) digital resource holding state secrets — never monitored";
            case SPECIAL_NETWORK -> "R-5(2) special-purpose, government, classified or encrypted network — never "
                    + "monitored";
            case NATIONAL_BANK_NOT_INTEGRATED -> "R-5(3) National Bank object not integrated with the digital-"
                    + "government infrastructure — never monitored";
        };
    }
}
