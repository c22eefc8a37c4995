package kz.kuzet.registry.annex;

/** How big an annex file may be: a body's annex has one row per workstation or server. */
public final class AnnexLimits {
    /** Largest file accepted, in bytes. */
    public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;
    /** Most rows read from a sheet (header and section rows included). */
    public static final int MAX_ROWS = 20_000;
    /** Columns past this one are ignored (the form has eight, plus an optional section column). */
    public static final int MAX_COLUMNS = 40;
    /** Largest uncompressed part of an XLSX package. */
    public static final long MAX_ZIP_ENTRY_BYTES = 100L * 1024 * 1024;
    /** Smallest compressed/uncompressed ratio of an XLSX part before it counts as a zip bomb. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Sheets of a workbook looked at for the annex's header. */
    public static final int MAX_SHEETS = 20;

    private AnnexLimits() {
    }
}
