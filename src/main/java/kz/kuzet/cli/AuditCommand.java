package kz.kuzet.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.AuditFilter;
import kz.kuzet.security.AuditRow;
import kz.kuzet.security.AuditVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "audit", description = "The audit trail: verify its hash chain, list entries (auditors, administrators).",
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListEntries.class})
final class AuditCommand {

    @ParentCommand
    KuzetCommand root;

    @Command(mixinStandardHelpOptions = true, name = "verify", description = {
            "Walks the hash chain and reports the first edited, deleted, inserted or re-ordered entry.",
            "Exit code 0 when the chain is intact, 1 when it is not."})
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print {\"valid\", \"entries\", \"first_bad\", \"reason\", \"head_hash\"}.")
        boolean json;
        @Option(names = "--anchor", paramLabel = "SEQ:HASH", description = {"Also check that entry SEQ still has "
                + "HASH, as printed by an earlier verify and kept outside the database.",
                "This catches the newest entries removed or rewritten together with the chain's head."})
        String anchor;

        @Override
        public Integer call() {
            AuditVerifier.Anchor a;
            try {
                a = anchor == null ? null : AuditVerifier.Anchor.parse(anchor);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--anchor: " + e.getMessage());
            }
            try (Kuzet kuzet = parent.root.open()) {
                AuditVerifier.Result r = kuzet.auditVerifier().verify(parent.root.logIn(kuzet), a);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("valid", r.valid());
                    m.put("entries", r.entries());
                    m.put("first_bad", r.firstBad());
                    m.put("reason", r.reason());
                    m.put("head_hash", r.headHash());
                    out.println(Json.write(m));
                } else if (r.valid()) {
                    out.printf("Audit trail intact: %,d entries; anchor for later checks: %d:%s%n", r.entries(),
                            r.entries(), r.headHash());
                } else {
                    out.printf("AUDIT TRAIL BROKEN at entry %d: %s (%,d entries read).%n", r.firstBad(), r.reason(),
                            r.entries());
                }
                out.flush();
                return r.valid() ? 0 : 1;
            }
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "list", description = {"Lists audit entries, oldest first (the newest --limit of them).",
            "The filter on who acted is --actor: --user is the global log-in option.",
            "With --record, also the record's entries that came with an imported package: they are in no local chain "
                    + "(seq and hash null) and carry \"origin\" (package, signer, when imported, the origin chain's "
                    + "seq and hash); local entries have \"origin\": null."})
    static final class ListEntries implements Callable<Integer> {
        @ParentCommand
        AuditCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = {"--actor", "--by"}, paramLabel = "USER", description = "Only entries by this user.")
        String actor;
        @Option(names = "--record", paramLabel = "ID", description = "Only entries about this record.")
        Long record;
        @Option(names = "--action", paramLabel = "A",
                description = "Only this action or those under it (login matches login.ok, login.failed).")
        String action;
        @Option(names = "--since", paramLabel = "T", description = "From this instant (inclusive).")
        String since;
        @Option(names = "--until", paramLabel = "T", description = "Up to this instant (exclusive).")
        String until;
        @Option(names = "--limit", defaultValue = "1000", description = "At most this many (default ${DEFAULT-VALUE}).")
        int limit;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            AuditFilter filter;
            try {
                filter = new AuditFilter(actor, record, action, instant("--since", since), instant("--until", until),
                        limit);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            try (Kuzet kuzet = parent.root.open()) {
                List<AuditRow> rows = kuzet.auditQueries().listWithImported(parent.root.logIn(kuzet), filter);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(rows.stream().map(AuditCommand::toJson).toList()));
                } else {
                    out.printf("%7s %-26s %-24s %-18s %-8s %s%n", "SEQ", "AT", "ACTOR", "ACTION", "RECORD", "DETAILS");
                    for (AuditRow r : rows) {
                        out.printf("%7s %-26s %-24s %-18s %-8s %s%s%n", r.imported() ? "-" : r.seq(),
                                Instants.display(r.at()), printable(r.actor()), printable(r.action()),
                                r.recordId() == null ? "-" : r.recordId(), imported(r), printable(r.after()));
                    }
                }
                out.flush();
                return 0;
            }
        }

        private Instant instant(String option, String text) {
            if (text == null) {
                return null;
            }
            try {
                return Instants.parse(text);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
            }
        }
    }

    /** Text for a terminal: control characters (escape sequences, line breaks) from recorded data shown as '?'. */
    static String printable(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    }

    private static String imported(AuditRow r) {
        return r.imported() ? "[imported: signed by " + printable(r.origin().signer()) + ", imported "
                + Instants.display(r.origin().importedAt()) + "] " : "";
    }

    static Map<String, Object> toJson(AuditRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", r.seq());
        m.put("at", r.at().toString());
        m.put("actor", r.actor());
        m.put("action", r.action());
        m.put("entity", r.entity());
        m.put("entity_id", r.entityId());
        m.put("record_id", r.recordId());
        m.put("before", r.before());
        m.put("after", r.after());
        m.put("hash", r.hash());
        m.put("origin", r.imported() ? origin(r.origin()) : null);
        return m;
    }

    private static Map<String, Object> origin(AuditRow.Origin o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("package", o.packageId());
        m.put("signer", o.signer());
        m.put("signer_fingerprint", o.signerFingerprint());
        m.put("exported_at", o.exportedAt().toString());
        m.put("imported_at", o.importedAt().toString());
        m.put("imported_by", o.importedBy());
        m.put("record_id", o.originRecordId());
        m.put("seq", o.seq());
        m.put("prev_hash", o.prevHash());
        m.put("hash", o.hash());
        return m;
    }
}
