package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a shell user meets it: help per command, the version, usage errors with exit status
 * 2, missing files named as such, relative paths from the working directory, and the launcher's usage
 * lines against the help.
 */
class CommandLineTest {
  /** The seed, from union-cli's directory (surefire's working directory). */
  private static final Path SEED = Path.of("..", "seeds", "hebei-2020.json");

  private static Run run(String... args) {
    return Run.of(args);
  }

  @Test
  void helpOfTheTopCommandListsBothCommandsAndWhatTheLauncherAdds() {
    for (String help : List.of("--help", "-h")) {
      Run r = run(help);
      assertThat(r.status()).as("%s: exit status", help).isZero();
      assertThat(r.out()).as("%s: help on stdout", help)
          .startsWith("usage: unionkit report [-hV] [--members MEMBERS] [--sheet SHEET] [--charset")
          .contains("unionkit generate [-hV] --members N [--seed S] [--out DIR]", "unionkit --help | --version",
              "Commands:", "example", "jshell", "Relative paths are resolved against the directory");
      assertThat(r.err()).as("%s: stderr", help).isEmpty();
    }
  }

  @Test
  void helpOfEachCommandDescribesItsOwnOptions() {
    Run report = run("report", "--help");
    assertThat(report.status()).as("report --help: exit status").isZero();
    assertThat(report.out()).as("report --help")
        .startsWith("usage: unionkit report [-hV] [--members MEMBERS] [--sheet SHEET] [--charset")
        .contains("FILE", "The dataset document", "--members MEMBERS", "--sheet SHEET", "--charset CHARSET", "--period PERIOD", "--as-of DATE",
            "--rejects REJECTS.ndjson", "--max-rejects N", "--width N", "COLUMNS", "--lang zh|en|both", "--json",
            "Exit status: 0 printed")
        .doesNotContain("--seed", "--out");
    assertThat(report.err()).as("report --help: stderr").isEmpty();

    Run generate = run("generate", "--help");
    assertThat(generate.status()).as("generate --help: exit status").isZero();
    assertThat(generate.out()).as("generate --help")
        .startsWith("usage: unionkit generate [-hV] --members N [--seed S] [--out DIR]")
        .contains("--seed S", "(default: 2020)", "--out DIR", "(default: generated)")
        .doesNotContain("--json", "--sheet");
  }

