package kz.kuzet.ingest.parse;

/** The input is not a valid record of the format; the message says what is wrong. The only exception parsers throw. */
public final class ParseFailure extends RuntimeException {
    public ParseFailure(String message) {
        super(message, null, false, false);
    }
}
