-- Ingest speed (issue 4): folding looks detections up by fold_key alone. With last_seen in the index, every fold
-- (which moves last_seen) also rewrote an index entry, and every entry was wider than it needs to be.
drop index ix_detection_fold;
create index ix_detection_fold_key on detection (fold_key);
