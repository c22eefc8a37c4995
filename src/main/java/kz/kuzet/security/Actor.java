package kz.kuzet.security;

import java.util.Objects;

/**
 * Who is acting: a logged-in user (with their role and, for a coordinator, their state body), or a named system
 * process such as the demo loader. Pass it to every service method that reads or changes data; services check it
 * with {@link AccessPolicy} and write its {@link #name()} into the audit trail.
 */
public record Actor(String name, Role role, Long stateBodyId, String stateBodyCode, boolean system) {

    public Actor {
        Objects.requireNonNull(name, "name");
        if (!system) {
            Objects.requireNonNull(role, "role");
            if (role.isScopedToStateBody() && stateBodyId == null) {
                throw new IllegalArgumentException("A coordinator must belong to a state body");
            }
        }
    }

    /** A logged-in user. */
    public static Actor user(String name, Role role, Long stateBodyId, String stateBodyCode) {
        return new Actor(name, role, role.isScopedToStateBody() ? stateBodyId : null,
                role.isScopedToStateBody() ? stateBodyCode : null, false);
    }

    /**
     * An internal process acting on its own (demo loader, schedulers, first-start set-up): it may do everything
     * and its name goes into the audit trail. Never build one from user input.
     */
    public static Actor system(String name) {
        return new Actor(name, null, null, null, true);
    }

    public boolean may(Permission permission) {
        return system || role.allows(permission);
    }

    /** Whether this actor sees only one state body's data. */
    public boolean isScoped() {
        return !system && role.isScopedToStateBody();
    }

    /** "demo.coordinator.mf (coordinator for MF)", for messages. */
    public String describe() {
        if (system) {
            return name + " (system)";
        }
        return name + " (" + role.id() + (isScoped() ? " for " + stateBodyCode : "") + ")";
    }
}
