package kz.kuzet.incident;

/** The common 4-level severity scale every source's own severity is mapped onto. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
