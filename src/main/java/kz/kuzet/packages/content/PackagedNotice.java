package kz.kuzet.packages.content;

import java.time.Instant;

/** A notice of the record; its PDF, when it has one, is the entry {@code pdfEntry} (the stored bytes as sent). */
public record PackagedNotice(long originId, String kind, String recipient, String language,
        String registrationNumber, Integer regYear, Integer regSeq, Instant createdAt, Instant sentAt,
        Instant receivedAt, String channel, String deliveryReference, String documentSha256, String pdfEntry) {
}
