package kz.kuzet.ingest;

/** Told after each committed batch how far a run has got. */
@FunctionalInterface
public interface IngestProgress {
    IngestProgress NONE = (read, stored, bytes) -> { };

    void batchCommitted(long read, long stored, long bytesRead);
}
