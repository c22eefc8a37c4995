package kz.kuzet.ui.review;

import java.nio.file.Path;
import java.util.Map;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.store.DataFolder;

/** Where this machine's trusted package keys are: {@code KUZET_TRUST_DIR}, else the data folder's trusted-keys. */
public final class TrustFolder {

    private TrustFolder() {
    }

    public static Path resolve(Map<String, String> env) {
        String given = env.get("KUZET_TRUST_DIR");
        return given != null && !given.isBlank() ? Path.of(given) : DataFolder.current().resolve(TrustList.FOLDER_NAME);
    }

    /** A source reading the trust list afresh at each opening. */
    public static PackageSource source(Map<String, String> env, String language) {
        return new PackageReaderSource(() -> TrustList.load(resolve(env)), language);
    }
}
