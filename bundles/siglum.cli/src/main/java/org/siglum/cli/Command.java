package org.siglum.cli;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One {@code siglum} command, such as {@code info} or {@code validate}. Register an implementation as an OSGi
 * service and {@code siglum NAME ...} runs it; {@code siglum --help} lists it.
 */
@ConsumerType
public interface Command {

    /**
     * Service property: the command's {@link #name()}. With it and {@link #SUMMARY_PROPERTY} the command line lists the
     * command without activating it, and activates only the command that runs (faster starts; issue 16). Without them
     * the command is activated to be named.
     */
    String NAME_PROPERTY = "siglum.command.name";

    /** Service property: the command's {@link #summary()}, as {@code siglum --help} lists it. */
    String SUMMARY_PROPERTY = "siglum.command.summary";

    /** The word that names the command on the command line, e.g. {@code info}. */
    String name();

    /** One line for {@code siglum --help}. */
    String summary();

    /** The full help: a usage line, the options and what the exit codes mean, for {@code siglum help NAME}. */
    String usage();

    /**
     * Runs the command.
     *
     * @param context where to write and where the user is
     * @param arguments the arguments after the command's name
     * @return {@link ExitCode#OK} when all is fine, {@link ExitCode#FINDINGS} when the command found problems in the
     *         input (an invalid file, say)
     * @throws CommandException for a usage error or input that cannot be read; the launcher prints its one-line message
     *         and exits with its code
     */
    int run(CommandContext context, List<String> arguments) throws CommandException;
}
