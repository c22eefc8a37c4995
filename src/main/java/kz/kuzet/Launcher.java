package kz.kuzet;

import kz.kuzet.cli.KuzetCommand;

/**
 * The program's entry point. It is not a JavaFX Application on purpose: that lets the console start from a
 * plain class path, and every command run headless with no display.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(KuzetCommand.run(args));
    }
}
