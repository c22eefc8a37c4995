package kz.kuzet.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.notice.NoticeLanguage;
import kz.kuzet.notice.NoticeSettings;
import kz.kuzet.notice.RecipientLanguages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "notice-settings", description = {"Shows or sets the SMTP and notice settings shared by all "
        + "workstations:", "smtp.host, smtp.port, smtp.security (none|starttls|tls), smtp.user, smtp.password, "
        + "smtp.from, smtp.trust, smtp.truststore, smtp.truststore.password, notice.knb.email, notice.authority.email, "
        + "notice.knb.language, notice.authority.language (kk|ru|both), notice.signer.name, notice.signer.position.",
        "--body-language CODE=kk|ru|both stores the language a state body reads its notices in ('none' clears it)."})
final class NoticeSettingsCommand implements Callable<Integer> {

    @ParentCommand
    KuzetCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Set a setting (repeatable).")
    Map<String, String> set = new TreeMap<>();
    @Option(names = "--body-language", paramLabel = "CODE=kk|ru|both|none",
            description = "The language the state body with this code reads notices in (repeatable).")
    Map<String, String> bodyLanguages = new TreeMap<>();

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
            RecipientLanguages languages = kuzet.notices().languages();
            bodyLanguages.forEach((code, value) -> languages.setForBody(user, code,
                    value.equalsIgnoreCase("none") ? null : NoticeLanguage.of(value)));
            PrintWriter out = spec.commandLine().getOut();
            settings.shown(user).forEach((name, value) -> out.printf("%-24s %s%n", name, value));
            languages.bodies(user).forEach(b -> out.printf("%-24s %s%n", "body " + b.bodyCode() + " language",
                    b.language().code()));
            out.flush();
            return 0;
        }
    }
}
