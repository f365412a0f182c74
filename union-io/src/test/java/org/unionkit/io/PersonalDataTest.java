package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unionkit.model.CitizenId;
import org.unionkit.model.Dataset;
import org.unionkit.model.Member;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Source;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.MemberColumns;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Tally;
import org.unionkit.testkit.UnionGenerators;

/**
 * Names, citizen ID numbers and the birth dates inside them never reach a {@code toString}, a message (with
 * every cause under it) or an aggregate export, however a file misplaces them: members are generated with
 * names and numbers, then lines are broken around them in every way a reader reports.
 */
class PersonalDataTest {
  private static final Dataset DATASET = UnionGenerators.seeded(11).dataset(3, 3, 30);
  private static final List<CitizenId> IDS = DATASET.members().stream().flatMap(m -> m.citizenId().stream()).toList();
  private static final DatasetDocument DOCUMENT = DatasetDocument.of(new Metadata("t", Source.of("s"),
      ReportingPeriod.ofYear(2020), Optional.of(Region.parse("130000"))), DATASET);

  /**
   * A name for each member, as the registers that members come from hold them, in Chinese characters or in
   * Latin letters with apostrophes and spaces: unionkit's model has no name, so a name reaches a reader only
   * in a field it does not belong in.
   */
  private static final List<String> NAMES = names(DATASET.members().size());

