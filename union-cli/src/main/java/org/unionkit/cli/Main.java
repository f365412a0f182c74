package org.unionkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The unionkit command line, such as {@code unionkit report seeds/hebei-2020.json}: the figures of a
 * dataset document by section, the audit of its relations and, when it holds members (or is given an
 * NDJSON member file with {@code --members}), the rolled-up indicators of the province and its cities,
 * fitted to {@code --width} or the terminal's {@code COLUMNS} and in the languages of {@code --lang};
 * {@code --json} prints the same as JSON (see {@link Report}). {@code unionkit generate --members N} writes
 * a synthetic province (see {@link Generate}). {@code unionkit extract TEXT} finds the figures of a review's
 * text and audits the shares it states (see {@link ExtractCommand}). {@code --help} describes the commands, {@code unionkit
 * report --help} one of them, and {@code --version} prints the version.
 *
 * <p>Paths are taken as given: a relative one is resolved against the working directory, and messages
 * name it as it was written.
 *
 * <p>Exit status: 0 when the report is printed; 1 when the input cannot be read (the message names the
 * file, line, column and JSON path, never with a stack trace); 2 for a wrong command line (one line
 * saying what is wrong, then the usage).
 */
public final class Main {
  static final String SYNOPSIS_HEADING = "usage: ";
  static final String PATHS = "Relative paths are resolved against the directory the command is run from.";

  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments; not null
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the command line without exiting, for a program that embeds it (the benchmarks generate their
   * files with it).
   *
   * @param args the arguments; not null
   * @param stdout where the report, the help and the version go; not null
   * @param err where messages and progress go; not null
   * @return the exit status: 0 done, 1 bad input, 2 wrong command line
   */
  public static int run(String[] args, PrintStream stdout, PrintStream err) {
    return run(args, stdout, err, System::nanoTime, System.getenv());
  }

  /**
   * {@link #run(String[], PrintStream, PrintStream)} with the clock that times progress and the environment
   * variables the commands read ({@code COLUMNS}), both of which tests give their own.
   */
  static int run(String[] args, PrintStream stdout, PrintStream err, LongSupplier nanoClock,
      Map<String, String> environment) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return commandLine(stdout, err, nanoClock, environment).setOut(outWriter).setErr(errWriter).execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** The commands, with their messages and help as the shell prints them. */
  private static CommandLine commandLine(PrintStream stdout, PrintStream err, LongSupplier nanoClock,
      Map<String, String> environment) {
    CommandLine top = new CommandLine(new Unionkit())
        .addSubcommand(new Report(stdout, err, nanoClock, environment))
        .addSubcommand(new Generate(err, nanoClock))
        .addSubcommand(new Compare(stdout, err, nanoClock))
        .addSubcommand(new ExtractCommand(stdout, err, nanoClock));
    CommandLine.IVersionProvider version = () -> new String[] {"unionkit " + version()};
    top.getCommandSpec().versionProvider(version);
    top.getSubcommands().values().forEach(command -> command.getCommandSpec().versionProvider(version));
    // The top usage shows each command's own synopsis, so the two never disagree. Picocli indents the
    // lines of a wrapped synopsis itself; the first line of each but the first needs the heading's width.
    String indent = " ".repeat(SYNOPSIS_HEADING.length());
    List<String> synopses = new ArrayList<>();
    for (CommandLine command : top.getSubcommands().values()) {
      String synopsis = command.getHelp().synopsis(SYNOPSIS_HEADING.length());
      synopses.add((synopses.isEmpty() ? "" : indent) + synopsis.stripTrailing());
    }
    synopses.add(indent + "unionkit --help | --version");
    top.getCommandSpec().usageMessage().customSynopsis(synopses.toArray(String[]::new));
    return top.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
        .setParameterExceptionHandler(Main::wrongCommandLine);
  }

  /** One line saying what is wrong, then the usage of the command that was called (its synopsis); exit status 2. */
  private static int wrongCommandLine(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String message = e.getMessage();
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        message += " (did you mean " + String.join(" or ", suggestions) + "?)";
      }
    }
    CommandLine.Help help = command.getHelp();
    command.getErr().println("unionkit: " + message);
    command.getErr().print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
    command.getErr().flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The project version, such as {@code 0.1.0-SNAPSHOT}, from a resource Maven fills in. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from union-cli's jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("version", "");
    if (version.isEmpty() || version.contains("${")) {
      throw new IllegalStateException("version.properties holds no version (" + version + "): not filtered by Maven");
    }
    return version;
  }

  /** {@code unionkit}: the commands below, {@code --help} and {@code --version}. */
  @Command(name = "unionkit", mixinStandardHelpOptions = true, synopsisHeading = SYNOPSIS_HEADING,
      description = "Reports on trade-union datasets: the figures as written, the intervals they stand for, "
          + "the audit of the relations between them and indicators rolled up over the tree.",
      commandListHeading = "%nCommands:%n",
      footerHeading = "%n",
      footer = {"./unionkit also runs: example (the JShell session jshell/example.jsh) and jshell (JShell with "
          + "unionkit in scope).",
          PATHS,
          "Exit status: 0 done, 1 bad input (the message names file, line, column and JSON path), 2 wrong "
              + "command line."})
  static final class Unionkit implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Without a command: a wrong command line. */
    @Override
    public Integer call() {
      throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT, "a command is required: %s",
          String.join(" or ", spec.subcommands().keySet())));
    }
  }
}
