package kz.kuzet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import picocli.CommandLine;

/** Runs the real command line in-process, with a chosen clock, capturing what it prints. */
final class Cli {

    record Result(int exit, String out, String err) {
    }

    static Result run(Clock clock, String... args) {
        KuzetCommand root = new KuzetCommand();
        root.clock = clock;
        CommandLine cl = KuzetCommand.commandLine(root);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
