package kz.kuzet.cli;

import kz.kuzet.ingest.parse.Format;
import picocli.CommandLine;

/** Reads {@code --format} names; an unknown name is bad usage (exit 2) listing the known ones. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        try {
            return Format.fromId(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
