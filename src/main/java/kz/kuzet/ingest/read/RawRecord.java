package kz.kuzet.ingest.read;

/**
 * One record as read from the input: its text, the line it starts on (1-based) and its first byte's offset.
 * {@code problem} is set when the bytes themselves are unusable (too long, not UTF-8); the text is then what could
 * be kept, for quarantine.
 */
public record RawRecord(String text, long line, long byteOffset, String problem) {
    public boolean isUsable() {
        return problem == null;
    }
}
