package kz.kuzet.ui.review;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import kz.kuzet.packages.PackagePlaces;
import kz.kuzet.packages.read.OpenedPackage;
import kz.kuzet.packages.read.PackageReader;
import kz.kuzet.packages.read.PackageRefused;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.store.DataFolder;

/** Opens packages with the package reader against this machine's trust list. */
public final class PackageReaderSource implements PackageSource {

    private final Supplier<TrustList> trust;
    private final Locale locale;

    /** {@code trust} is read at each opening, so a key added with "kuzet trust add" counts at once. */
    public PackageReaderSource(Supplier<TrustList> trust, String language) {
        this.trust = trust;
        this.locale = Locale.forLanguageTag(language);
    }

    /**
     * Reads against this machine's trust list ({@code KUZET_TRUST_DIR}, else the data folder's trusted-keys),
     * afresh at each opening.
     */
    public static PackageReaderSource trustedHere(Map<String, String> env, String language) {
        return new PackageReaderSource(() -> PackagePlaces.resolve(env, DataFolder.current()).trustList(), language);
    }

    @Override
    public PackageOpening open(Path file, DoubleConsumer progress) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            OpenedPackage opened = PackageReader.open(file, trust.get());
            progress.accept(1);
            return new PackageOpening.Opened(ReviewedPackages.of(name, opened));
        } catch (PackageRefused refused) {
            return new PackageOpening.Refused(new Refusal(name, refused.reason().code(), refused.message(locale)));
        }
    }
}
