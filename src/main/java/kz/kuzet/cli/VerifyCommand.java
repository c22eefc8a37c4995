package kz.kuzet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.packages.read.OpenedPackage;
import kz.kuzet.packages.read.PackageReader;
import kz.kuzet.packages.read.PackageRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Verifies an offline package: signature by a trusted key, every entry's SHA-256, no entries outside the "
                + "manifest, no unsafe paths, no zip bomb. Needs no database and no log-in.",
        "Exit code 0 when the package is valid, 1 when it is not."})
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE.kzp")
    Path file;
    @Option(names = "--json", description = "Print {\"valid\", \"reason\", \"message\", \"signer\", \"entries\"}.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            OpenedPackage p = PackageReader.open(file, PackageEnv.places(root).trustList());
            m.put("valid", true);
            m.put("reason", null);
            m.put("message", null);
            m.put("signer", p.signerName());
            m.put("signer_fingerprint", p.signerFingerprint());
            m.put("entries", p.entries().size());
            m.put("record_key", p.manifest().recordKey());
            m.put("title", p.detail().summary().title());
            if (!json) {
                out.printf("Package valid: record %d \"%s\" of %s, %d entries, signed by %s (key %s).%n",
                        p.manifest().originRecordId(), p.detail().summary().title(), p.record().stateBody().code(),
                        p.entries().size(), p.signerName(), p.signerFingerprint());
            }
        } catch (PackageRefused e) {
            m.put("valid", false);
            m.put("reason", e.reason().code());
            m.put("message", e.message(PackageEnv.locale(root)));
            m.put("signer", null);
            m.put("entries", null);
            if (!json) {
                out.println("PACKAGE REFUSED (" + e.reason().code() + "): " + e.message(PackageEnv.locale(root)));
            }
        }
        if (json) {
            out.println(Json.write(m));
        }
        out.flush();
        return Boolean.TRUE.equals(m.get("valid")) ? 0 : 1;
    }
}
