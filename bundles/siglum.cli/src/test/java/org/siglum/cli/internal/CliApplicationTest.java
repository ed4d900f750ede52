package org.siglum.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.siglum.cli.Command;
import org.siglum.cli.CommandContext;
import org.siglum.cli.CommandException;
import org.siglum.cli.testing.TestCommandContext;

class CliApplicationTest {

    private final TestCommandContext context = new TestCommandContext(Path.of("."));

    private static Command command(String name, Behaviour behaviour) {
        return new Command() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String summary() {
                return "does " + name;
            }

            @Override
            public String usage() {
                return "Usage: siglum " + name;
            }

            @Override
            public int run(CommandContext c, List<String> arguments) throws CommandException {
                return behaviour.run(c, arguments);
            }
        };
    }

    interface Behaviour {
        int run(CommandContext c, List<String> arguments) throws CommandException;
    }

    @Test
    void aRegisteredCommandRunsAndAppearsInTheHelp() {
        CliApplication cli = new CliApplication();
        cli.addCommand(command("echo", (c, a) -> {
            c.out().print(String.join(" ", a));
            return 0;
        }));
        assertThat(cli.run(context, List.of("echo", "ก", "ข"))).isZero();
        assertThat(context.outText()).isEqualTo("ก ข");
        assertThat(cli.overview()).contains("echo", "does echo");
    }

    @Test
    void aRemovedCommandIsGone() {
        CliApplication cli = new CliApplication();
        Command echo = command("echo", (c, a) -> 0);
        cli.addCommand(echo);
        cli.removeCommand(echo);
        assertThat(cli.run(context, List.of("echo"))).isEqualTo(2);
        assertThat(context.errText()).contains("unknown command 'echo'");
    }

    @Test
    void aCommandExceptionIsOneLineAndItsExitCode() {
        CliApplication cli = new CliApplication();
        cli.addCommand(command("fail", (c, a) -> {
            throw new CommandException("a.xml:3:4: broken", 2, null);
        }));
        assertThat(cli.run(context, List.of("fail"))).isEqualTo(2);
        assertThat(context.errText()).isEqualTo("siglum: a.xml:3:4: broken\n");
    }

    @Test
    void aFaultInACommandIsReportedWithoutAStackTrace() {
        CliApplication cli = new CliApplication();
        cli.addCommand(command("bug", (c, a) -> {
            throw new IllegalStateException("oops");
        }));
        assertThat(cli.run(context, List.of("bug"))).isEqualTo(CliApplication.INTERNAL_ERROR);
        assertThat(context.errText()).contains("bug failed inside Siglum").doesNotContain("\tat ");
    }

    @Test
    void helpForOneCommandPrintsItsUsage() {
        CliApplication cli = new CliApplication();
        cli.addCommand(command("echo", (c, a) -> 0));
        assertThat(cli.run(context, List.of("help", "echo"))).isZero();
        assertThat(context.outText()).isEqualTo("Usage: siglum echo\n");
    }
}
