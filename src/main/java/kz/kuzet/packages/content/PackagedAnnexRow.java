package kz.kuzet.packages.content;

import java.time.Instant;

/** A row of a state body's annex submission that describes one of the record's affected objects. */
public record PackagedAnnexRow(String quarter, Instant submittedAt, String submittedBy, int rowNo, String contour,
        String bodyName, String department, String location, String responsiblePerson, String hostName,
        String ipAddress, String operatingSystem) {
}
