package kz.kuzet.cli;

import java.util.Locale;
import kz.kuzet.packages.PackagePlaces;
import kz.kuzet.store.DataFolder;

/** Where the package commands find this machine's package key and trust list (from the command's environment). */
final class PackageEnv {

    private PackageEnv() {
    }

    static PackagePlaces places(KuzetCommand root) {
        return PackagePlaces.resolve(root.env, DataFolder.resolve(root.env, System.getProperty("os.name", ""),
                System.getProperty("user.home")));
    }

    static Locale locale(KuzetCommand root) {
        return Locale.forLanguageTag(root.language());
    }
}
