package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.stats.internal.MemberRow;

/**
 * The fast path of member lines never changes what a line means: on any line, it either declines or
 * gives exactly the member the strict reader gives. Lines are the writer's own, then broken or reshaped
 * in many small ways; the writer's lines themselves must all take the fast path.
 */
class MemberLineDecoderProperties {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  /** Characters a mutation inserts or substitutes: JSON syntax, digits, letters, escapes, CJK, controls. */
  private static final String ALPHABET = "{}[]\":,\\ \t0123456789aeEXxnul-._MFé工\u0000\u007f";

  @Test
  void theWritersLinesAllTakeTheFastPathAndMeanWhatTheStrictReaderReads() {
    qt().withExamples(200).forAll(Generated.datasets()).checkAssert(d -> {
      MemberLineDecoder decoder = new MemberLineDecoder("m.ndjson", ReadLimits.defaults());
      for (String line : lines(d.members())) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        Member fast = decoder.fast(bytes, 0, bytes.length);
        assertThat(fast).as("fast path of %s", line).isNotNull();
        assertThat(fast).as("the same member").isEqualTo(strict(bytes));
      }
    });
  }

  /** Under the default limits or, one example in three, numbers and strings short enough to meet. */
  @Test
  void onABrokenOrReshapedLineTheFastPathDeclinesOrAgreesWithTheStrictReader() {
    qt().withExamples(300).forAll(Generated.datasets(), longs().all()).checkAssert((d, seed) -> {
      Random random = new Random(seed);
      ReadLimits limits = random.nextInt(3) > 0 ? ReadLimits.defaults()
          : ReadLimits.defaults().withMaxNumberLength(1 + random.nextInt(5)).withMaxStringLength(1 + random.nextInt(20));
      MemberLineDecoder decoder = new MemberLineDecoder("m.ndjson", limits);
      LineDecoder<Member> strict = new LineDecoder<>("m.ndjson", Member.class, limits);
      for (String line : lines(d.members())) {
        for (int i = 0; i < 8; i++) {
          String changed = random.nextInt(9) == 0 ? line : mutate(line, random);
          byte[] bytes = changed.getBytes(StandardCharsets.UTF_8);
          Member fast = decoder.fast(bytes, 0, bytes.length);
          if (fast != null) {
            assertThat(fast).as("fast reading of %s under %s", changed, limits).isEqualTo(strict(strict, bytes));
          }
        }
      }
    });
  }

  /**
   * The row the counting route fills from a line's bytes is the row of the member the strict reader reads,
   * on the writer's lines (which all fill one) and on broken or reshaped ones (which fill one or decline).
   */
  @Test
  void theRowFilledFromALineIsTheRowOfTheStrictReadersMember() {
    qt().withExamples(200).forAll(Generated.datasets(), longs().all()).checkAssert((d, seed) -> {
      Random random = new Random(seed);
      List<Organisation> preOrder = d.tree().preOrder();
      ByteNames positions = RollUpLines.positions(preOrder);
      MemberLineDecoder decoder = new MemberLineDecoder("m.ndjson", ReadLimits.defaults());
      MemberRow row = new MemberRow();
      for (String line : lines(d.members())) {
        for (int i = 0; i < 4; i++) {
          String changed = i == 0 ? line : mutate(line, random);
          byte[] bytes = changed.getBytes(StandardCharsets.UTF_8);
          boolean filled = decoder.fill(bytes, 0, bytes.length, row, positions);
          assertThat(filled || i > 0).as("the writer's line %s fills a row", changed).isTrue();
          if (filled) {
            Member member = strict(bytes);
            assertThat(member).as("the strict reading of %s", changed).isNotNull();
            int position = preOrder.stream().map(Organisation::id).toList().indexOf(member.organisation());
            assertThat(fields(row)).as("the row of %s", changed).isEqualTo(fields(new MemberRow().set(member, position)));
          }
        }
      }
    });
  }

  /** Lines as other writers write them (blanks after {@code :} and {@code ,}, keys reordered) take the fast path. */
  @Test
  void linesWithBlanksBetweenTokensAndKeysInAnyOrderTakeTheFastPath() {
    qt().withExamples(100).forAll(Generated.datasets(), longs().all()).checkAssert((d, seed) -> {
      Random random = new Random(seed);
      MemberLineDecoder decoder = new MemberLineDecoder("m.ndjson", ReadLimits.defaults());
      for (Member m : d.members()) {
        String line = otherWriter(lines(List.of(m)).get(0), random);
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.fast(bytes, 0, bytes.length)).as("fast path of %s", line).isEqualTo(m);
      }
    });
  }

  /** The line as Python's {@code json.dumps} writes it, keys shuffled, with a space or a tab after each separator. */
  @SuppressWarnings("unchecked")
  static String otherWriter(String line, Random random) {
    try {
      List<Map.Entry<String, Object>> fields = new ArrayList<>(PLAIN.readValue(line, Map.class).entrySet());
      Collections.shuffle(fields, random);
      String blank = random.nextBoolean() ? " " : "\t";
      StringBuilder out = new StringBuilder(random.nextBoolean() ? "{" : " { ");
      for (Map.Entry<String, Object> field : fields) {
        out.append(out.length() > 3 ? "," + blank : "").append(PLAIN.writeValueAsString(field.getKey()))
            .append(':').append(blank).append(PLAIN.writer().withDefaultPrettyPrinter()
                .writeValueAsString(field.getValue()).replace("\n", "").replace("  ", ""));
      }
      return out.append(random.nextBoolean() ? "}" : " } ").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A row's fields, for comparison. */
  private static List<Object> fields(MemberRow row) {
    return Arrays.asList(row.position, row.id(), row.birthYear, row.joined, row.left, row.entry, row.leaveReason,
        row.underageExemption, row.workRelation, row.employmentForm, row.skillLevel);
  }

  /** The strict reader, alone: a decoder without a fast path. */
  private static final LineDecoder<Member> STRICT = new LineDecoder<>("m.ndjson", Member.class, ReadLimits.defaults());

  /** The strict reader's member, or null where it rejects the line. */
  private static Member strict(byte[] bytes) {
    return strict(STRICT, bytes);
  }

  private static Member strict(LineDecoder<Member> strict, byte[] bytes) {
    try {
      return strict.decode(bytes, 0, bytes.length, 1);
    } catch (UnionFormatException e) {
      return null;
    }
  }

  private static List<String> lines(List<Member> members) {
    try {
      return NdjsonProperties.write(members).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One small change: a character edited, a field moved, repeated or dropped, a value respelt. */
  static String mutate(String line, Random random) {
    int at = random.nextInt(line.length());
    char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    return switch (random.nextInt(9)) {
      case 0 -> line.substring(0, at) + line.substring(at + 1);
      case 1 -> line.substring(0, at) + c + line.substring(at);
      case 2 -> line.substring(0, at) + c + line.substring(at + 1);
      case 3 -> reshape(line, random);
      case 4 -> line.replaceFirst("\"(birthYear)\":(\\d+)", List.of("\"$1\":$2.0", "\"$1\":0$2", "\"$1\":-$2",
          "\"$1\":\"$2\"", "\"$1\":$2e0", "\"$1\": $2", "\"$1\":1$2").get(random.nextInt(7)));
      case 5 -> respell(line, random);
      case 6 -> line.replaceFirst("\"joined\":\"(\\d{4})-(\\d\\d)-(\\d\\d)\"", List.of("\"joined\":\"$1-$3-$2\"",
          "\"joined\":\"$1$2$3\"", "\"joined\":\"+$1-$2-$3\"", "\"joined\":\"$1-02-30\"", "\"joined\":\"0000-$2-$3\"")
          .get(random.nextInt(5)));
      case 7 -> line.replace("\"citizenId\":\"", "\"citizenId\":\"" + (random.nextBoolean() ? "1" : "")).replace(
          "X\"", random.nextBoolean() ? "x\"" : "X\"");
      default -> line.replace(",", random.nextBoolean() ? ", " : ",\t");
    };
  }

  /** A code value with a trailing space, an escaped first letter, in lower case, or null. */
  private static String respell(String line, Random random) {
    Matcher code = Pattern.compile(":\"([A-Z_]+)\"").matcher(line);
    if (!code.find()) {
      return line;
    }
    String value = code.group(1);
    String respelt = switch (random.nextInt(4)) {
      case 0 -> "\"" + value + " \"";
      case 1 -> "\"\\u00" + Integer.toHexString(value.charAt(0)) + value.substring(1) + "\"";
      case 2 -> "\"" + value.toLowerCase(Locale.ROOT) + "\"";
      default -> "null";
    };
    return line.substring(0, code.start(1) - 1) + respelt + line.substring(code.end(1) + 1);
  }

  /** The same fields in another order, one of them repeated, or one left out. */
  @SuppressWarnings("unchecked")
  private static String reshape(String line, Random random) {
    try {
      List<Map.Entry<String, Object>> fields = new ArrayList<>(PLAIN.readValue(line, Map.class).entrySet());
      switch (random.nextInt(3)) {
        case 0 -> Collections.shuffle(fields, random);
        case 1 -> fields.remove(random.nextInt(fields.size()));
        default -> fields.add(fields.get(random.nextInt(fields.size())));
      }
      StringBuilder out = new StringBuilder("{");
      for (Map.Entry<String, Object> field : fields) {
        out.append(out.length() > 1 ? "," : "").append(PLAIN.writeValueAsString(field.getKey())).append(':')
            .append(PLAIN.writeValueAsString(field.getValue()));
      }
      return out.append('}').toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
