package kz.kuzet.packages.sign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Properties;
import kz.kuzet.packages.trust.PublicKeys;
import kz.kuzet.security.OwnerOnlyFiles;

/**
 * The organisation's package-signing key in the user's data folder ({@code package-key.properties}, owner-only):
 * created on first use, then always the same, so receivers trust it once. Another location can be configured
 * ({@code KUZET_PACKAGE_KEY}), e.g. a key shared by the center's workstations.
 */
public final class SigningKeyStore {

    public static final String FILE_NAME = "package-key.properties";
    public static final String DEFAULT_ORGANISATION = "STS";

    private final Path file;

    public SigningKeyStore(Path file) {
        this.file = file;
    }

    public static SigningKeyStore inDataFolder(Path dataFolder) {
        return new SigningKeyStore(dataFolder.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The stored key; on first use a new one, named {@code organisation}, is created and stored owner-only. */
    public synchronized SigningKey loadOrCreate(String organisation) {
        if (Files.isRegularFile(file)) {
            return load();
        }
        SigningKey key = SigningKey.generate(organisation == null || organisation.isBlank()
                ? DEFAULT_ORGANISATION : organisation.strip());
        save(key);
        return key;
    }

    public SigningKey load() {
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the package key " + file + ": " + e.getMessage(), e);
        }
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(p.getProperty("private", ""))));
            PublicKey publicKey = PublicKeys.decode(p.getProperty("public", ""));
            return new SigningKey(p.getProperty("organisation", DEFAULT_ORGANISATION), privateKey, publicKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The package key " + file + " is damaged (" + e.getMessage()
                    + "). Restore it from backup; a new key would have to be trusted again by every receiver.", e);
        }
    }

    private void save(SigningKey key) {
        Properties p = new Properties();
        p.setProperty("organisation", key.organisation());
        p.setProperty("algorithm", "Ed25519");
        p.setProperty("private", Base64.getEncoder().encodeToString(key.privateKey().getEncoded()));
        p.setProperty("public", PublicKeys.encode(key.publicKey()));
        p.setProperty("fingerprint", PublicKeys.fingerprint(key.publicKey()));
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            p.store(text, "Kuzet package-signing key. Keep it private: whoever holds it signs as this organisation.");
            OwnerOnlyFiles.write(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the package key to " + file + ": " + e.getMessage(), e);
        }
    }
}
