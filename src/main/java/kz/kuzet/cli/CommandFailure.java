package kz.kuzet.cli;

/** A command could not do what was asked; the message says why and what to do. Exit code 1. */
public class CommandFailure extends RuntimeException {
    public CommandFailure(String message) {
        super(message);
    }
}
