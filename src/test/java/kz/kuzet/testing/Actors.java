package kz.kuzet.testing;

import kz.kuzet.security.Actor;
import kz.kuzet.security.Role;

/** Actors for tests of the triage and response services and the console. */
public final class Actors {

    /** Reads anything (queries in assertions). */
    public static final Actor SYSTEM = Actor.system("test");

    private Actors() {
    }

    /** A shift lead: may do every triage and response action. */
    public static Actor lead(String name) {
        return Actor.user(name, Role.SHIFT_LEAD, null, null);
    }

    public static Actor analyst(String name) {
        return Actor.user(name, Role.ANALYST, null, null);
    }
}
