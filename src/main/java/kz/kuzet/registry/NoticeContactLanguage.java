package kz.kuzet.registry;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * The stored language (kk, ru or both) a state body's notice contact reads notices in, kept in
 * {@code notice_recipient_language}; read and written inside the caller's transaction. The registry saves it with
 * the body's form, the notice settings on their own; the notices read it.
 */
public final class NoticeContactLanguage {

    public static final Set<String> CODES = Set.of("kk", "ru", "both");

    private NoticeContactLanguage() {
    }

    public static Optional<String> read(EntityManager em, long bodyId) {
        return em.createNativeQuery("select language_code from notice_recipient_language where state_body_id = ?1")
                .setParameter(1, bodyId).getResultStream().findFirst().map(String.class::cast);
    }

    /** Stores the code (null: no preference, the notice settings' default applies). */
    public static void write(EntityManager em, long bodyId, String code, Instant at) {
        if (code != null && !CODES.contains(code)) {
            throw new IllegalArgumentException("Unknown notice language '" + code + "': use kk, ru or both.");
        }
        em.createNativeQuery("delete from notice_recipient_language where state_body_id = ?1")
                .setParameter(1, bodyId).executeUpdate();
        if (code != null) {
            em.createNativeQuery("insert into notice_recipient_language (state_body_id, language_code, changed_at)"
                            + " values (?1, ?2, ?3)").setParameter(1, bodyId).setParameter(2, code)
                    .setParameter(3, at.atOffset(ZoneOffset.UTC)).executeUpdate();
        }
    }
}
