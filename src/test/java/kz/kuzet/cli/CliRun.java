package kz.kuzet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import kz.kuzet.store.DatabaseSettings;
import picocli.CommandLine;

/** Runs {@code kuzet …} in-process against a test database as the demo shift lead, capturing what it prints. */
public record CliRun(int exit, String out, String err) {

    public static CliRun run(DatabaseSettings db, Clock clock, String... args) {
        return runAs(db, clock, "demo.lead", args);
    }

    public static CliRun runAs(DatabaseSettings db, Clock clock, String user, String... args) {
        KuzetCommand root = new KuzetCommand();
        root.clock = clock;
        root.env = java.util.Map.of("KUZET_USER", user, "KUZET_PASSWORD", kz.kuzet.security.DemoUsers.PASSWORD);
        CommandLine cl = KuzetCommand.commandLine(root);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 6];
        all[0] = "--db";
        all[1] = db.url();
        all[2] = "--db-user";
        all[3] = db.user();
        all[4] = "--db-password=" + db.password();
        all[5] = "--lang=kk";
        System.arraycopy(args, 0, all, 6, args.length);
        int exit = cl.execute(all);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
