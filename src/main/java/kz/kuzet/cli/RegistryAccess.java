package kz.kuzet.cli;

import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Permission;

/** The access checks of the registry commands: one state body (a coordinator: only theirs), or all of them. */
final class RegistryAccess {

    private RegistryAccess() {
    }

    /** Refuses (and audits the refusal) unless {@code actor} may do {@code permission} on the body, or on all. */
    static void check(Kuzet kuzet, Actor actor, Permission permission, String bodyCode, String what) {
        if (bodyCode == null) {
            kuzet.access().requireAllBodies(actor, permission, what);
            return;
        }
        long id = kuzet.bodies().find(bodyCode).map(b -> b.id()).orElseThrow(() -> new CommandFailure(
                "No state body with code '" + bodyCode + "'. See 'kuzet bodies'."));
        kuzet.access().requireForBody(actor, permission, id, bodyCode, what);
    }
}
