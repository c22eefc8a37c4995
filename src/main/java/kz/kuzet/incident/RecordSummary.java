package kz.kuzet.incident;

import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.RecordKind;

/** A record as queues and listings show it: its identity, classification, state body and clock facts. */
public record RecordSummary(long id, RecordKind kind, RecordStatus status, Severity severity, Category category,
        String bodyCode, String bodyNameKk, String bodyNameRu, String title, String assignee, long version,
        ClockFacts facts) {
}