  private static List<String> names(int count) {
    String surnames = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗";
    String given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂";
    List<String> latinSurnames = List.of("O'Sullivan", "D'Alessandro", "Ouyang", "Zhang");
    List<String> latinGiven = List.of("Xiu'ying", "Jia'en", "Mingyu", "Anne-Marie");
    Random random = new Random(11);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder name = new StringBuilder();
      if (i % 2 == 0) {
        name.append(surnames.charAt(random.nextInt(surnames.length())));
        for (int j = 1 + random.nextInt(2); j > 0; j--) {
          name.append(given.charAt(random.nextInt(given.length())));
        }
      } else {
        name.append(latinSurnames.get(random.nextInt(4))).append(' ').append(latinGiven.get(random.nextInt(4)));
      }
      names.add(name.toString());
    }
    return names;
  }

  /**
   * Every way the numbers could show (whole, with a lower-case x, the birth date they hold), and the names:
   * whole, their longer words, and their characters as a JSON parser's "(code 29579)".
   */
  private static List<String> secrets() {
    List<String> secrets = new ArrayList<>(NAMES);
    for (String name : NAMES) {
      Matcher word = Pattern.compile("\\p{L}{5,}").matcher(name);
      while (word.find()) {
        secrets.add(word.group());
      }
      name.chars().filter(c -> c > 127).forEach(c -> secrets.add("code " + c));
    }
    for (CitizenId id : IDS) {
      secrets.add(id.unmaskedText());
      secrets.add(id.unmaskedText().toLowerCase(Locale.ROOT));
      secrets.add(id.unmaskedText().substring(6, 14));
      secrets.add(id.birthDate().toString());
    }
    return secrets;
  }

  private static void assertNoSecret(String what, String text) {
    assertThat(IDS).as("the generated members carry citizen ID numbers").isNotEmpty();
    assertThat(text).as(what).doesNotContain(secrets());
  }

  /** The message of an exception and of every cause under it, as a stack trace would print them. */
  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }

  @Test
  void toStringsHoldNoPersonalData() {
    RollUp rollUp = RollUp.of(DATASET);
    for (Member m : DATASET.members()) {
      assertNoSecret("member " + m.id(), m.toString());
      m.citizenId().ifPresent(id -> assertNoSecret("citizen ID", id.toString()));
    }
    assertNoSecret("dataset", DATASET.toString());
    assertNoSecret("document", DOCUMENT.toString());
    assertNoSecret("roll-up", rollUp.toString());
    assertNoSecret("tally", Tally.of(DATASET).toString());
    assertNoSecret("columns", MemberColumns.of(DATASET.tree(), DATASET.members(), CountOptions.allTime()).toString());
    assertNoSecret("table", rollUp.table(DATASET.tree().preOrder(), Indicators.all()).toString());
  }

  /**
   * Lines of the members stream, each with a name or a number where it breaks the line or does not belong:
   * a name in a field of its own, in the place of each field's value, unquoted, or cut off.
   */
  private static List<String> brokenLines() throws IOException {
    List<String> lines = new ArrayList<>();
    Pattern citizenId = Pattern.compile("\"citizenId\":\"([0-9X]{18})\"");
    Pattern stringValue = Pattern.compile("\":\"[^\"]*\"");
    List<String> written = NdjsonProperties.write(DATASET.members()).lines().toList();
    for (int i = 0; i < written.size(); i++) {
      String line = written.get(i);
      String name = NAMES.get(i);
      lines.add(line.replace("}", ",\"name\":\"" + name + "\"}"));
      lines.add(line.replace("}", ",\"name\":" + name + "}"));
      lines.add(line.replace("}", ",\"name\":t" + name + "}")); // read as a misspelt true, quoted whole
      lines.add(line.replace("}", ",\"name\":\"" + name));
      lines.add(line.replace("}", ",\"" + name + "\":1}"));
      for (Matcher value = stringValue.matcher(line); value.find(); ) {
        String before = line.substring(0, value.start());
        String after = line.substring(value.end());
        lines.add(before + "\":\"" + name + "\"" + after);
        lines.add(before + "\":" + name + after);
      }
      Matcher m = citizenId.matcher(line);
      if (!m.find()) {
        continue;
      }
      String id = m.group(1);
      String wrongCheck = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
      lines.add(line.replace(id, wrongCheck));
      lines.add(line.replace("\"sex\":\"MALE\"", "\"sex\":\"FEMALE\"").replace("\"sex\":\"FEMALE\"", "\"sex\":\"MALE\""));
      lines.add(line.replaceFirst("\"birthYear\":\\d+", "\"birthYear\":1950"));
      lines.add(line.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"" + id + "\""));
      lines.add(line.replaceFirst("\"organisation\":\"[^\"]+\"", "\"organisation\":\"" + id + "\""));
      lines.add(line.replaceFirst("\"sex\":\"[A-Z]+\"", "\"sex\":\"" + id + "\""));
      lines.add(line.replace("\"" + id + "\"", id));
      lines.add(line.replace("\"citizenId\"", "\"" + id + "\""));
      lines.add(line.replace("\"citizenId\":\"" + id + "\"", "\"citizenId\":\"" + id + id + "\""));
      lines.add(line.replace("\"citizenId\":\"" + id + "\"", "\"citizenId\":[\"" + id + "\"]"));
      lines.add(line.substring(0, line.indexOf(id) + 9));
    }
    return lines;
  }

  private static InputStream utf8(List<String> lines) {
    return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void messagesOfEveryReaderHoldNoPersonalData() throws IOException {
    List<String> lines = brokenLines();
    List<Reject> rejects = new ArrayList<>();
    try (RecordReader<Member> reader = Ndjson.members(utf8(lines), "m.ndjson",
        ReadOptions.defaults().withRejects(rejects::add))) {
      reader.forEachRemaining(m -> { });
      assertThat(reader.rejected()).as("lines rejected").isGreaterThan(lines.size() / 2);
    }
    var unusedRollUp = Ndjson.rollUp(utf8(lines), "m.ndjson", DATASET.tree(), List.of(),
        ReadOptions.defaults().withRejects(rejects::add).withThreads(2));
    assertNoSecret("rejects", rejects.toString());
    for (String line : lines) {
      try {
        var unusedLine = Ndjson.rollUp(utf8(List.of(line)), "m.ndjson", DATASET.tree(), List.of(),
            ReadOptions.defaults().withThreads(1));
      } catch (UnionFormatException e) {
        assertNoSecret("the exception, with its causes", messages(e));
      }
      String document = "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\", \"source\": {\"document\": \"s\"},"
          + " \"period\": \"2020\"}, \"members\": [" + line + "]}";
      try {
        var unusedDocument = UnionJson.readDataset(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
            "d.json", null);
      } catch (UnionFormatException e) {
        assertNoSecret("the document's exception, with its causes", messages(e));
      }
    }
  }

  @Test
  void messagesOfTheSpreadsheetReaderHoldNoPersonalData() throws IOException {
    StringBuilder csv = new StringBuilder("id,organisation,workRelation,employmentForm,citizenId\n");
    for (CitizenId id : IDS) {
      String text = id.unmaskedText();
      char wrongCheck = text.charAt(17) == '0' ? '1' : '0';
      csv.append("M1,").append(text).append(",EMPLOYEE,STANDARD,").append(text, 0, 17).append(wrongCheck).append('\n');
      csv.append(text).append(",U1,EMPLOYEE,").append(text).append(',').append(text).append('\n');
    }
    List<String> row = List.of("M1", "U1", "EMPLOYEE", "STANDARD", "");
    for (String name : NAMES) {
      for (int column = 0; column < row.size(); column++) {
        List<String> cells = new ArrayList<>(row);
        cells.set(column, name);
        csv.append(String.join(",", cells)).append('\n');
      }
    }
    List<Reject> rejects = new ArrayList<>();
    try (RecordReader<Member> reader = Csv.members(new ByteArrayInputStream(csv.toString().getBytes(
        StandardCharsets.UTF_8)), "m.csv", ReadOptions.defaults().withRejects(rejects::add))) {
      reader.forEachRemaining(m -> { });
    }
    assertThat(rejects).as("every row is bad").hasSize(2 * IDS.size() + row.size() * NAMES.size());
    assertNoSecret("rejects", rejects.toString());
    // A file without its header: the first record is read as one, in either mode.
    String withoutHeader = csv.substring(csv.indexOf(NAMES.get(0)));
    for (Csv.UnknownColumns unknown : Csv.UnknownColumns.values()) {
      try (RecordReader<Member> reader = Csv.members(new ByteArrayInputStream(withoutHeader.getBytes(
          StandardCharsets.UTF_8)), "m.csv", ReadOptions.defaults().withUnknownColumns(unknown))) {
        throw new AssertionError("a file without a header was read: " + reader);
      } catch (UnionFormatException e) {
        assertNoSecret("a file without a header, " + unknown, messages(e));
      }
    }
  }

  @Test
  void aggregateExportsHoldNoPersonalData() throws IOException {
    IndicatorTable table = RollUp.of(DATASET).table(DATASET.tree().preOrder(), Indicators.all());
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    Csv.writeTable(table, csv, StandardCharsets.UTF_8, Csv.Names.ENGLISH);

    assertNoSecret("table as JSON", UnionJson.mapper().writeValueAsString(table));
    assertNoSecret("table as CSV", csv.toString(StandardCharsets.UTF_8));
    assertNoSecret("tally as JSON", UnionJson.mapper().writeValueAsString(Tally.of(DATASET)));
  }

  @Test
  void theSecretsAreThereToFind() {
    // The check is not vacuous: the document itself holds the numbers, and the search finds them.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      UnionJson.writeDataset(DOCUMENT, out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).as("the member records themselves").contains(IDS.get(0).unmaskedText());
  }
}
