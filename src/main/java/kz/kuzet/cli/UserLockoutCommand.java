package kz.kuzet.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.security.LockoutPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "lockout", description = "Shows the log-in lock-out: how many"
        + " wrong passwords in a row lock an account, and for how long; with options, changes it (administrators;"
        + " audited).")
final class UserLockoutCommand implements Callable<Integer> {
    @ParentCommand
    UserCommand parent;
    @Spec
    CommandSpec spec;
    @Option(names = "--max-failures", paramLabel = "N", description = "Wrong passwords in a row that lock (1–100).")
    Integer maxFailures;
    @Option(names = "--minutes", paramLabel = "M", description = "How long the lock lasts (1 minute to 7 days).")
    Long minutes;
    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Kuzet kuzet = parent.root.open()) {
            Actor actor = parent.root.logIn(kuzet);
            LockoutPolicy policy = kuzet.users().lockoutPolicy();
            if (maxFailures != null || minutes != null) {
                policy = kuzet.users().setLockoutPolicy(actor, new LockoutPolicy(
                        maxFailures == null ? policy.maxFailures() : maxFailures,
                        minutes == null ? policy.lockDuration() : Duration.ofMinutes(minutes)));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("max_failures", policy.maxFailures());
                m.put("lock_minutes", policy.lockDuration().toMinutes());
                out.println(Json.write(m));
            } else {
                out.printf("%d wrong passwords in a row lock an account for %d minutes.%n", policy.maxFailures(),
                        policy.lockDuration().toMinutes());
            }
            out.flush();
            return 0;
        }
    }
}
