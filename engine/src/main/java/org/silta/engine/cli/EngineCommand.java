package org.silta.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The engine's subcommands of {@code bin/silta}. Bad input exits with code 2 and one line on stderr. */
@Command(name = "silta", mixinStandardHelpOptions = true,
        description = "Silta's optimisation and language engine.",
        subcommands = {ScheduleCommand.class, RecommendCommand.class, GroupsCommand.class})
public final class EngineCommand implements Runnable {

    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        var commandLine = new CommandLine(new EngineCommand());
        commandLine.setExecutionExceptionHandler((error, line, parsed) -> {
            if (error instanceof InputError) {
                line.getErr().println(error.getMessage());
                return BAD_INPUT;
            }
            throw error;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
