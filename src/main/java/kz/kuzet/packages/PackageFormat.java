package kz.kuzet.packages;

import java.util.List;

/** The names and version of the Kuzet package format ({@code .kzp}); see docs/package/README.md. */
public final class PackageFormat {

    public static final String FORMAT = "kuzet-package";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".kzp";

    /** The manifest: every other entry's name, size and SHA-256, and the signer's public key. */
    public static final String MANIFEST = "manifest.json";
    /** The Ed25519 signature of the manifest's exact bytes, Base64. Not listed in the manifest. */
    public static final String SIGNATURE = "manifest.sig";

    public static final String RECORD = "record.json";
    public static final String DETECTIONS = "detections.json";
    public static final String TIMELINE = "timeline.json";
    public static final String NOTICES = "notices.json";
    public static final String RECOMMENDATIONS = "recommendations.json";
    public static final String MEASURES = "measures.json";
    public static final String DISPATCHES = "dispatches.json";
    public static final String REPORTS = "reports.json";
    public static final String ANNEX = "annex.json";
    public static final String AUDIT = "audit.json";
    /**
     * The audit entries the exporting database had itself imported with the record (from earlier packages), each
     * with its own origin. Not in {@link #REQUIRED}: packages written before it was added lack it.
     */
    public static final String AUDIT_IMPORTED = "audit-imported.json";
    public static final String STIX = "stix/bundle.json";
    public static final String NOTICE_FOLDER = "notices/";

    /** The entries every version-1 package has (besides the notices' PDFs). */
    public static final List<String> REQUIRED = List.of(RECORD, DETECTIONS, TIMELINE, NOTICES, RECOMMENDATIONS,
            MEASURES, DISPATCHES, REPORTS, ANNEX, AUDIT, STIX);

    public static final String SIGNATURE_ALGORITHM = "Ed25519";

    private PackageFormat() {
    }

    /** The entry holding a notice's PDF. */
    public static String noticePdf(long originNoticeId) {
        return NOTICE_FOLDER + "notice-" + originNoticeId + ".pdf";
    }
}
