package kz.kuzet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.demo.DemoWorld;
import kz.kuzet.security.AccessPolicy;
import kz.kuzet.security.Permission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "Fills an empty database with a realistic, deterministic demo world.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--seed", defaultValue = "229", description = "Seed of the world (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--size", defaultValue = "STANDARD", description = "SMALL or STANDARD (default ${DEFAULT-VALUE}).")
    DemoWorld.Size size;
    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Kuzet kuzet = root.open()) {
            if (!DemoWorld.isEmpty(kuzet)) {
                throw new CommandFailure("The database already holds data; demo data goes only into an empty "
                        + "database. Point --db at a new database.");
            }
            if (!kuzet.users().needsFirstAdministrator()) {
                AccessPolicy.require(root.logIn(kuzet), Permission.DEMO_LOAD);
            }
            DemoWorld.Summary s = new DemoWorld(kuzet, seed, size).load();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(s));
            } else {
                out.printf("Demo world %d loaded: %d state bodies, %,d objects, %d sensors, %,d detections, "
                        + "%,d records, %,d notices, %d quarterly annexes, %d work orders, %d coordinator's activities.%n",
                        seed, s.bodies(), s.objects(), s.sensors(), s.detections(), s.records(), s.notices(),
                        s.annexes(), s.workOrders(), s.activities());
            }
            out.flush();
            return 0;
        }
    }
}
