package kz.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

    @TempDir
    Path dir;

    @Test
    void settingsFilesAreCreatedReadableOnlyByTheirOwner() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path file = dir.resolve("new-folder").resolve("settings.properties");
        OwnerOnlyFiles.write(file, "db.password=secret\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(OwnerOnlyFiles.isOwnerOnly(file)).isTrue();
        assertThat(Files.readString(file)).isEqualTo("db.password=secret\n");
    }

    @Test
    void replacingAWorldReadableFileNarrowsItToTheOwner() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(OwnerOnlyFiles.isOwnerOnly(file)).isFalse();
        OwnerOnlyFiles.write(file, "new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void theEmbeddedDatabaseFolderIsNarrowedToItsOwnerWhenOpened() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path folder = dir.resolve("data");
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        kz.kuzet.store.DatabaseSettings settings = kz.kuzet.store.DatabaseSettings.embedded(folder);
        try (kz.kuzet.app.Kuzet kuzet = kz.kuzet.app.Kuzet.open(settings, java.time.Clock.systemUTC())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("kuzet.mv.db"))))
                    .isEqualTo("rw-------");
        }
    }
}
