package kz.kuzet.security;

import java.util.Optional;

/**
 * How a user signs documents: full name and position, as printed in the signature block of their notices and
 * summaries. Either may be missing until someone sets it ({@code kuzet user profile}).
 */
public record UserProfile(String fullName, String position) {

    static final int MAX_LENGTH = 200;

    public UserProfile {
        fullName = clean(fullName, "full name");
        position = clean(position, "position");
    }

    /** Both name and position, or nothing: a signature block needs both. */
    public Optional<UserProfile> complete() {
        return fullName != null && position != null ? Optional.of(this) : Optional.empty();
    }

    private static String clean(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The " + what + " is " + t.length() + " characters long; at most "
                    + MAX_LENGTH + " fit the signature block.");
        }
        return t;
    }
}
