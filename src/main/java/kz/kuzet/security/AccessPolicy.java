package kz.kuzet.security;

/**
 * The one place that decides whether an actor may do something. Services call it before they read or change
 * data; queries narrow themselves with the {@link BodyScope} it returns, so a coordinator's listings hold only
 * their state body's rows whatever screen or command asked.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** Refuses unless the actor's role has the permission. */
    public static void require(Actor actor, Permission permission) {
        if (actor == null) {
            throw new IllegalArgumentException("No actor: log in first (every service call names who acts)");
        }
        if (!actor.may(permission)) {
            throw new AccessDeniedException(actor, permission, actor.describe() + " may not "
                    + permission.description() + ": the " + actor.role().id() + " role does not include it.");
        }
    }

    /**
     * Refuses unless the actor has the permission AND may act on the given state body's data.
     *
     * @param what the thing acted on, for the message: "record 17", "sensor 4"
     */
    public static void requireForBody(Actor actor, Permission permission, long stateBodyId, String stateBodyCode,
            String what) {
        require(actor, permission);
        if (actor.isScoped() && actor.stateBodyId() != stateBodyId) {
            throw new AccessDeniedException(actor, permission, AccessDeniedException.Refusal.OTHER_BODY,
                    stateBodyCode, actor.describe() + " may not "
                    + permission.description() + " of " + what + ": it belongs to state body " + stateBodyCode
                    + ", and a coordinator acts only for " + actor.stateBodyCode() + ".");
        }
    }

    /**
     * Refuses unless the actor has the permission over EVERY state body (not a coordinator): for summaries that
     * cover all of them.
     *
     * @param what the thing acted on, for the message: "the quarterly summary"
     */
    public static void requireAllBodies(Actor actor, Permission permission, String what) {
        require(actor, permission);
        if (actor.isScoped()) {
            throw new AccessDeniedException(actor, permission, AccessDeniedException.Refusal.ALL_BODIES, null,
                    actor.describe() + " may not "
                    + permission.description() + " of " + what + ": it covers every state body, and a coordinator "
                    + "acts only for " + actor.stateBodyCode() + ".");
        }
    }

    /** Refuses unless the actor has the permission; then says which state bodies' rows they may touch. */
    public static BodyScope scope(Actor actor, Permission permission) {
        require(actor, permission);
        return actor.isScoped() ? BodyScope.only(actor.stateBodyId()) : BodyScope.ALL;
    }
}
