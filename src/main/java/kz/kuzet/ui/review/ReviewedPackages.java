package kz.kuzet.ui.review;

import java.util.List;
import kz.kuzet.packages.content.PackagedAuditEntry;
import kz.kuzet.packages.content.PackagedNotice;
import kz.kuzet.packages.read.OpenedPackage;

/** What the review shows of an opened package. */
final class ReviewedPackages {

    private ReviewedPackages() {
    }

    static ReviewedPackage of(String fileName, OpenedPackage p) {
        List<ReviewedPackage.NoticeDocument> notices = p.notices().stream().map(n -> notice(n.notice(), n.pdf()))
                .toList();
        List<ReviewedPackage.AuditLine> audit = p.auditEntries().stream().map(ReviewedPackages::audit).toList();
        List<ReviewedPackage.AnnexLine> annex = p.annexRows().stream().map(a -> new ReviewedPackage.AnnexLine(
                a.quarter(), a.rowNo(), a.hostName(), a.ipAddress(), a.department(), a.location(),
                a.responsiblePerson(), a.operatingSystem())).toList();
        return new ReviewedPackage(fileName, p.detail(), p.record().clocksAt(), p.signerName(),
                p.signerFingerprint(), p.manifest().createdAt(), notices, audit, annex, p.entries().size());
    }

    private static ReviewedPackage.NoticeDocument notice(PackagedNotice n, byte[] pdf) {
        String file = n.pdfEntry() == null ? "notice-" + n.originId() + ".pdf"
                : n.pdfEntry().substring(n.pdfEntry().lastIndexOf('/') + 1);
        if (n.registrationNumber() != null) {
            file = n.registrationNumber().replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".pdf";
        }
        return new ReviewedPackage.NoticeDocument(n.kind(), n.registrationNumber(), n.recipient(), n.sentAt(),
                file, pdf);
    }

    private static ReviewedPackage.AuditLine audit(PackagedAuditEntry a) {
        String subject = a.entity() + (a.entityId() == null ? "" : " " + a.entityId());
        String change = a.beforeState() == null ? nullToEmpty(a.afterState())
                : a.beforeState() + " → " + nullToEmpty(a.afterState());
        return new ReviewedPackage.AuditLine(a.at(), a.actor(), a.action(), subject, change);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
