package kz.kuzet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.packages.importing.EarlierImport;
import kz.kuzet.packages.importing.ImportReceipt;
import kz.kuzet.packages.importing.ImportRefused;
import kz.kuzet.packages.read.PackageRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, description = {
        "Verifies an offline package, then imports its record into this database with its detections, notices, "
                + "follow-up and the origin's audit entries (kept apart, marked with their origin).",
        "Importing the same record again adds nothing. The state body (by code) and the affected objects must "
                + "already be in this database's registry."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE.kzp")
    Path file;
    @Option(names = "--json", description = "Print the receipt as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Kuzet kuzet = root.open()) {
            ImportReceipt r;
            try {
                r = kuzet.packages().importPackage(root.logIn(kuzet), file, PackageEnv.places(root).trustList());
            } catch (PackageRefused e) {
                throw new CommandFailure("Package refused (" + e.reason().code() + "): "
                        + e.message(PackageEnv.locale(root)));
            } catch (ImportRefused e) {
                throw new CommandFailure(e.message(PackageEnv.locale(root)));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("added", r.added());
                m.put("record_id", r.recordId());
                m.put("record_key", r.recordKey());
                m.put("signer", r.signer());
                m.put("detections", r.detections());
                m.put("notices", r.notices());
                m.put("recommendations", r.recommendations());
                m.put("measures", r.measures());
                m.put("dispatches", r.dispatches());
                m.put("reports", r.reports());
                m.put("audit_entries", r.auditEntries());
                m.put("relayed_audit_entries", r.relayedAuditEntries());
                m.put("earlier", r.earlier() == null ? null : earlier(r.earlier()));
                out.println(Json.write(m));
            } else if (r.added()) {
                out.printf("Imported record %s as record %d: %d detections, %d notices, %d recommendations, "
                        + "%d measures, %d dispatches, %d reports, %d origin audit entries, %d audit entries it had "
                        + "imported itself.%n", r.recordKey(), r.recordId(), r.detections(), r.notices(),
                        r.recommendations(), r.measures(), r.dispatches(), r.reports(), r.auditEntries(),
                        r.relayedAuditEntries());
            } else {
                out.println(r.earlier().message(PackageEnv.locale(root)));
            }
            out.flush();
            return 0;
        }
    }

    private Map<String, Object> earlier(EarlierImport e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("repeat", e.repeat().name().toLowerCase(Locale.ROOT));
        m.put("package_id", e.packageId());
        m.put("exported_at", e.exportedAt().toString());
        m.put("imported_at", e.importedAt().toString());
        m.put("imported_by", e.importedBy());
        m.put("this_exported_at", e.thisExportedAt().toString());
        m.put("message", e.message(PackageEnv.locale(root)));
        return m;
    }
}
