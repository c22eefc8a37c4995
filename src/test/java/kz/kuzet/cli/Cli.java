package kz.kuzet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import kz.kuzet.security.DemoUsers;
import kz.kuzet.store.DatabaseSettings;
import picocli.CommandLine;

/**
 * Runs the real command line in-process, with a chosen clock, capturing what it prints. Commands on data need a
 * log-in: {@link #runAs} logs in as a demo user; an instance gives full control of the environment
 * (database, KUZET_USER, KUZET_PASSWORD, the password prompt).
 */
final class Cli {

    record Result(int exit, String out, String err) {
    }

    private final Map<String, String> env = new HashMap<>();
    private final Clock clock;
    private PasswordPrompt prompt = question -> null;

    Cli(DatabaseSettings db, Clock clock) {
        this.clock = clock;
        env.put("KUZET_DB_URL", db.url());
        env.put("KUZET_DB_USER", db.user());
        env.put("KUZET_DB_PASSWORD", db.password());
    }

    private Cli(Clock clock) {
        this.clock = clock;
    }

    /** Runs with no log-in and no database from the environment (give --db if the command needs one). */
    static Result run(Clock clock, String... args) {
        return new Cli(clock).run(args);
    }

    /** A command line with no database and no log-in in its environment, to add to with {@link #env}. */
    static Cli runAsNothing(Clock clock) {
        return new Cli(clock);
    }

    /** Runs logged in as the given demo user (see {@link DemoUsers}). */
    static Result runAs(Clock clock, String demoUser, String... args) {
        return new Cli(clock).as(demoUser, DemoUsers.PASSWORD).run(args);
    }

    Cli env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    Cli as(String user, String password) {
        return env("KUZET_USER", user).env("KUZET_PASSWORD", password);
    }

    Cli prompt(PasswordPrompt prompt) {
        this.prompt = prompt;
        return this;
    }

    Result run(String... args) {
        KuzetCommand root = new KuzetCommand();
        root.clock = clock;
        root.env = Map.copyOf(env);
        root.prompt = prompt;
        CommandLine cl = KuzetCommand.commandLine(root);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