  @Test
  void versionIsTheProjectVersionOfThePom() throws IOException {
    Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
        .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(parent.find()).as("union-cli's pom names its parent's version").isTrue();
    for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"report", "--version"})) {
      Run r = run(args);
      assertThat(r.status()).as("%s: exit status", List.of(args)).isZero();
      assertThat(r.out().strip()).as("%s: the version", List.of(args)).isEqualTo("unionkit " + parent.group(1));
    }
  }

  @Test
  void aValueOfTheWrongTypeIsAUsageErrorOfOneLineAndTheUsage(@TempDir Path dir) {
    Run r = run("generate", "--members", "abc", "--out", dir.resolve("out").toString());
    assertThat(r.status()).as("exit status").isEqualTo(2);
    assertThat(r.errLines()).as("the message line, then the usage").containsExactly(
        "unionkit: Invalid value for option '--members': 'abc' is not a long",
        "usage: unionkit generate [-hV] --members N [--seed S] [--out DIR]");
    assertThat(r.out()).as("stdout").isEmpty();
    assertThat(dir.resolve("out")).as("nothing written").doesNotExist();
  }

  @Test
  void otherWrongCommandLinesExitWith2AndTheUsageOfTheirCommand() {
    Map<List<String>, String> cases = new LinkedHashMap<>();
    cases.put(List.of(), "unionkit: a command is required: report or generate or compare or extract");
    cases.put(List.of("report"), "unionkit: Missing required parameter: 'FILE'");
    cases.put(List.of("report", SEED.toString(), "--seed", "3"), "unionkit: Unknown options: '--seed', '3'");
    cases.put(List.of("report", SEED.toString(), "--members"),
        "unionkit: Missing required parameter for option '--members' (MEMBERS)");
    cases.put(List.of("generate"), "unionkit: Missing required option: '--members N'");
    cases.put(List.of("generate", "--members", "0"), "unionkit: --members (0) must lie in 1 - 100000000");
    cases.put(List.of("generate", "--members", "10", "--seed", "x"),
        "unionkit: Invalid value for option '--seed': 'x' is not a long");
    for (Map.Entry<List<String>, String> c : cases.entrySet()) {
      Run r = run(c.getKey().toArray(String[]::new));
      assertThat(r.status()).as("%s: exit status", c.getKey()).isEqualTo(2);
      assertThat(r.errLines()).as("%s: stderr", c.getKey()).first().isEqualTo(c.getValue());
      String command = c.getKey().isEmpty() ? "report" : c.getKey().get(0);
      assertThat(r.errLines().get(1)).as("%s: the usage follows", c.getKey()).startsWith("usage: unionkit " + command);
      assertThat(r.err()).as("%s: no stack trace", c.getKey()).doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(r.out()).as("%s: stdout", c.getKey()).isEmpty();
    }
  }

  @Test
  void aMissingMemberFileIsNamedNotTheDataset(@TempDir Path dir) {
    Path missing = dir.resolve("members.ndjson");
    Run r = run("report", SEED.toString(), "--members", missing.toString());
    assertThat(r.status()).as("exit status").isEqualTo(1);
    assertThat(r.err()).as("the member file is named").isEqualTo("unionkit: " + missing + ": no such file\n");
    assertThat(r.out()).as("nothing printed on stdout").isEmpty();

    Run both = run("report", dir.resolve("dataset.json").toString(), "--members", missing.toString());
    assertThat(both.status()).as("both missing: exit status").isEqualTo(1);
    assertThat(both.err()).as("both missing: the dataset, named first")
        .isEqualTo("unionkit: " + dir.resolve("dataset.json") + ": no such file\n");

    Run directory = run("report", SEED.toString(), "--members", dir.toString());
    assertThat(directory.status()).as("a directory: exit status").isEqualTo(1);
    assertThat(directory.err()).as("a directory is named").isEqualTo("unionkit: " + dir + ": is a directory, not a file\n");
  }

  /**
   * Main in a JVM of its own, started in another directory: relative paths are found there, and messages
   * name them as given.
   */
  @Test
  void relativePathsAreResolvedAgainstTheWorkingDirectory(@TempDir Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("data"));
    Files.copy(SEED, dir.resolve("data").resolve("review.json"));
    assertThat(Path.of("data", "review.json")).as("not a path from union-cli's own directory").doesNotExist();

    Run report = java(dir, "report", "data/review.json");
    assertThat(report.status()).as("exit status; stderr: %s", report.err()).isZero();
    assertThat(report.out()).as("the report of the relative path").containsPattern("\\(27\\.10%, 27\\.25%\\)\\s+CONSISTENT");

    Run missing = java(dir, "report", "data/review.json", "--members", "data/members.ndjson");
    assertThat(missing.status()).as("missing member file: exit status").isEqualTo(1);
    assertThat(missing.err().strip()).as("named as given").isEqualTo("unionkit: data/members.ndjson: no such file");
  }

  /** Runs {@link Main} in a new JVM with {@code dir} as its working directory, on this test's class and module path. */
  private static Run java(Path dir, String... args) throws IOException, InterruptedException {
    String path = Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
        .filter(p -> !p.isEmpty()).collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", path, Main.class.getName()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the JVM ends").isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The synopsis at the top of a help, on one line: picocli indents the lines it wraps, descriptions start at the margin. */
  private static String synopsis(String help) {
    List<String> lines = help.lines().toList();
    StringBuilder synopsis = new StringBuilder(lines.get(0).replaceFirst("^usage: ", ""));
    for (int i = 1; i < lines.size() && lines.get(i).startsWith(" "); i++) {
      synopsis.append(' ').append(lines.get(i).strip());
    }
    return synopsis.toString();
  }

  /** The launcher's usage lines are the synopses the help prints, and it lists the commands it adds. */
  @Test
  void theLaunchersUsageLinesAgreeWithTheHelp() throws IOException {
    List<String> script = Files.readAllLines(Path.of("..", "unionkit"));
    Pattern usage = Pattern.compile("^#\\s+\\./(unionkit (report|generate) .*?)(\\s{2,}.*)?$");
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : script) {
      Matcher m = usage.matcher(line);
      if (m.matches()) {
        lines.put(m.group(2), m.group(1));
      }
    }
    assertThat(lines.keySet()).as("the launcher's usage lines").containsExactly("report", "generate");
    for (Map.Entry<String, String> line : lines.entrySet()) {
      assertThat(line.getValue()).as("./unionkit's usage line for %s, against its --help", line.getKey())
          .isEqualTo(synopsis(run(line.getKey(), "--help").out()));
    }
    assertThat(script).as("the launcher's usage lines for what it runs itself")
        .anyMatch(l -> l.matches("^#\\s+\\./unionkit example\\s.*"))
        .anyMatch(l -> l.matches("^#\\s+\\./unionkit jshell\\s.*"))
        .anyMatch(l -> l.matches("^#\\s+\\./unionkit --help \\| --version\\s.*"));
  }
}
