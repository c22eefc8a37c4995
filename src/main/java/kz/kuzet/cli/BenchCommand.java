package kz.kuzet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "bench", description = "Benchmarks that print figures.",
        subcommands = {BenchUiCommand.class, CommandLine.HelpCommand.class})
final class BenchCommand {
}
