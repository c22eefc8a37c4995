package kz.kuzet.ui;

import kz.kuzet.app.Kuzet;
import kz.kuzet.demo.DemoWorld;

/**
 * What the console does before its first screen: open the database and, on a new embedded one with nobody in it
 * (no first-run wizard filled it), load demo data.
 */
final class ConsoleStartup {
    private ConsoleStartup() {
    }

    static Kuzet open(ConsoleLauncher.StartOptions options) {
        Kuzet kuzet = Kuzet.open(options.database(), options.clock());
        try {
            if (options.database().isEmbeddedFile() && DemoWorld.isEmpty(kuzet)
                    && kuzet.users().needsFirstAdministrator()) {
                new DemoWorld(kuzet, DemoWorld.DEFAULT_SEED, DemoWorld.Size.STANDARD).load();
            }
            return kuzet;
        } catch (RuntimeException e) {
            kuzet.close();
            throw e;
        }
    }
}
