package kz.kuzet.incident;

/** A monitored object offered when attributing a detection. */
public record ObjectChoice(long id, String bodyCode, String hostName, String ipAddress, String department,
        boolean inScope) {
}
