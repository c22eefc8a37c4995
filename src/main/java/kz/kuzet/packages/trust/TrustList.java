package kz.kuzet.packages.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The public keys whose packages this machine accepts. On disk a folder with one file per organisation,
 * {@code NAME.pub}, holding the key in Base64 (lines starting with {@code #} are comments). The folder is the
 * user's {@code trusted-keys} folder unless configured otherwise ({@code KUZET_TRUST_DIR}).
 */
public final class TrustList {

    public static final String FOLDER_NAME = "trusted-keys";
    public static final String FILE_SUFFIX = ".pub";

    private final List<TrustedKey> keys;

    private TrustList(List<TrustedKey> keys) {
        this.keys = List.copyOf(keys);
    }

    public static TrustList of(TrustedKey... keys) {
        return new TrustList(Arrays.asList(keys));
    }

    public static TrustList empty() {
        return new TrustList(List.of());
    }

    /** Reads every {@code *.pub} file of the folder; a missing folder is an empty list. */
    public static TrustList load(Path folder) {
        if (!Files.isDirectory(folder)) {
            return empty();
        }
        List<TrustedKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(FILE_SUFFIX))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                keys.add(new TrustedKey(nameOf(f), read(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trusted keys in " + folder + ": " + e.getMessage(), e);
        }
        return new TrustList(keys);
    }

    /** Reads one key file: Base64 of the X.509 key, comment lines with '#' ignored. */
    public static PublicKey read(Path file) {
        try {
            String base64 = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .reduce("", String::concat);
            return PublicKeys.decode(base64);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The key file " + file + " is " + e.getMessage()
                    + ". Ask its owner for the file 'kuzet trust own-key' writes.", e);
        }
    }

    /** Writes a key file in the format {@link #read} reads. */
    public static void write(Path file, String name, PublicKey key) throws IOException {
        kz.kuzet.security.OwnerOnlyFiles.write(file, "# Kuzet package signing key of " + name + "\n# fingerprint "
                + PublicKeys.fingerprint(key) + "\n" + PublicKeys.encode(key) + "\n");
    }

    private static String nameOf(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - FILE_SUFFIX.length());
    }

    /** The trusted entry for exactly this key, if any. */
    public Optional<TrustedKey> find(PublicKey key) {
        return keys.stream().filter(k -> Arrays.equals(k.key().getEncoded(), key.getEncoded())).findFirst();
    }

    public List<TrustedKey> keys() {
        return keys;
    }
}
