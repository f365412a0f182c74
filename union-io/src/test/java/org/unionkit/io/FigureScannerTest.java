package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules that leave numbers out, checked on candidates before any parsing, so they hold for the forms
 * {@code Quantity.parse} does not read yet (Chinese numerals, unknown measure words) as for those it does.
 */
class FigureScannerTest {
  private static List<Optional<FigureScanner.Skip>> skips(String text) {
    FigureScanner scanner = FigureScanner.of(text);
    List<Optional<FigureScanner.Skip>> skips = new ArrayList<>();
    int at = 0;
    for (var c = scanner.next(at); c.isPresent(); c = scanner.next(at)) {
      skips.add(c.get().skip());
      at = c.get().headEnd();
    }
    return skips;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2020年11月26日, DATE", "3月, DATE", "两天后, DATE", "成立100周年, DATE",
      "第1部分, ORDINAL", "第三方, ORDINAL", "十九届, ORDINAL", "三级帮扶, ORDINAL",
      "电话0311, PHONE", "0311-87908000, PHONE", "13912345678, PHONE", "12351职工服务热线, PHONE",
      "“十四五”, NAME", "《十三五规划》, NAME", "三六八九, NAME", "际华三五零二职业装, NAME",
      "一名职工, WORD", "两项任务, WORD", "百名劳模, WORD", "千万职工, WORD"})
  void leavesOutEveryNumberOf(String text, FigureScanner.Skip skip) {
    assertThat(skips(text)).as("candidates of %s", text).isNotEmpty().allMatch(s -> s.equals(Optional.of(skip)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"十余万人", "两万人", "三千多人", "１２３人", "12,345人", "“40万+”人次", "讲话中说，“截至目前，注册职工172.5万人"})
  void keepsForTheParserToJudge(String text) {
    assertThat(skips(text)).as("candidates of %s", text).isNotEmpty().first().isEqualTo(Optional.empty());
  }
}
