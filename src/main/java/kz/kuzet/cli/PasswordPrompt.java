package kz.kuzet.cli;

import java.io.Console;

/** Asks for a password without echoing it. */
@FunctionalInterface
interface PasswordPrompt {

    /** The typed password, or null when nobody can be asked (no terminal). */
    char[] ask(String question);

    PasswordPrompt CONSOLE = question -> {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", question);
    };
}
