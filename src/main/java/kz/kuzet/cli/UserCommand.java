package kz.kuzet.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.security.NewUser;
import kz.kuzet.security.PasswordHasher;
import kz.kuzet.security.Role;
import kz.kuzet.security.UserProfile;
import kz.kuzet.security.UserSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "user", description = "Users: add, list, unlock, enable, disable, lockout (administrators); passwd, profile.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Unlock.class,
                UserCommand.Enable.class, UserCommand.Disable.class, UserCommand.Passwd.class,
                UserCommand.Profile.class, UserLockoutCommand.class})
final class UserCommand {

    @ParentCommand
    KuzetCommand root;

    @Command(mixinStandardHelpOptions = true, name = "add", description = {
            "Adds a user. The password comes from env KUZET_NEW_PASSWORD or is asked for twice.",
            "On a database without an administrator, '--role admin' creates the first one without a log-in."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The new user's name (a-z, 0-9, '.', '_', '-').")
        String username;
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "analyst, shift_lead, coordinator, auditor or admin.")
        String role;
        @Option(names = "--body", paramLabel = "CODE", description = "A coordinator's state body (e.g. MF).")
        String body;
        @Option(names = "--name", paramLabel = "TEXT", description = "The name shown in the console.")
        String displayName;
        @Option(names = "--full-name", paramLabel = "TEXT",
                description = "Full name as printed in the signature block of the user's notices.")
        String fullName;
        @Option(names = "--position", paramLabel = "TEXT",
                description = "Position as printed in the signature block of the user's notices.")
        String position;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Role r = Role.fromId(role);
            try (Kuzet kuzet = parent.root.open()) {
                boolean firstAdmin = r == Role.ADMINISTRATOR && kuzet.users().needsFirstAdministrator();
                Actor actor = firstAdmin ? null : parent.root.logIn(kuzet);
                NewUser user = new NewUser(username, displayName, r, body, new UserProfile(fullName, position));
                char[] password = parent.root.newPassword(user.username());
                UserSummary created;
                try {
                    created = firstAdmin
                            ? kuzet.users().createFirstAdministrator(user, password)
                            : kuzet.users().create(actor, user, password);
                } finally {
                    PasswordHasher.wipe(password);
                }
                print(spec, json, created, (firstAdmin ? "First administrator " : "User ") + created.username()
                        + " (" + created.role().id() + (created.stateBodyCode() == null ? ""
                        : " for " + created.stateBodyCode()) + ") created.");
                return 0;
            }
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "list", description = "Lists the users.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Kuzet kuzet = parent.root.open()) {
                List<UserSummary> users = kuzet.users().list(parent.root.logIn(kuzet));
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(Json.write(users.stream().map(UserCommand::toJson).toList()));
                } else {
                    out.printf("%-28s %-12s %-8s %-7s %s%n", "USER", "ROLE", "BODY", "ACTIVE", "LOCKED UNTIL");
                    for (UserSummary u : users) {
                        out.printf("%-28s %-12s %-8s %-7s %s%n", u.username(), u.role().id(),
                                u.stateBodyCode() == null ? "-" : u.stateBodyCode(), u.active() ? "yes" : "no",
                                u.lockedUntil() == null ? "-" : Instants.display(u.lockedUntil()));
                    }
                }
                out.flush();
                return 0;
            }
        }
    }

    /** A change to one named user; the sub-classes say which and how it reads when done. */
    abstract static class OneUserChange implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME")
        String username;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        abstract UserSummary apply(Kuzet kuzet, kz.kuzet.security.Actor actor);

        abstract String done();

        @Override
        public Integer call() {
            try (Kuzet kuzet = parent.root.open()) {
                UserSummary u = apply(kuzet, parent.root.logIn(kuzet));
                print(spec, json, u, "User " + u.username() + " " + done() + ".");
                return 0;
            }
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "unlock", description = "Lifts a lock-out after failed log-ins.")
    static final class Unlock extends OneUserChange {
        @Override
        UserSummary apply(Kuzet kuzet, kz.kuzet.security.Actor actor) {
            return kuzet.users().unlock(actor, username);
        }

        @Override
        String done() {
            return "unlocked";
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "enable", description = "Gives a disabled user access again.")
    static final class Enable extends OneUserChange {
        @Override
        UserSummary apply(Kuzet kuzet, kz.kuzet.security.Actor actor) {
            return kuzet.users().setActive(actor, username, true);
        }

        @Override
        String done() {
            return "enabled";
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "disable", description = "Takes a user's access away (users are never deleted).")
    static final class Disable extends OneUserChange {
        @Override
        UserSummary apply(Kuzet kuzet, kz.kuzet.security.Actor actor) {
            return kuzet.users().setActive(actor, username, false);
        }

        @Override
        String done() {
            return "disabled";
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "passwd", description = {"Changes a password: your own (no NAME), or any user's as an "
            + "administrator.", "The new password comes from env KUZET_NEW_PASSWORD or is asked for twice."})
    static final class Passwd implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "0..1", paramLabel = "NAME")
        String username;

        @Override
        public Integer call() {
            try (Kuzet kuzet = parent.root.open()) {
                Actor actor = parent.root.logIn(kuzet);
                String target = username == null ? actor.name() : username;
                char[] password = parent.root.newPassword(target);
                try {
                    kuzet.users().changePassword(actor, target, password);
                } finally {
                    PasswordHasher.wipe(password);
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println("Password of " + target + " changed.");
                out.flush();
                return 0;
            }
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "profile", description = {"Sets the full name and position "
            + "printed in the signature block of notices and summaries:", "your own (no NAME), or any user's as an "
            + "administrator. An empty value clears it; a missing option leaves it as it is."})
    static final class Profile implements Callable<Integer> {
        @ParentCommand
        UserCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(arity = "0..1", paramLabel = "NAME")
        String username;
        @Option(names = "--full-name", paramLabel = "TEXT", description = "E.g. \"Нұрланов Әлібек Серікұлы\".")
        String fullName;
        @Option(names = "--position", paramLabel = "TEXT", description = "E.g. \"Кезекші ауысымның басшысы\".")
        String position;
        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            if (fullName == null && position == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Give --full-name and/or --position to set.");
            }
            try (Kuzet kuzet = parent.root.open()) {
                Actor actor = parent.root.logIn(kuzet);
                UserSummary u = kuzet.users().updateProfile(actor, username, fullName, position);
                print(spec, json, u, "Profile of " + u.username() + ": " + (u.fullName() == null ? "-" : u.fullName())
                        + ", " + (u.position() == null ? "-" : u.position()) + ".");
                return 0;
            }
        }
    }

    private static void print(CommandSpec spec, boolean json, UserSummary user, String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(toJson(user)) : text);
        out.flush();
    }

    static Map<String, Object> toJson(UserSummary u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("display_name", u.displayName());
        m.put("full_name", u.fullName());
        m.put("position", u.position());
        m.put("role", u.role().id());
        m.put("state_body", u.stateBodyCode());
        m.put("active", u.active());
        m.put("locked_until", u.lockedUntil() == null ? null : u.lockedUntil().toString());
        m.put("last_login", u.lastLoginAt() == null ? null : u.lastLoginAt().toString());
        return m;
    }
}
