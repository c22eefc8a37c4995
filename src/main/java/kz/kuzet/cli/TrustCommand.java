package kz.kuzet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.ZipFile;
import kz.kuzet.packages.Manifest;
import kz.kuzet.packages.PackageFormat;
import kz.kuzet.packages.PackageJson;
import kz.kuzet.packages.PackagePlaces;
import kz.kuzet.packages.sign.SigningKey;
import kz.kuzet.packages.trust.PublicKeys;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.packages.trust.TrustedKey;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "trust", mixinStandardHelpOptions = true, description = {
        "The package keys this computer trusts (folder KUZET_TRUST_DIR, default 'trusted-keys' in the data folder), "
                + "and this installation's own package key."},
        subcommands = {TrustCommand.Add.class, TrustCommand.ListKeys.class, TrustCommand.Remove.class,
                TrustCommand.OwnKey.class})
final class TrustCommand {

    @ParentCommand
    KuzetCommand root;

    static String checkedName(String name) {
        if (name == null || !name.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,79}")) {
            throw new CommandFailure("'" + name + "' cannot name a trusted key: use letters, digits, spaces, '.', "
                    + "'_' or '-' (up to 80), starting with a letter or digit.");
        }
        return name.strip();
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {
            "Trusts a public key under a name. Confirm its fingerprint with its owner (by phone) first."})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        TrustCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME", description = "Who the key belongs to, e.g. 'STS Astana'.")
        String name;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        static final class Source {
            @Option(names = "--key", paramLabel = "FILE.pub", description = "A key file ('kuzet trust own-key --out').")
            Path keyFile;
            @Option(names = "--from-package", paramLabel = "FILE.kzp", description = "The key a package was signed with.")
            Path packageFile;
        }

        @Override
        public Integer call() throws IOException {
            String n = checkedName(name);
            PublicKey key = source.keyFile != null ? readKey(source.keyFile) : keyOfPackage(source.packageFile);
            PackagePlaces places = PackageEnv.places(parent.root);
            TrustList current = places.trustList();
            var same = current.find(key);
            if (same.isPresent()) {
                throw new CommandFailure("This key is already trusted as '" + same.get().name() + "'.");
            }
            Path file = places.trustFolder().resolve(n + TrustList.FILE_SUFFIX);
            if (Files.exists(file)) {
                throw new CommandFailure("A key named '" + n + "' is already trusted: remove it first, or choose "
                        + "another name.");
            }
            Files.createDirectories(places.trustFolder());
            TrustList.write(file, n, key);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Trusted '%s', key fingerprint %s.%n", n, PublicKeys.fingerprint(key));
            out.flush();
            return 0;
        }

        private static PublicKey readKey(Path file) {
            try {
                return TrustList.read(file);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new CommandFailure(e.getMessage());
            }
        }

        /** The signer's key as the package's manifest states it (the package is not trusted yet, so not verified). */
        private static PublicKey keyOfPackage(Path file) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                var entry = zip.getEntry(PackageFormat.MANIFEST);
                if (entry == null || entry.getSize() > 4L << 20) {
                    throw new CommandFailure(file + " is not a Kuzet package: it has no manifest.");
                }
                try (var in = zip.getInputStream(entry)) {
                    Manifest m = PackageJson.MAPPER.readValue(in.readNBytes(4 << 20), Manifest.class);
                    return PublicKeys.decode(m.signer().publicKey());
                }
            } catch (IOException | IllegalArgumentException | NullPointerException e) {
                throw new CommandFailure("Cannot read the signer's key from " + file + ": " + e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the trusted keys.")
    static final class ListKeys implements Callable<Integer> {
        @ParentCommand
        TrustCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print [{\"name\", \"fingerprint\"}].")
        boolean json;

        @Override
        public Integer call() {
            List<TrustedKey> keys;
            try {
                keys = PackageEnv.places(parent.root).trustList().keys();
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new CommandFailure(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(keys.stream().map(k -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", k.name());
                    m.put("fingerprint", k.fingerprint());
                    return m;
                }).toList()));
            } else if (keys.isEmpty()) {
                out.println("No trusted keys yet: add one with 'kuzet trust add NAME --key FILE.pub'.");
            } else {
                keys.forEach(k -> out.printf("%-30s %s%n", k.name(), k.fingerprint()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stops trusting a key.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        TrustCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws IOException {
            Path file = PackageEnv.places(parent.root).trustFolder().resolve(checkedName(name) + TrustList.FILE_SUFFIX);
            if (!Files.deleteIfExists(file)) {
                throw new CommandFailure("No trusted key is named '" + name + "': see 'kuzet trust list'.");
            }
            spec.commandLine().getOut().printf("No longer trusted: '%s'.%n", name);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "own-key", mixinStandardHelpOptions = true, description = {
            "Shows this installation's package key (created on first use), or writes its public part to a file "
                    + "for receivers to trust."})
    static final class OwnKey implements Callable<Integer> {
        @ParentCommand
        TrustCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--out", paramLabel = "FILE.pub", description = "Write the public key to this file.")
        Path out;

        @Override
        public Integer call() throws IOException {
            PackagePlaces places = PackageEnv.places(parent.root);
            SigningKey key = places.keyStore().loadOrCreate(places.organisation());
            PrintWriter w = spec.commandLine().getOut();
            if (out != null) {
                TrustList.write(out, key.organisation(), key.publicKey());
                w.printf("Wrote the public key of '%s' to %s.%n", key.organisation(), out);
            }
            w.printf("Organisation: %s%nFingerprint:  %s%nPublic key:   %s%n", key.organisation(),
                    PublicKeys.fingerprint(key.publicKey()), PublicKeys.encode(key.publicKey()));
            w.flush();
            return 0;
        }
    }
}
