package kz.kuzet.registry.annex;

/** The file cannot be read as an annex at all (not a spreadsheet, a zip bomb, too big, no header …). */
public class AnnexFileException extends IllegalArgumentException {
    public AnnexFileException(String message) {
        super(message);
    }

    public AnnexFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
