package org.unionkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionkit.cli.HtmlReportTest.between;
import static org.unionkit.cli.HtmlReportTest.count;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.io.UnionJson;
import org.unionkit.model.OrganisationTree;

/**
 * The HTML report opened in headless Chromium ({@link HeadlessChromium}; skipped, with the reason, where it is
 * not installed): the rendered page holds the charts and the audit, and the console stays empty.
 */
@ExtendWith(HeadlessChromium.class)
class HtmlReportBrowserTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Test
  void theSeedsPageShowsTheAuditInABrowserWithNothingOnTheConsole(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("seed.html");
    assertThat(Run.of("report", HtmlReportTest.SEED.toString(), "--html", page.toString()).status()).as("report")
        .isZero();

    HeadlessChromium.Rendered rendered = HeadlessChromium.render(page, dir);

    assertThat(rendered.console()).as("console messages (the page has no script: any is a blocked load or an "
        + "error)").isEmpty();
    assertThat(rendered.dom()).as("the rendered audit of the high-skill share")
        .containsPattern("27\\.2% \\[27\\.15, 27\\.25\\)</td><td class=\"num\">\\(27\\.10%, 27\\.25%\\)</td>"
            + "<td class=\"verdict-CONSISTENT\">CONSISTENT</td><td><svg class=\"strip consistent\" role=\"img\"");
    assertScreenshot(page, dir);
  }

  @Test
  void aProvincesPageShowsABarACityAndAPointAYear(@TempDir Path dir) throws Exception {
    Path province = dir.resolve("province");
    HtmlReportTest.generate(province);
    Path page = dir.resolve("province.html");
    Run report = HtmlReportTest.reportProvince(province, page);
    assertThat(report.status()).as("report; stderr: %s", report.err()).isZero();
    OrganisationTree tree = UnionJson.readDataset(province.resolve("dataset.json")).dataset().tree();

    HeadlessChromium.Rendered rendered = HeadlessChromium.render(page, dir);

    assertThat(rendered.console()).as("console messages").isEmpty();
    String bars = between(rendered.dom(), "<svg class=\"bars\"", "</svg>");
    assertThat(count(bars, "<rect class=\"bar\""))
        .as("the bar chart's bars: one for each child of the root").isEqualTo(tree.children(tree.roots().get(0).id()).size())
        .isEqualTo(11);
    String lines = between(rendered.dom(), "<svg class=\"lines\"", "</svg>");
    for (String kind : List.of("stock", "flow")) {
      assertThat(Pattern.compile("<circle class=\"point " + kind + "\" data-year=\"([0-9]+)\"").matcher(lines)
          .results().map(m -> m.group(1)).toList()).as("the %s line's points: the five years to 2020", kind)
          .containsExactly("2016", "2017", "2018", "2019", "2020");
    }
    assertScreenshot(page, dir);
  }

  /** The check itself: a page that loads something shows on the console, so an empty console means none did. */
  @Test
  void aBlockedLoadShowsOnTheConsole(@TempDir Path dir) throws Exception {
    Path page = Files.writeString(dir.resolve("loads.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head>"
        + "<body><img src=\"https://example.invalid/chart.png\" alt=\"\"></body></html>");

    assertThat(HeadlessChromium.render(page, dir).console()).as("the console of a page whose image is blocked")
        .singleElement().asString().contains("example.invalid/chart.png", "Content Security Policy");
  }

  /** A 1280 × 2400 PNG of the page, not blank: PNG compresses a white page to a few kilobytes. */
  private static void assertScreenshot(Path page, Path dir) throws IOException, InterruptedException {
    byte[] png = HeadlessChromium.screenshot(page, dir, 1280, 2400);
    assertThat(png).as("a PNG").startsWith(PNG);
    ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
    assertThat(List.of(header.getInt(), header.getInt())).as("its width and height").containsExactly(1280, 2400);
    assertThat(png.length).as("its size in bytes: more than a blank page's").isGreaterThan(50_000);
  }
}
