package kz.kuzet.notice;

/**
 * Who signs a notice: by default the user's own profile (full name and position), else the settings
 * ({@code notice.signer.*}); a command may give another with --signer-name and --signer-position.
 */
public record Signer(String name, String position) {

    public Signer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A notice needs the signer's name: give it in the settings "
                    + "(notice.signer.name) or with --signer-name.");
        }
        if (position == null || position.isBlank()) {
            throw new IllegalArgumentException("A notice needs the signer's position: give it in the settings "
                    + "(notice.signer.position) or with --signer-position.");
        }
    }
}
