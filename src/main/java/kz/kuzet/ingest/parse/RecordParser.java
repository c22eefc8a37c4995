package kz.kuzet.ingest.parse;

import java.time.Instant;

/** Parses one record (a line or a document) of one format. Throws only {@link ParseFailure}. */
public interface RecordParser {

    Format format();

    /**
     * @param text the record, without its line terminator
     * @param receivedAt when the record was received: used where the record carries no year or no time
     */
    ParsedRecord parse(String text, Instant receivedAt);
}
