package kz.kuzet.security;

import java.time.Instant;

/** A user as the user list shows them (never the password hash). */
public record UserSummary(long id, String username, String displayName, Role role, String stateBodyCode,
        boolean active, Instant lockedUntil, Instant lastLoginAt, String fullName, String position) {

    static UserSummary of(UserAccount u) {
        return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(),
                u.getStateBody() == null ? null : u.getStateBody().getCode(), u.isActive(), u.getLockedUntil(),
                u.getLastLoginAt(), u.getFullName(), u.getPosition());
    }
}
