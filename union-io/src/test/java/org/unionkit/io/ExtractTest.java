package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkit.model.Quantity;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.RelationAudit;
import org.unionkit.stats.Verdict;

/** Examples of {@link Extract}: what it finds, what it leaves out, the draft it writes and the input it refuses. */
class ExtractTest {
  private static final Path SEED_TEXT = Path.of("..", "seeds", "hebei-2020.txt");

  private static List<String> written(String text) {
    return Extract.of(text, "t").figures().stream().map(Extract.Figure::written).toList();
  }

  @Test
  void findsTheSeedsHighSkillShareAndAuditsItConsistent() throws IOException {
    Extract seed = Extract.read(SEED_TEXT, done -> {});
    Extract.Share share = seed.shares().stream().filter(s -> s.stated().written().equals("27.2%")).findFirst()
        .orElseThrow();
    assertThat(share.numerator()).as("numerator").map(Extract.Figure::written).contains("247万人");
    assertThat(share.denominator()).as("denominator").map(Extract.Figure::written).contains("909万人");
    assertThat(share.audit().orElseThrow().verdict()).as("audit").isEqualTo(Verdict.CONSISTENT);
    assertThat(seed.period()).as("the year named most often").contains(ReportingPeriod.ofYear(2020));
  }

  @Test
  void keepsEachFiguresSpanLineClauseAndMeasure() {
    Extract extract = Extract.of("截至目前，\n全省技能人才达到909万人，高技能人才247万人", "t");
    Extract.Figure skilled = extract.figures().get(0);
    assertThat(skilled.written()).as("written").isEqualTo("909万人");
    assertThat(skilled.start()).as("start").isEqualTo(14);
    assertThat(skilled.end()).as("end").isEqualTo(19);
    assertThat(skilled.line()).as("line").isEqualTo(2);
    assertThat(skilled.clause()).as("clause").isEqualTo("全省技能人才达到909万人");
    assertThat(skilled.measure()).as("measure, without the verb").isEqualTo("全省技能人才");
    assertThat(skilled.interval()).as("interval").isEqualTo(Quantity.parse("909万人").interval());
    assertThat(extract.figures().get(1).measure()).as("measure of the next").isEqualTo("高技能人才");
  }

  @Test
  void readsQualifiersBeforeAndAfterAndAQuotedFigureWithItsUnitOutside() {
    assertThat(written("慰问职工约12万人次，服务超过50万人次，资金不足600万元，服务120万人次左右，吸引“40万+”人次围观"))
        .as("figures").containsExactly("约12万人次", "超过50万人次", "不足600万元", "120万人次左右", "40万+人次");
  }

  @Test
  void readsTheFormsOfRealReportsButNotAnIdeographAfterANumber() {
    assertThat(Extract.of("调处劳动争议12宗，新会员两万人，入会率90%以上，举办工业4.0智能硬件比赛，职工12,345人，会员１２３４５人", "t")
        .figures()).extracting(f -> f.quantity().toString())
        .as("宗 is a measure word; 智 in 4.0智能 is not").containsExactly("12宗", "2万人", "90%以上", "12345人", "12345人");
  }

  @Test
  void leavesOutDatesOrdinalsPlanNamesNamesAndPhoneNumbers() {
    assertThat(written("2020年11月26日，第1部分，建功“十四五”，围绕“三六八九”工作思路，党的十九届五中全会，"
        + "际华三五零二职业装有限公司，咨询电话0311-87908000，手机13912345678，拨打12351热线，“三件大事”，"
        + "成立100周年，一年来，决不让一名职工掉队"))
        .as("figures").isEmpty();
  }

  @Test
  void proposesAShareWithoutCountsWhereTheTextGivesNone() {
    Extract extract = Extract.of("支出占总支出的79.2%；集体合同覆盖率为93.5%；增长5.2%", "t");
    assertThat(extract.shares()).as("shares").extracting(s -> s.stated().written()).containsExactly("79.2%", "93.5%");
    assertThat(extract.shares()).as("without counts").allMatch(s -> s.numerator().isEmpty() && s.audit().isEmpty());
  }

