package kz.kuzet.packages.read;

/**
 * What a package may hold before it is refused as a zip bomb. Real packages are far inside these: a record
 * with hundreds of detections and a dozen PDFs is a few megabytes.
 *
 * @param maxEntries     entries in the zip
 * @param maxEntryBytes  one entry, uncompressed
 * @param maxTotalBytes  all entries together, uncompressed
 * @param maxRatio       uncompressed / compressed size of one entry, checked once it is past {@code ratioFloor}
 * @param ratioFloor     entries smaller than this are not ratio-checked (tiny JSON compresses well, harmlessly)
 */
public record PackageLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFloor) {

    public static final PackageLimits DEFAULT = new PackageLimits(2_000, 64L << 20, 256L << 20, 100, 1L << 20);

    public static final long MAX_MANIFEST_BYTES = 4L << 20;
}
