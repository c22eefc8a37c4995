package kz.kuzet.notice;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.kuzet.registry.NoticeContactLanguage;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.Permission;
import kz.kuzet.store.Transactions;

/**
 * The language each recipient reads notices in: per state body (its notice contact) in
 * {@code notice_recipient_language}, for KNB and the authorized body in the settings {@code notice.knb.language}
 * and {@code notice.authority.language}. A notice is made in it unless the analyst chooses otherwise.
 */
public final class RecipientLanguages {

    public static final String KNB_SETTING = "notice.knb.language";
    public static final String AUTHORITY_SETTING = "notice.authority.language";

    /** One state body's stored preference. */
    public record BodyLanguage(long bodyId, String bodyCode, NoticeLanguage language) {
    }

    private final Transactions tx;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final NoticeSettings settings;
    private final Clock clock;

    RecipientLanguages(Transactions tx, AuditTrail audit, AccessGuard guard, NoticeSettings settings, Clock clock) {
        this.clock = clock;
        this.tx = tx;
        this.audit = audit;
        this.guard = guard;
        this.settings = settings;
    }

    /** The stored language of the recipient of this kind of notice to the state body, if one is stored. */
    public Optional<NoticeLanguage> forNotice(NoticeKind kind, long bodyId) {
        return switch (kind) {
            case SB, RECOMMENDATION -> ofBody(bodyId);
            case KNB -> setting(KNB_SETTING);
            // the letter goes to the authorized body, with KNB in copy
            case ESCALATION -> setting(AUTHORITY_SETTING).or(() -> setting(KNB_SETTING));
        };
    }

    public Optional<NoticeLanguage> ofBody(long bodyId) {
        return tx.read(em -> NoticeContactLanguage.read(em, bodyId).map(NoticeLanguage::of));
    }

    private Optional<NoticeLanguage> setting(String name) {
        return settings.get(name).map(NoticeLanguage::of);
    }

    /** Every state body's stored language, by code. */
    public List<BodyLanguage> bodies(Actor actor) {
        guard.require(actor, Permission.REGISTRY_READ);
        return tx.read(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select b.id, b.code, l.language_code from"
                    + " notice_recipient_language l join state_body b on b.id = l.state_body_id order by b.code")
                    .getResultList();
            return rows.stream().map(r -> new BodyLanguage(((Number) r[0]).longValue(), (String) r[1],
                    NoticeLanguage.of((String) r[2]))).toList();
        });
    }

    /**
     * Stores the language the state body with this code reads notices in (null: no preference), audited. Takes
     * {@link Permission#SETTINGS_MANAGE}, like the other notice settings.
     */
    public void setForBody(Actor actor, String bodyCode, NoticeLanguage language) {
        guard.require(actor, Permission.SETTINGS_MANAGE);
        String code = bodyCode == null ? "" : bodyCode.strip().toUpperCase(Locale.ROOT);
        tx.run(em -> {
            List<?> ids = em.createNativeQuery("select id from state_body where upper(code) = ?1")
                    .setParameter(1, code).getResultList();
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("There is no state body with the code '" + bodyCode
                        + "': see `kuzet bodies` for the codes.");
            }
            long bodyId = ((Number) ids.get(0)).longValue();
            Optional<String> before = NoticeContactLanguage.read(em, bodyId);
            NoticeContactLanguage.write(em, bodyId, language == null ? null : language.code(), clock.instant());
            Map<String, Object> was = new LinkedHashMap<>();
            was.put("notice_language", before.orElse(null));
            Map<String, Object> is = new LinkedHashMap<>();
            is.put("notice_language", language == null ? null : language.code());
            audit.change(em, actor, "notice.language", "state_body", bodyId, null, was, is);
        });
    }
}
