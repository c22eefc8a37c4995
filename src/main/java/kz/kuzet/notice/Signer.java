package kz.kuzet.notice;

/** Who signs a notice. Until user profiles exist it comes from the settings or the command line. */
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
