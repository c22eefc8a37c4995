package kz.kuzet.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.notice.NoticeService;
import kz.kuzet.notice.OutboxMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "outbox", description = "Lists notices waiting to be e-mailed; --retry sends those that are due.")
final class OutboxCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--retry", description = "Try again every message whose next attempt is due.")
    boolean retry;

    @Override
    public Integer call() {
        try (Kuzet kuzet = root.open()) {
            Actor user = root.logIn(kuzet);
            PrintWriter out = spec.commandLine().getOut();
            if (retry) {
                NoticeService.RetryResult r = kuzet.notices().retryDue(user);
                out.printf("Due %d, sent %d, failed %d%n", r.due(), r.sent(), r.failed());
                r.errors().forEach(e -> out.println("  " + e));
            }
            for (OutboxMessage m : kuzet.notices().pendingOutbox(user)) {
                out.printf("%-12s to %s, attempts %d, next %s%s%n", m.getNotice().getRegistrationNumber(),
                        m.getRecipients(), m.getAttempts(), m.getNextAttemptAt(),
                        m.getLastError() == null ? "" : " — " + m.getLastError());
            }
            out.flush();
            return 0;
        }
    }
}
