package kz.kuzet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.notice.Signer;
import kz.kuzet.report.Quarter;
import kz.kuzet.report.QuarterlyRenderer;
import kz.kuzet.report.QuarterlySummary;
import kz.kuzet.report.SummaryKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "Makes the regulation's reports.",
        subcommands = ReportCommand.Quarterly.class)
final class ReportCommand implements Runnable {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say which report: kuzet report quarterly …");
    }

    @Command(name = "quarterly", description = "The quarterly summary: R-13 (sts-knb) or R-14 (knb-auth), as PDF.")
    static final class Quarterly implements Callable<Integer> {

        @ParentCommand
        ReportCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--quarter", required = true, paramLabel = "YYYY-Qn", description = "E.g. 2026-Q3.")
        String quarter;
        @Option(names = "--kind", required = true, paramLabel = "sts-knb|knb-auth",
                description = "sts-knb: STS to KNB (R-13); knb-auth: KNB to the authorized body (R-14).")
        String kind;
        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to save the PDF.")
        Path out;
        @Option(names = "--signer-name", description = "Who signs (default: your profile's full name, else the "
                + "setting notice.signer.name).")
        String signerName;
        @Option(names = "--signer-position", description = "The signer's position.")
        String signerPosition;

        @Override
        public Integer call() {
            Quarter q;
            SummaryKind k;
            try {
                q = Quarter.parse(quarter);
                k = SummaryKind.of(kind);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            try (Kuzet kuzet = parent.root.open()) {
                Actor user = parent.root.logIn(kuzet);
                QuarterlySummary summary = kuzet.quarterly().compute(user, q, k);
                QuarterlyRenderer.Signer signer = signerName != null || signerPosition != null
                        ? new QuarterlyRenderer.Signer(signerName, signerPosition) : signer(kuzet, user);
                byte[] pdf = kuzet.quarterly().pdf(user, summary, parent.root.language(), signer);
                write(out, pdf);
                PrintWriter w = spec.commandLine().getOut();
                if (k == SummaryKind.KNB_AUTH) {
                    w.printf("Quarterly summary %s %s: %,d incidents over %d state bodies, saved to %s%n", q,
                            k.id(), summary.incidents(), summary.bodies().size(), out);
                } else {
                    w.printf("Quarterly summary %s %s: %,d records (%,d events, %,d incidents) over %d state"
                            + " bodies, saved to %s%n", q, k.id(), summary.records(), summary.events(),
                            summary.incidents(), summary.bodies().size(), out);
                }
                w.flush();
                return 0;
            }
        }
    }

    /** The user's own signature block, else the configured one, else none (the summary is then unsigned). */
    private static QuarterlyRenderer.Signer signer(Kuzet kuzet, Actor user) {
        try {
            Signer s = kuzet.notices().defaultSigner(user);
            return new QuarterlyRenderer.Signer(s.name(), s.position());
        } catch (IllegalStateException none) {
            return null;
        }
    }

    static void write(Path out, byte[] pdf) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
