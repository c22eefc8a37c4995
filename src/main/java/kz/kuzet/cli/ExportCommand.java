package kz.kuzet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.packages.PackagePlaces;
import kz.kuzet.packages.export.ExportReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Exports a record as a signed offline package (.kzp): the record, detections with raw text, timeline, "
                + "notices as PDFs, follow-up, annex rows, audit entries and a STIX 2.1 bundle.",
        "Signed with this installation's package key (created on first use; see 'kuzet trust own-key')."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "RECORD_ID", description = "The record to export.")
    long recordId;
    @Option(names = "--out", required = true, paramLabel = "FILE.kzp", description = "The package file to write.")
    Path out;
    @Option(names = "--json", description = "Print the receipt as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PackagePlaces places = PackageEnv.places(root);
        try (Kuzet kuzet = root.open()) {
            ExportReceipt r = kuzet.packages().export(root.logIn(kuzet), recordId, out,
                    places.keyStore().loadOrCreate(places.organisation()));
            PrintWriter w = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", r.file().toString());
                m.put("record_id", r.recordId());
                m.put("record_key", r.recordKey());
                m.put("package_id", r.packageId());
                m.put("entries", r.entries());
                m.put("bytes", r.bytes());
                m.put("manifest_sha256", r.manifestSha256());
                m.put("signer", r.signer());
                m.put("signer_fingerprint", r.signerFingerprint());
                w.println(Json.write(m));
            } else {
                w.printf("Exported record %d to %s: %d entries, %,d bytes, signed by %s (key %s).%n", r.recordId(),
                        r.file(), r.entries(), r.bytes(), r.signer(), r.signerFingerprint());
            }
            w.flush();
            return 0;
        }
    }
}
