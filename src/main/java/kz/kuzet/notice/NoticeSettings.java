package kz.kuzet.notice;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.Permission;
import kz.kuzet.store.Transactions;

/**
 * The notice and SMTP settings, kept in {@code app_setting} so every workstation shares them. Keys:
 * {@code smtp.host, smtp.port, smtp.security (none|starttls|tls), smtp.user, smtp.password, smtp.from, smtp.trust,
 * notice.knb.email, notice.authority.email, notice.knb.language, notice.authority.language (kk|ru|both),
 * notice.signer.name, notice.signer.position, smtp.truststore, smtp.truststore.password}. The SMTP password may
 * instead come from the environment variable {@code KUZET_SMTP_PASSWORD}. Only an actor with
 * {@link Permission#SETTINGS_MANAGE} sees or changes them; the notice service reads them for itself.
 */
public final class NoticeSettings {

    private final Transactions tx;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final Map<String, String> environment;

    public NoticeSettings(Transactions tx, AuditTrail audit, AccessGuard guard, Map<String, String> environment) {
        this.tx = tx;
        this.audit = audit;
        this.guard = guard;
        this.environment = environment;
    }

    /** The settings as an administrator sees them, sorted, the SMTP password shown as "***". */
    public Map<String, String> shown(Actor actor) {
        guard.require(actor, Permission.SETTINGS_MANAGE);
        Map<String, String> shown = new TreeMap<>();
        all().forEach((name, value) -> shown.put(name, name.contains("password") ? "***" : value));
        return shown;
    }

    Map<String, String> all() {
        return tx.read(em -> {
            Map<String, String> m = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select setting_name, setting_value from app_setting"
                    + " where setting_name like 'smtp.%' or setting_name like 'notice.%'").getResultList();
            for (Object[] r : rows) {
                m.put((String) r[0], (String) r[1]);
            }
            return m;
        });
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(all().get(name)).filter(v -> !v.isBlank());
    }

    /** Sets one setting, audited (a password is recorded as changed, never its value). */
    public void put(Actor actor, String name, String value) {
        guard.require(actor, Permission.SETTINGS_MANAGE);
        if (!name.startsWith("smtp.") && !name.startsWith("notice.")) {
            throw new IllegalArgumentException("'" + name + "' is not a notice or SMTP setting.");
        }
        if (name.endsWith(".language") && value != null && !value.isBlank()) {
            NoticeLanguage.of(value);
        }
        tx.run(em -> {
            List<?> found = em.createNativeQuery("select setting_value from app_setting where setting_name = ?1")
                    .setParameter(1, name).getResultList();
            String before = found.isEmpty() || found.get(0) == null ? null : found.get(0).toString();
            put(em, name, value);
            audit.change(em, actor, "setting.change", "app_setting", null, null, shown(name, before),
                    shown(name, value));
        });
    }

    /** The setting as the audit trail keeps it: a password is recorded as set or not, never its value. */
    private static Map<String, ?> shown(String name, String value) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("setting", name);
        m.put("value", value == null ? null : name.contains("password") ? "***" : value);
        return m;
    }

    private static void put(EntityManager em, String name, String value) {
        int updated = em.createNativeQuery("update app_setting set setting_value = ?2 where setting_name = ?1")
                .setParameter(1, name).setParameter(2, value).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into app_setting (setting_name, setting_value) values (?1, ?2)")
                    .setParameter(1, name).setParameter(2, value).executeUpdate();
        }
    }

    MailSettings mail() {
        Map<String, String> s = all();
        String password = environment.getOrDefault("KUZET_SMTP_PASSWORD", s.get("smtp.password"));
        return MailSettings.of(s.get("smtp.host"), s.get("smtp.port"), s.get("smtp.security"), s.get("smtp.user"),
                password, s.get("smtp.from"), s.get("smtp.trust"), s.get("smtp.truststore"),
                environment.getOrDefault("KUZET_SMTP_TRUSTSTORE_PASSWORD", s.get("smtp.truststore.password")));
    }

    /** The signer configured for notices, if both name and position are set. */
    Optional<Signer> signer() {
        Map<String, String> s = all();
        String name = s.get("notice.signer.name");
        String position = s.get("notice.signer.position");
        return name == null || name.isBlank() || position == null || position.isBlank() ? Optional.empty() : Optional.of(new Signer(name, position));
    }
}