  @Test
  void findsTheDenominatorInTheSentenceBefore() {
    Extract extract = Extract.of("全行业职工总数48万人。其中一线职工39.6万人，占职工总数的82.5%。", "t");
    Extract.Share share = extract.shares().get(0);
    assertThat(share.denominator()).as("denominator").map(Extract.Figure::written).contains("48万人");
    assertThat(share.audit().orElseThrow().verdict()).as("audit").isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void writesADraftThatReadsBackAndAuditsWithEachFiguresOffsets() throws IOException {
    Extract seed = Extract.read(SEED_TEXT, done -> {});
    DatasetDocument draft = seed.document(ReportingPeriod.ofYear(2020));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UnionJson.writeDataset(draft, out, null);
    DatasetDocument back = UnionJson.readDataset(new ByteArrayInputStream(out.toByteArray()), "draft.json", null);
    assertThat(back).as("read back").isEqualTo(draft);
    var first = back.dataset().figures().get(0);
    assertThat(first.source().document()).as("provenance: the text").isEqualTo(SEED_TEXT.toString());
    assertThat(first.source().start()).as("provenance: the offset").hasValue(seed.figures().get(0).start());
    assertThat(RelationAudit.of(back.dataset())).as("audits").extracting(RelationAudit::verdict)
        .containsExactly(Verdict.NOT_DETERMINABLE, Verdict.CONSISTENT);
  }

  @Test
  void aDraftsSourceWithALineButNoOffsetsIsRefusedAtTheFigure() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UnionJson.writeDataset(Extract.of("签订综合集体合同5.1万份", "t").document(ReportingPeriod.ofYear(2020)), out, null);
    String cut = out.toString(StandardCharsets.UTF_8).replaceFirst("\"start\" : 8,\\s*", "");
    assertThat(cut).as("the draft without its start").doesNotContain("\"start\"");
    assertThatThrownBy(() -> UnionJson.readDataset(new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)),
        "cut.json", null)).as("refused").isInstanceOf(UnionFormatException.class)
        .hasMessageContaining("/figures/0/source").hasMessageContaining("line, start and end must be given all three");
  }

  @Test
  void readsGbkWhenTheBytesAreNotUtf8(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("gbk.txt"), "签订综合集体合同5.1万份".getBytes(Charset.forName("GBK")));
    assertThat(Extract.read(file, done -> {}).figures()).as("figures").extracting(Extract.Figure::written)
        .containsExactly("5.1万份");
  }

  @Test
  void anEmptyFileHasNoFigures(@TempDir Path dir) throws IOException {
    assertThat(Extract.read(Files.write(dir.resolve("empty.txt"), new byte[0]), done -> {}).figures())
        .as("figures").isEmpty();
  }

  @Test
  void refusesBinaryAndUndecodableBytesAtTheirLine(@TempDir Path dir) throws IOException {
    Path binary = Files.write(dir.resolve("b.bin"), new byte[] {'P', 'K', 3, 4, 0, 0});
    assertThatThrownBy(() -> Extract.read(binary, done -> {})).as("binary").isInstanceOf(UnionFormatException.class)
        .hasMessage(binary + ":1:3: is not text: control character U+0003");
    byte[] bad = "第一行\n工会".getBytes(StandardCharsets.UTF_8);
    byte[] undecodable = new byte[bad.length + 2];
    System.arraycopy(bad, 0, undecodable, 0, bad.length);
    undecodable[bad.length] = (byte) 0xFF;
    undecodable[bad.length + 1] = (byte) 0xFF;
    Path file = Files.write(dir.resolve("u.txt"), undecodable);
    assertThatThrownBy(() -> Extract.read(file, done -> {})).as("neither UTF-8 nor GBK")
        .isInstanceOf(UnionFormatException.class)
        .hasMessage(file + ":2:3: is neither UTF-8 nor GBK: byte 0xFF at byte " + bad.length);
  }

  @Test
  void refusesATextLargerThanItsLimitBeforeReadingIt(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.txt");
    try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 100L << 20);
    }
    assertThatThrownBy(() -> Extract.read(big, done -> {})).as("100 MB").isInstanceOf(UnionFormatException.class)
        .hasMessage(big + ": 104,857,601 bytes is more than the 33,554,432 a text may have");
  }

  @Test
  void reportsProgressUpToTheWholeText() {
    List<Long> done = new ArrayList<>();
    String text = "签订综合集体合同5.1万份，".repeat(20_000);
    assertThat(Extract.of(text, "t", done::add).figures()).as("figures").hasSize(20_000);
    assertThat(done).as("progress").hasSizeGreaterThan(2).isSorted().last().isEqualTo((long) text.length());
  }
}
