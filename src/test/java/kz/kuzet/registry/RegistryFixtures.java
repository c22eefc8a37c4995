package kz.kuzet.registry;

import java.time.LocalDate;
import java.util.EnumSet;
import kz.kuzet.app.Kuzet;

/** State bodies for registry tests. */
public final class RegistryFixtures {
    private RegistryFixtures() {
    }

    /** The demo users (one per role, password {@link kz.kuzet.security.DemoUsers#PASSWORD}), for log-ins. */
    public static void demoUsers(Kuzet kuzet) {
        kuzet.tx().run(em -> kz.kuzet.security.DemoUsers.create(em, kuzet.users(),
                kz.kuzet.security.Actor.system("test-setup")));
    }

    public static long body(Kuzet kuzet, String code) {
        return kuzet.tx().call(em -> {
            StateBody b = new StateBody(code, code + " министрлігі", "Министерство " + code, StateBodyKind.MINISTRY);
            b.setContract(EnumSet.of(WorkType.OBSERVATION), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                    "ҰҚК–МТҚ № 17-1/2026");
            em.persist(b);
            return b.getId();
        });
    }
}
