package kz.kuzet.security;

import jakarta.persistence.EntityManager;

/** Named application settings in the app_setting table, read and written with bound parameters only. */
final class Settings {
    private Settings() {
    }

    static String get(EntityManager em, String name) {
        java.util.List<?> values = em.createNativeQuery("select setting_value from app_setting where setting_name = ?1")
                .setParameter(1, name).getResultList();
        return values.isEmpty() ? null : String.valueOf(values.get(0));
    }

    static void put(EntityManager em, String name, String value) {
        int updated = em.createNativeQuery("update app_setting set setting_value = ?1 where setting_name = ?2")
                .setParameter(1, value).setParameter(2, name).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into app_setting (setting_name, setting_value) values (?1, ?2)")
                    .setParameter(1, name).setParameter(2, value).executeUpdate();
        }
    }
}
