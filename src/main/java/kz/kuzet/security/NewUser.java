package kz.kuzet.security;

import java.util.Locale;

/**
 * What it takes to create a user. The state body (by code) is given for a coordinator and only then; the profile
 * (full name and position for the signature block) may be empty.
 */
public record NewUser(String username, String displayName, Role role, String stateBodyCode, UserProfile profile) {

    public NewUser(String username, String displayName, Role role, String stateBodyCode) {
        this(username, displayName, role, stateBodyCode, null);
    }

    public static final int MIN_PASSWORD_LENGTH = 12;

    public NewUser {
        if (username == null || !username.trim().toLowerCase(Locale.ROOT).matches("[a-z0-9][a-z0-9._-]{2,99}")) {
            throw new IllegalArgumentException("User name '" + username + "' is not valid: use 3 to 100 letters a-z,"
                    + " digits, '.', '_' or '-', starting with a letter or digit.");
        }
        username = username.trim().toLowerCase(Locale.ROOT);
        displayName = displayName == null || displayName.isBlank() ? username : displayName.trim();
        if (role == null) {
            throw new IllegalArgumentException("Give the user's role: analyst, shift_lead, coordinator, auditor "
                    + "or admin.");
        }
        profile = profile == null ? new UserProfile(null, null) : profile;
        if (role.isScopedToStateBody() && (stateBodyCode == null || stateBodyCode.isBlank())) {
            throw new IllegalArgumentException("A coordinator works for one state body: give its code (e.g. MF).");
        }
        if (!role.isScopedToStateBody() && stateBodyCode != null && !stateBodyCode.isBlank()) {
            throw new IllegalArgumentException("Only a coordinator belongs to a state body; a " + role.id()
                    + " sees all of them. Leave the state body out.");
        }
    }

    static void checkPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("The password is too short: use at least " + MIN_PASSWORD_LENGTH
                    + " characters.");
        }
    }
}
