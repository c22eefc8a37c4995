package kz.kuzet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Permission;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.notice.NoticeLanguage;
import kz.kuzet.notice.NoticeService;
import kz.kuzet.notice.Signer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "notice", description = {"Makes a formal notice about a record (PDF, registered number) and "
        + "optionally e-mails it.", "Language: the global --lang kk|ru, or --both for Kazakh then Russian; without "
        + "them, the language stored for the recipient (kuzet notice-settings), else your system's kk or ru."})
final class NoticeCommand implements Callable<Integer> {

    enum Kind {
        sb(NoticeKind.SB), knb(NoticeKind.KNB), recommendation(NoticeKind.RECOMMENDATION),
        escalation(NoticeKind.ESCALATION);

        final NoticeKind kind;

        Kind(NoticeKind kind) {
            this.kind = kind;
        }
    }

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--record", required = true, paramLabel = "ID", description = "The record's number.")
    long recordId;
    @Option(names = "--kind", required = true, paramLabel = "sb|knb|recommendation|escalation",
            description = "Which notice: to the state body, to KNB, recommendations, or escalation.")
    Kind kind;
    @Option(names = "--both", description = "Kazakh and Russian, one after the other, in one document.")
    boolean both;
    @Option(names = "--send", description = "E-mail it now to the recipient's notice contact (SMTP settings).")
    boolean send;
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to save the PDF.")
    Path out;
    @Option(names = "--signer-name", description = "Who signs (default: your profile's full name, else the "
            + "setting notice.signer.name).")
    String signerName;
    @Option(names = "--signer-position", description = "The signer's position (default: your profile's position, "
            + "else notice.signer.position).")
    String signerPosition;
    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Kuzet kuzet = root.open()) {
            NoticeService notices = kuzet.notices();
            Actor user = root.logIn(kuzet);
            NoticeLanguage language = language(notices, user);
            Signer signer = signerName != null || signerPosition != null
                    ? new Signer(signerName, signerPosition) : null;
            if (send) {
                kuzet.access().require(user, Permission.NOTICE_SEND);
            }
            NoticeService.Created created = notices.create(user, recordId, kind.kind, language, signer);
            write(created.pdf());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("notice_id", created.noticeId());
            result.put("registration_number", created.registrationNumber());
            result.put("language", language.code());
            result.put("file", out.toAbsolutePath().toString());
            result.put("sha256", created.sha256());
            NoticeService.SendResult sent = send ? notices.send(user, created.noticeId()) : null;
            if (sent != null) {
                result.put("sent", sent.outcome() == NoticeService.Outcome.SENT);
                result.put("sent_at", sent.sentAt() == null ? null : sent.sentAt().toString());
                result.put("error", sent.error());
            }
            PrintWriter w = spec.commandLine().getOut();
            if (json) {
                w.println(Json.write(result));
            } else {
                w.printf("Notice %s made for record %d, saved to %s%n", created.registrationNumber(), recordId, out);
                if (sent != null && sent.outcome() == NoticeService.Outcome.SENT) {
                    w.printf("Sent by e-mail at %s%n", sent.sentAt());
                } else if (send && sent == null) {
                    w.println("Another workstation is sending it at this moment; `kuzet outbox` shows whether it"
                            + " went.");
                }
            }
            w.flush();
            if (sent != null && sent.outcome() != NoticeService.Outcome.SENT) {
                throw new CommandFailure("notice " + created.registrationNumber() + " is saved but NOT sent ("
                        + sent.error() + "); it waits in the outbox, retried from " + sent.nextAttemptAt()
                        + " by `kuzet outbox --retry` or the console.");
            }
            return 0;
        }
    }

    /** --both, else an explicit --lang, else the recipient's stored language, else the system's kk or ru. */
    private NoticeLanguage language(NoticeService notices, Actor user) {
        if (both) {
            return NoticeLanguage.BOTH;
        }
        if (root.language != null) {
            return documentLanguage(root.language);
        }
        NoticeLanguage stored = notices.preferredLanguage(user, recordId, kind.kind, null);
        return stored != null ? stored : documentLanguage(root.language());
    }

    private NoticeLanguage documentLanguage(String given) {
        String l = given.toLowerCase(Locale.ROOT);
        if (!l.equals("kk") && !l.equals("ru")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Notices go out in Kazakh or Russian: give --lang kk or --lang ru (or --both), or store the "
                            + "recipient's language with `kuzet notice-settings`.");
        }
        return NoticeLanguage.of(l);
    }

    private void write(byte[] pdf) {
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
