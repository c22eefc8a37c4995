package kz.kuzet.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a user is at the center, and so what they may do. A coordinator works for ONE state body and sees only
 * that body's data; every other role sees all state bodies within its permissions.
 */
public enum Role {
    /** The duty analyst sends the state body's and KNB's notices themself: the 30-minute clock waits for no one. */
    ANALYST(EnumSet.of(Permission.RECORD_READ, Permission.RECORD_CHANGE, Permission.RECORD_FOLLOW_UP,
            Permission.REGISTRY_READ,
            Permission.NOTICE_PREPARE, Permission.NOTICE_SEND, Permission.DATA_IMPORT, Permission.DATA_EXPORT)),
    SHIFT_LEAD(EnumSet.of(Permission.RECORD_READ, Permission.RECORD_CHANGE, Permission.RECORD_ASSIGN,
            Permission.RECORD_FOLLOW_UP,
            Permission.REGISTRY_READ, Permission.REGISTRY_CHANGE, Permission.NOTICE_PREPARE, Permission.NOTICE_SEND,
            Permission.DATA_IMPORT, Permission.DATA_EXPORT)),
    COORDINATOR(EnumSet.of(Permission.RECORD_READ, Permission.REGISTRY_READ, Permission.REGISTRY_CHANGE,
            Permission.RECORD_FOLLOW_UP, Permission.DATA_EXPORT)),
    AUDITOR(EnumSet.of(Permission.RECORD_READ, Permission.REGISTRY_READ, Permission.AUDIT_READ,
            Permission.DATA_EXPORT)),
    ADMINISTRATOR(EnumSet.of(Permission.USER_MANAGE, Permission.SETTINGS_MANAGE, Permission.AUDIT_READ,
            Permission.REGISTRY_READ, Permission.DEMO_LOAD));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    /** Whether the role is limited to one state body's data. */
    public boolean isScopedToStateBody() {
        return this == COORDINATOR;
    }

    /** The id people type: analyst, shift_lead, coordinator, auditor, admin. */
    public String id() {
        return this == ADMINISTRATOR ? "admin" : name().toLowerCase(Locale.ROOT);
    }

    /** Reads the id people type; also accepts the enum name and "administrator", "shift-lead". */
    public static Role fromId(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        if (t.equals("admin") || t.equals("administrator")) {
            return ADMINISTRATOR;
        }
        if (t.equals("lead")) {
            return SHIFT_LEAD;
        }
        for (Role r : values()) {
            if (r.name().toLowerCase(Locale.ROOT).equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown role '" + text
                + "': use analyst, shift_lead, coordinator, auditor or admin.");
    }
}
