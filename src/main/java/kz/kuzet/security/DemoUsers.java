package kz.kuzet.security;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The demo world's users, one per role, named "demo.*" so nobody mistakes them for real accounts. They all share
 * {@link #PASSWORD}, which is published in the README: demo databases only, never a real one.
 */
public final class DemoUsers {

    /** Demo-only password of every demo user. */
    public static final String PASSWORD = "kuzet-demo-2026";
    /** The state body the demo coordinator works for. */
    public static final String COORDINATOR_BODY = "MF";

    public static final List<NewUser> ALL = List.of(
            new NewUser("demo.analyst", "Demo analyst", Role.ANALYST, null,
                    new UserProfile("Сейітқали Айгерім Болатқызы", "КҰҰО аға талдаушысы")),
            new NewUser("demo.lead", "Demo shift lead", Role.SHIFT_LEAD, null,
                    new UserProfile("Нұрланов Әлібек Серікұлы", "КҰҰО кезекші ауысымының басшысы")),
            new NewUser("demo.coordinator.mf", "Demo coordinator (MF)", Role.COORDINATOR, COORDINATOR_BODY,
                    new UserProfile("Жұмабаева Гүлнар Ерланқызы", "Киберқауіпсіздік үйлестірушісі")),
            new NewUser("demo.auditor", "Demo auditor", Role.AUDITOR, null,
                    new UserProfile("Ким Ольга Викторовна", "Ішкі аудитор")),
            new NewUser("demo.admin", "Demo administrator", Role.ADMINISTRATOR, null,
                    new UserProfile("Оспанов Дәурен Қайратұлы", "Жүйелік әкімші")));

    private DemoUsers() {
    }

    /** Adds the demo users inside the demo loader's transaction; the state bodies must already be there. */
    public static int create(EntityManager em, UserService users, Actor loader) {
        for (NewUser user : ALL) {
            users.create(em, loader, user, PASSWORD.toCharArray());
        }
        return ALL.size();
    }
}
