package kz.kuzet.packages;

import java.nio.file.Path;
import java.util.Map;
import kz.kuzet.packages.sign.SigningKeyStore;
import kz.kuzet.packages.trust.TrustList;

/**
 * Where this machine keeps its package key and trust list: the user's data folder, unless configured with
 * {@code KUZET_PACKAGE_KEY} (the key file) and {@code KUZET_TRUST_DIR} (the trusted keys' folder).
 */
public record PackagePlaces(Path keyFile, Path trustFolder, String organisation) {

    public static PackagePlaces resolve(Map<String, String> env, Path dataFolder) {
        String key = env.get("KUZET_PACKAGE_KEY");
        String trust = env.get("KUZET_TRUST_DIR");
        String org = env.get("KUZET_ORGANISATION");
        return new PackagePlaces(key != null && !key.isBlank() ? Path.of(key)
                        : dataFolder.resolve(SigningKeyStore.FILE_NAME),
                trust != null && !trust.isBlank() ? Path.of(trust) : dataFolder.resolve(TrustList.FOLDER_NAME),
                org != null && !org.isBlank() ? org.strip() : SigningKeyStore.DEFAULT_ORGANISATION);
    }

    public SigningKeyStore keyStore() {
        return new SigningKeyStore(keyFile);
    }

    public TrustList trustList() {
        return TrustList.load(trustFolder);
    }
}
