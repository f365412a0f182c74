package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, run headless on a page ({@code @ExtendWith(HeadlessChromium.class)}): a screenshot, or
 * the DOM as rendered with what the page wrote to the console. Where {@value #BINARY} is missing, the test
 * class is reported skipped with the reason and how to install it ({@code .ci/run} does).
 *
 * <p>Each run gets a fresh profile, no sandbox (the tests may run as root), no GPU and none of the
 * browser's own network traffic (updates, sync, QUIC), and is bounded by {@link #TIMEOUT_SECONDS}: a
 * browser that hangs fails the test instead of the build. Console messages are read from Chromium's log
 * ({@code --enable-logging=stderr --v=1}), where every one, whatever its level, is a line with
 * {@code :CONSOLE}: blocked loads, content-security violations and script errors alike.
 */
final class HeadlessChromium implements ExecutionCondition {
  static final String BINARY = "/usr/bin/chromium";
  private static final long TIMEOUT_SECONDS = 120;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return Files.isExecutable(Path.of(BINARY)) ? ConditionEvaluationResult.enabled("headless Chromium at " + BINARY)
        : ConditionEvaluationResult.disabled("no Chromium at " + BINARY + " to open the HTML report in: install "
            + "Debian's packages chromium and fonts-noto-cjk (as .ci/run does) to check the page in a browser");
  }

  /** A page as Chromium rendered it: the DOM, and the console lines of its log. */
  record Rendered(String dom, List<String> console) {}

  /** Renders the page and dumps its DOM, with the console's lines. */
  static Rendered render(Path page, Path work) throws IOException, InterruptedException {
    Path dom = work.resolve("dom.html");
    Path log = work.resolve("chromium.log");
    run(work, dom, log, "--enable-logging=stderr", "--v=1", "--dump-dom", page.toUri().toString());
    List<String> console = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(line -> line.contains(":CONSOLE")).toList();
    return new Rendered(Files.readString(dom, StandardCharsets.UTF_8), console);
  }

  /** A screenshot of the page's top {@code width × height} pixels, as PNG bytes. */
  static byte[] screenshot(Path page, Path work, int width, int height) throws IOException, InterruptedException {
    Path png = work.resolve("screenshot.png");
    run(work, work.resolve("screenshot.out"), work.resolve("screenshot.log"), "--screenshot=" + png,
        "--window-size=" + width + "," + height, "--hide-scrollbars", page.toUri().toString());
    return Files.readAllBytes(png);
  }

  private static void run(Path work, Path out, Path log, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(BINARY, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(work, "profile")));
    command.addAll(List.of(args));
    Process chromium = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
    if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      chromium.descendants().forEach(ProcessHandle::destroyForcibly);
      chromium.destroyForcibly();
      throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    assertThat(chromium.exitValue()).as("Chromium's exit status; its log: %s", log).isZero();
  }
}
