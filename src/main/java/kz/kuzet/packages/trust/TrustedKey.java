package kz.kuzet.packages.trust;

import java.security.PublicKey;

/** A public key the receiving machine trusts, with the name of the organisation it belongs to. */
public record TrustedKey(String name, PublicKey key) {

    public String fingerprint() {
        return PublicKeys.fingerprint(key);
    }
}
