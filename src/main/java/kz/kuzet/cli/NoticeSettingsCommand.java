package kz.kuzet.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.notice.NoticeSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "notice-settings", description = {"Shows or sets the SMTP and notice settings shared by all "
        + "workstations:", "smtp.host, smtp.port, smtp.security (none|starttls|tls), smtp.user, smtp.password, "
        + "smtp.from, smtp.trust, notice.knb.email, notice.authority.email, notice.signer.name, notice.signer.position."})
final class NoticeSettingsCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Set a setting (repeatable).")
    Map<String, String> set = new TreeMap<>();

    @Override
    public Integer call() {
        for (String name : set.keySet()) {
            if (!name.startsWith("smtp.") && !name.startsWith("notice.")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "'" + name + "' is not a notice or SMTP setting (they start with smtp. or notice.).");
            }
        }
        try (Kuzet kuzet = root.open()) {
            NoticeSettings settings = kuzet.notices().settings();
            Actor user = root.logIn(kuzet);
            set.forEach((name, value) -> settings.put(user, name, value));
            PrintWriter out = spec.commandLine().getOut();
            settings.shown(user).forEach((name, value) -> out.printf("%-24s %s%n", name, value));
            out.flush();
            return 0;
        }
    }
}
