package kz.kuzet.report;

/** The documents' font is absent or incomplete; no document is made without it. */
public final class MissingFontException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public MissingFontException(String message) {
        super(message);
    }
}
