package kz.kuzet.ui.review;

import java.time.Instant;
import java.util.List;
import kz.kuzet.incident.RecordDetail;

/**
 * A verified package as the offline review shows it: the record as it was at export (its clocks counted at
 * {@code clocksAt}), its notices with their PDFs, its audit entries, and who signed it, by this machine's trust list.
 */
public record ReviewedPackage(String fileName, RecordDetail detail, Instant clocksAt, String signer,
        String signerFingerprint, Instant signedAt, List<NoticeDocument> notices, List<AuditLine> audit,
        List<AnnexLine> annex, int entries) {

    public ReviewedPackage {
        notices = List.copyOf(notices);
        audit = List.copyOf(audit);
        annex = List.copyOf(annex);
    }

    /** A notice of the record; {@code pdf} is the document as sent, or null when it had none. */
    public record NoticeDocument(String kind, String registrationNumber, String recipient, Instant sentAt,
            String fileName, byte[] pdf) {
    }

    /** A row of the state body's annex describing one of the affected objects, with the quarter it came in. */
    public record AnnexLine(String quarter, int rowNo, String hostName, String ipAddress, String department,
            String location, String responsiblePerson, String operatingSystem) {
    }

    /** One audit entry about the record, as the exporting database's chain held it. */
    public record AuditLine(Instant at, String actor, String action, String subject, String detail) {
    }
}
