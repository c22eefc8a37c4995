package kz.kuzet.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A named input: a file, standard input, or generated text. */
public record IngestSource(String name, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static IngestSource file(Path path) {
        return new IngestSource(path.toAbsolutePath().normalize().toString(), () -> Files.newInputStream(path));
    }
}
