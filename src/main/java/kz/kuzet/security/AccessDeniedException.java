package kz.kuzet.security;

/** An actor tried something their role or state body does not allow; the message says what and why. */
public class AccessDeniedException extends RuntimeException {

    private final String actor;
    private final Permission permission;

    public AccessDeniedException(Actor actor, Permission permission, String message) {
        super(message);
        this.actor = actor.name();
        this.permission = permission;
    }

    public String actor() {
        return actor;
    }

    public Permission permission() {
        return permission;
    }
}
