package kz.kuzet.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.store.Database;
import kz.kuzet.store.TableCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "db", description = "Database: bring it to the current schema, or describe it.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Info.class})
final class DbCommand {

    @ParentCommand
    KuzetCommand root;

    @Command(name = "migrate", description = "Brings the database to the current schema.")
    static final class Migrate implements Callable<Integer> {
        @ParentCommand
        DbCommand db;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Database database = Database.connect(db.root.databaseSettings(), Kuzet.ENTITIES)) {
                String before = database.schemaVersion();
                int applied = database.migrate();
                String after = database.schemaVersion();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("from", before);
                    result.put("to", after);
                    result.put("applied", applied);
                    out.println(Json.write(result));
                } else {
                    out.printf("Schema at version %s (%d migration(s) applied, was %s).%n", after, applied,
                            before == null ? "empty" : before);
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "info", description = "Prints the engine, the schema version and row counts.")
    static final class Info implements Callable<Integer> {
        @ParentCommand
        DbCommand db;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Database database = Database.connect(db.root.databaseSettings(), Kuzet.ENTITIES)) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("engine", database.engineDescription());
                result.put("url", database.settings().redactedUrl());
                result.put("schema_version", database.schemaVersion());
                result.put("pending_migrations", database.hasPendingMigrations());
                result.put("rows", TableCounts.of(database.dataSource()));
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(result));
                } else {
                    out.printf("Engine:          %s%n", result.get("engine"));
                    out.printf("Database:        %s%n", result.get("url"));
                    out.printf("Schema version:  %s%s%n", result.get("schema_version") == null ? "none"
                            : result.get("schema_version"), database.hasPendingMigrations()
                            ? " (migrations pending: run 'kuzet db migrate')" : "");
                    @SuppressWarnings("unchecked")
                    Map<String, Long> rows = (Map<String, Long>) result.get("rows");
                    rows.forEach((table, count) -> out.printf("  %-22s %,d%n", table, count));
                }
                out.flush();
                return 0;
            }
        }
    }
}
