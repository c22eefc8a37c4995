package kz.kuzet.ui.review;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/** Opens and verifies a package file; runs off the JavaFX thread and reports progress from 0 to 1. */
@FunctionalInterface
public interface PackageSource {
    PackageOpening open(Path file, DoubleConsumer progress);
}
