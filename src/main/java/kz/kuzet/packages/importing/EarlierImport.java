package kz.kuzet.packages.importing;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.kuzet.packages.read.OpenedPackage;

/**
 * Why a package added nothing: its record was imported before, from this very package or from another export of
 * the same record (updates are not merged; the first import stands). The message says which, in kk, ru or en.
 */
public record EarlierImport(Repeat repeat, String recordKey, long recordId, String packageId, Instant exportedAt,
        Instant importedAt, String importedBy, Instant thisExportedAt) {

    public enum Repeat { SAME_PACKAGE, NEWER_PACKAGE, OTHER_PACKAGE }

    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    static EarlierImport of(ImportedPackage earlier, OpenedPackage p) {
        Instant exported = p.manifest().createdAt();
        Repeat repeat = earlier.getManifestSha256().equals(p.manifestSha256()) ? Repeat.SAME_PACKAGE
                : exported.isAfter(earlier.getExportedAt()) ? Repeat.NEWER_PACKAGE : Repeat.OTHER_PACKAGE;
        return new EarlierImport(repeat, earlier.getRecordKey(), earlier.getRecordId(), earlier.getPackageId(),
                earlier.getExportedAt(), earlier.getImportedAt(), earlier.getImportedBy(), exported);
    }

    public String message(Locale locale) {
        String key = "import.already." + switch (repeat) {
            case SAME_PACKAGE -> "same";
            case NEWER_PACKAGE -> "newer";
            case OTHER_PACKAGE -> "other";
        };
        String pattern = ResourceBundle.getBundle("kz.kuzet.i18n.packages", locale).getString(key);
        Object[] arguments = {recordKey, String.valueOf(recordId), time(repeat == Repeat.SAME_PACKAGE ? importedAt
                : exportedAt), time(thisExportedAt)};
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static String time(Instant at) {
        return TIME.format(at.atZone(ZONE));
    }
}
