package kz.kuzet.settings;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import kz.kuzet.security.OwnerOnlyFiles;

/** The console's settings file in the user's data folder ({@code console.properties}), written owner-only. */
public final class SettingsFile {

    public static final String FILE_NAME = "console.properties";

    private final Path file;

    public SettingsFile(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The saved settings; empty when there is no file yet (the console then runs its first-run wizard). */
    public Optional<ConsoleSettings> read() {
        if (!exists()) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the settings file " + file + ": " + e.getMessage(), e);
        }
        try {
            return Optional.of(new ConsoleSettings(p.getProperty("language"),
                    ConsoleSettings.DatabaseKind.valueOf(p.getProperty("database", "EMBEDDED").trim()
                            .toUpperCase(java.util.Locale.ROOT)),
                    p.getProperty("database.url"), p.getProperty("database.user")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The settings file " + file + " is not valid (" + e.getMessage()
                    + "). Fix it, or delete it to run the first-run wizard again.", e);
        }
    }

    public void write(ConsoleSettings settings) {
        Properties p = new Properties();
        p.setProperty("language", settings.language());
        p.setProperty("database", settings.databaseKind().name().toLowerCase(java.util.Locale.ROOT));
        if (settings.databaseKind() == ConsoleSettings.DatabaseKind.POSTGRESQL) {
            p.setProperty("database.url", settings.serverUrl());
            p.setProperty("database.user", settings.serverUser());
        }
        StringWriter text = new StringWriter();
        try {
            p.store(text, "Kuzet console settings. The database password is never stored here.");
            OwnerOnlyFiles.write(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the settings to " + file + ": " + e.getMessage(), e);
        }
    }
}
