package kz.kuzet.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read and write (POSIX 600), for settings that may hold credentials. The file is
 * created with those permissions, never widened afterwards, and replaced atomically so a crash leaves either the
 * old or the new content. On file systems without POSIX permissions (Windows) the user's profile folder already
 * keeps other users out.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Writes the text to the file, readable only by its owner. */
    public static void write(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        boolean posix = Files.getFileAttributeView(folder.getRoot() == null ? folder : existingAncestor(folder),
                PosixFileAttributeView.class) != null;
        if (!Files.isDirectory(folder)) {
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            } else {
                Files.createDirectories(folder);
            }
        }
        Path temp = folder.resolve("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            if (posix) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                // the umask may have narrowed the requested bits further; make them exactly 600
                Files.setPosixFilePermissions(temp, OWNER_ONLY);
            } else {
                Files.createFile(temp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Another process is writing " + file + " right now; try again.", e);
        }
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Narrows the embedded database's folder to its owner (700) and the files in it to 600, so other accounts
     * on the workstation cannot read the data or the password hashes. Does nothing for server databases or on
     * file systems without POSIX permissions.
     */
    public static void protectEmbeddedDatabase(kz.kuzet.store.DatabaseSettings settings) throws IOException {
        if (!settings.isEmbeddedFile()) {
            return;
        }
        String path = settings.url().substring("jdbc:h2:file:".length());
        int options = path.indexOf(';');
        Path folder = Path.of(options < 0 ? path : path.substring(0, options)).toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)
                || Files.getFileAttributeView(folder, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.setPosixFilePermissions(folder, OWNER_ONLY_DIR);
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(f, OWNER_ONLY);
                }
            }
        }
    }

    /** Whether only the owner may read or write the file (always true where POSIX permissions do not exist). */
    public static boolean isOwnerOnly(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return true;
        }
        return OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file));
    }

    private static Path existingAncestor(Path folder) {
        Path p = folder;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? folder.getRoot() : p;
    }
}
