package kz.kuzet.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.RegistryService.BodySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bodies", description = "Lists the state bodies under monitoring.")
final class BodiesCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Kuzet kuzet = root.open()) {
            List<BodySummary> bodies = kuzet.registry().listBodies(root.logIn(kuzet));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(bodies.stream().map(BodiesCommand::toJson).toList()));
            } else {
                String lang = root.language();
                out.printf("%-10s %-10s %8s %8s  %s%n", "CODE", "KIND", "OBJECTS", "SENSORS", "NAME");
                for (BodySummary b : bodies) {
                    out.printf("%-10s %-10s %,8d %,8d  %s%n", b.code(), b.kind(), b.objects(), b.sensors(),
                            "kk".equals(lang) ? b.nameKk() : b.nameRu());
                }
            }
            out.flush();
            return 0;
        }
    }

    private static Map<String, Object> toJson(BodySummary b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("code", b.code());
        m.put("name_kk", b.nameKk());
        m.put("name_ru", b.nameRu());
        m.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("notice_email", b.contactEmail());
        m.put("objects", b.objects());
        m.put("sensors", b.sensors());
        return m;
    }
}
