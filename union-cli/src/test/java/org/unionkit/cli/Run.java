package org.unionkit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One run of the command line in this JVM, with what it printed: the tests' way to call {@link Main#run}, in an
 * environment of the test's own (empty unless given), so a terminal's {@code COLUMNS} changes no output.
 *
 * @param status the exit status
 * @param out what went to stdout
 * @param err what went to stderr
 */
record Run(int status, String out, String err) {

  /** Runs the command line with these arguments, in an empty environment. */
  static Run of(String... args) {
    return in(Map.of(), args);
  }

  /** Runs the command line with these arguments and environment variables. */
  static Run in(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), System::nanoTime, environment);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
