package kz.kuzet.packages.sign;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import kz.kuzet.packages.PackageFormat;

/** The exporting organisation's Ed25519 key pair and the name it signs packages with. */
public record SigningKey(String organisation, PrivateKey privateKey, PublicKey publicKey) {

    public SigningKey(String organisation, KeyPair pair) {
        this(organisation, pair.getPrivate(), pair.getPublic());
    }

    /** A new key pair (tests, first use). */
    public static SigningKey generate(String organisation) {
        try {
            return new SigningKey(organisation, java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no Ed25519: " + e.getMessage(), e);
        }
    }

    /** The signature of the bytes, Base64, as {@code manifest.sig} holds it. */
    public byte[] sign(byte[] bytes) {
        try {
            Signature s = Signature.getInstance(PackageFormat.SIGNATURE_ALGORITHM);
            s.initSign(privateKey);
            s.update(bytes);
            return (Base64.getEncoder().encodeToString(s.sign()) + "\n").getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the package key: " + e.getMessage(), e);
        }
    }
}
