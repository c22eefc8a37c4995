package kz.kuzet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.store.DatabaseSettings;
import kz.kuzet.ui.bench.UiBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ui", description = "Opens the console headless over many detections and records; prints the "
        + "first paint of each queue, sort and filter times and the CPU share of ticking.")
final class BenchUiCommand implements Callable<Integer> {

    @ParentCommand
    BenchCommand bench;
    @Spec
    CommandSpec spec;
    @Option(names = "--detections", defaultValue = "100000", description = "New detections (default ${DEFAULT-VALUE}).")
    int detections;
    @Option(names = "--records", defaultValue = "20000", description = "Open records (default ${DEFAULT-VALUE}).")
    int records;
    @Option(names = "--tick-seconds", defaultValue = "10", description = "How long to measure ticking (default ${DEFAULT-VALUE}).")
    int tickSeconds;

    @Override
    public Integer call() throws Exception {
        KuzetCommand root = bench.root;
        DatabaseSettings settings = root.dbUrl != null ? root.databaseSettings()
                : DatabaseSettings.inMemory("kuzet_bench_" + System.nanoTime());
        UiBench.useHeadlessPlatform();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("kuzet bench ui: %,d new detections, %,d open records, database %s%n", detections, records,
                settings.redactedUrl());
        out.flush();
        try (Kuzet kuzet = Kuzet.open(settings, root.clock)) {
            if (root.dbUrl != null && !kz.kuzet.demo.DemoWorld.isEmpty(kuzet)) {
                throw new CommandFailure("The benchmark fills the database with made-up data: point --db at an "
                        + "empty database, or leave --db out to use one in memory.");
            }
            List<UiBench.Figure> figures = new UiBench(kuzet, detections, records, tickSeconds).run();
            UiBench.print(out, figures);
        }
        return 0;
    }
}
