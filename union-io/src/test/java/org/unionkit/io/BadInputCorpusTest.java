package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionkit.model.CitizenId;
import org.unionkit.model.Industry;
import org.unionkit.model.Interval;
import org.unionkit.model.MemberId;
import org.unionkit.model.Money;
import org.unionkit.model.Organisation;
import org.unionkit.model.OrganisationId;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.OrganisationTree;
import org.unionkit.model.Quantity;
import org.unionkit.model.Region;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.ValidationException;
import org.unionkit.stats.Tally;

/**
 * Bad input, case by case, for every reader and text parser: each case names the typed error it must
 * give, where (line and column, JSON path or field) and why. Nothing else may escape: no other exception
 * type, no bare NullPointerException, no stack overflow. Streams read with a handler must account for
 * every line: accepted + rejected = lines read. Expected lines and columns are worked out from the input
 * here (where a marker stands in the text), never taken from a run of the code.
 */
class BadInputCorpusTest {
  private static final String LINE = "{\"id\":\"M1\",\"organisation\":\"U1\",\"workRelation\":\"EMPLOYEE\","
      + "\"employmentForm\":\"STANDARD\"}";
  private static final String CSV_HEADER = "id,organisation,workRelation,employmentForm,birthYear";
  private static final String ORGANISATIONS_HEADER = "id,name,kind,employees";
  /** A document open in its organisations array: a case adds records and closes it with {@link #END}. */
  private static final String DOC = "{\"schemaVersion\": \"1.1\",\n\"metadata\": {\"title\": \"t\", \"source\": "
      + "{\"document\": \"s\"}, \"period\": \"2020\"},\n\"organisations\": [\n"
      + "{\"id\": \"U1\", \"name\": \"基层工会\", \"kind\": \"GRASSROOTS_UNION\"}\n";
  private static final String END = "]}\n";
  private static final OrganisationTree TREE = OrganisationTree.of(List.of(Organisation.builder()
      .id(OrganisationId.parse("U1")).name("基层工会").kind(OrganisationKind.GRASSROOTS_UNION).build()));
  private static final ReadLimits SMALL = ReadLimits.defaults().withMaxLineBytes(1000).withMaxRecords(3);
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** {@code n} good member lines, each with its own id (a repeated id is a bad line of its own). */
  private static List<String> distinct(int n) {
    return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> LINE.replace("M1", "M" + i)).toList();
  }

  enum Kind { DOCUMENT, TALLY, MEMBER_LINES, ORGANISATION_LINES, ROLL_UP, MEMBER_CSV, ORGANISATION_CSV, GBK_CSV, SERIES,
    PARSER }

  /**
   * Where an error must be: a line and a column (0 for none, -1 for any from 1), a JSON path (or for a
   * parser, the field), and words of the reason.
   */
  record Where(long line, long column, String path, String reason) {}

  /**
   * One bad input: what reads it, the bytes, the limits, where the error must be; {@code fatal} where a
   * handler of bad lines must not absorb it (a limit, a header); {@code parser} for a text parser's case.
   */
  record Case(String name, Kind kind, byte[] input, ReadLimits limits, Where where, boolean fatal,
      @Nullable Function<String, ?> parser) {
    Case asFatal() {
      return new Case(name, kind, input, limits, where, true, parser);
    }

    @Override
    public String toString() {
      return kind + ": " + name;
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The parts one after another (also for the other byte-level tests). */
  static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      all.writeBytes(p);
    }
    return all.toByteArray();
  }

  /** The line (from 1) and column (from 1, in characters) where {@code marker} first stands in {@code text}. */
  private static long[] at(String text, String marker) {
    int i = text.indexOf(marker);
    assertThat(i).as("marker %s in the input", marker).isNotNegative();
    String before = text.substring(0, i);
    return new long[] {before.chars().filter(ch -> ch == '\n').count() + 1, i - before.lastIndexOf('\n')};
  }

  /** The line the text ends on (its last line break not counted). */
  private static long lastLine(String text) {
    return text.strip().chars().filter(ch -> ch == '\n').count() + 1;
  }

  private static Case document(String name, String text, String marker, String path, String reason) {
    long[] at = at(text, marker);
    return new Case(name, Kind.DOCUMENT, utf8(text), ReadLimits.defaults(), new Where(at[0], at[1], path, reason),
        false, null);
  }

  private static Case documentOnLine(String name, byte[] bytes, long line, String path, String reason) {
    return new Case(name, Kind.DOCUMENT, bytes, ReadLimits.defaults(), new Where(line, -1, path, reason), false,
        null);
  }

  /** A stream of lines whose line {@code bad} is bad, at the column of {@code marker} in it (or none). */
  private static Case lines(Kind kind, String name, List<String> lines, int bad, @Nullable String marker,
      String path, String reason, ReadLimits limits) {
    long column = marker == null ? 0 : lines.get(bad - 1).indexOf(marker) + 1;
    return new Case(name, kind, utf8(String.join("\n", lines) + "\n"), limits, new Where(bad, column, path, reason),
        false, null);
  }

  /** Member lines whose second line is {@code bad}; {@code marker} null where the column is not the value's. */
  private static Case member(String name, String bad, @Nullable String marker, String path, String reason) {
    return lines(Kind.MEMBER_LINES, name, List.of(LINE, bad, LINE.replace("M1", "M3")), 2, marker, path, reason,
        ReadLimits.defaults());
  }

  private static Case raw(Kind kind, String name, byte[] bytes, ReadLimits limits, Where where) {
    return new Case(name, kind, bytes, limits, where, false, null);
  }

  private static Case csv(Kind kind, String name, String text, long line, String column, String reason) {
    return raw(kind, name, utf8(text), ReadLimits.defaults(), new Where(line, -1, column, reason));
  }

  /** A CSV header at fault: fatal, on line 1, without a column. */
  private static Case header(String name, String text, String path, String reason) {
    return raw(Kind.MEMBER_CSV, name, utf8(text), ReadLimits.defaults(), new Where(1, 0, path, reason)).asFatal();
  }

  private static Case parser(String name, Function<String, ?> parse, String text, String field, String reason) {
    return new Case(name, Kind.PARSER, utf8(text), ReadLimits.defaults(), new Where(0, 0, field, reason), false, parse);
  }

  /** A series file at fault where {@code marker} stands ({@code column} -1 for the marker's column, 0 for none). */
  private static Case series(String name, String text, String marker, long column, String path, String reason) {
    long[] at = at(text, marker);
    return raw(Kind.SERIES, name, utf8(text), ReadLimits.defaults(), new Where(at[0], column < 0 ? at[1] : column,
        path, reason));
  }

  /** The shipped ILOSTAT density extract, from which bad variants are made. */
  private static String densityExtract() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("..", "seeds", "international",
          "ilostat-ILR_TUMT_NOC_RT_A.csv"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Case> corpus() {
    List<Case> c = new ArrayList<>();
    // ---- dataset documents -------------------------------------------------------------------------
    c.add(raw(Kind.DOCUMENT, "an empty file", new byte[0], ReadLimits.defaults(), new Where(1, 0, "", "end-of-input")));
    c.add(documentOnLine("cut short in a record", utf8(DOC.substring(0, DOC.length() - 20)), 4, "/organisations/0/kind",
        "end-of-input"));
    c.add(document("no schemaVersion", "{\"metadata\": {}}", "\"metadata\"", "/metadata",
        "must start with \"schemaVersion\""));
    c.add(document("another major version", "{\"schemaVersion\": \"2.0\"}", "\"2.0\"", "/schemaVersion", "reads 1.x"));
    c.add(document("metadata of a wrong type", "{\"schemaVersion\": \"1.1\",\n\"metadata\": 7}", "7", "/metadata",
        "JSON object"));
    c.add(document("organisations as an object", DOC.replace("\"organisations\": [", "\"organisations\": {"), "{\n{",
        "/organisations", "must be an array"));
    String count = DOC + ", {\"id\": \"U2\", \"name\": \"n\", \"kind\": \"GRASSROOTS_UNION\", \"employees\": %s}" + END;
    c.add(document("a float count", String.format(count, "12.5"), "12.5", "/organisations/1/employees",
        "whole number"));
    c.add(document("a null count", String.format(count, "null"), "null", "/organisations/1/employees",
        "must not be null"));
    c.add(document("a negative count", String.format(count, "-3"), "-3", "/organisations/1/employees",
        "must be a count"));
    c.add(document("a count as a string", String.format(count, "\"12\""), "\"12\"", "/organisations/1/employees",
        "whole number"));
    c.add(documentOnLine("a 10,000-digit number", utf8(String.format(count, "9".repeat(10_000))), 5,
        "/organisations/1/employees", "Number value length"));
    c.add(document("an exponent beyond any decimal", String.format(count, "2E999999999999"), "2E999999999999",
        "/organisations/1/employees", "number out of range"));
    c.add(document("an unknown code value", DOC.replace("GRASSROOTS_UNION", "CLUB") + END, "\"CLUB\"",
        "/organisations/0/kind", "\"CLUB\" is not one of"));
    String twice = DOC + ", {\"id\": \"U1\", \"name\": \"n\", \"kind\": \"GRASSROOTS_UNION\"}" + END;
    c.add(documentOnLine("a duplicate id", utf8(twice), lastLine(twice), "", "must be unique; repeated: U1"));
    String cycle = DOC.replace("\"kind\": \"GRASSROOTS_UNION\"}", "\"kind\": \"GRASSROOTS_UNION\", \"parent\": \"U2\"}")
        + ", {\"id\": \"U2\", \"name\": \"n\", \"kind\": \"COUNTY_FEDERATION\", \"parent\": \"U1\"}" + END;
    c.add(documentOnLine("a parent cycle", utf8(cycle), lastLine(cycle), "", "cycle"));
    String orphan = DOC.replace("\"kind\": \"GRASSROOTS_UNION\"}", "\"kind\": \"GRASSROOTS_UNION\", \"parent\": \"ZZ\"}")
        + END;
    c.add(documentOnLine("a missing parent", utf8(orphan), lastLine(orphan), "", "ZZ"));
    String stranger = DOC + "],\n\"members\": [" + LINE.replace("U1", "U9") + END;
    c.add(documentOnLine("a member of an unknown organisation", utf8(stranger), lastLine(stranger), "", "U9"));
    String deep = DOC.replace("\"基层工会\"", "[".repeat(10_000) + "]".repeat(10_000)) + END;
    c.add(documentOnLine("nesting 10,000 deep", utf8(deep), 4, "/organisations/0/name" + "/0".repeat(29),
        "nesting depth"));
    String huge = DOC.replace("\"t\"", "\"" + "字".repeat(35_000_000) + "\"") + END;
    c.add(documentOnLine("a 100 MB string", utf8(huge), 2, "/metadata/title", "String value length"));
    c.add(document("trailing content", DOC + END + "true", "true", "", "Trailing token"));
    c.add(document("an array twice", DOC + "],\n\"organisations\": [" + END, "\"organisations\": []",
        "/organisations", "appears twice"));
    c.add(document("a field twice in a record", DOC.replace("\"name\": \"基层工会\"", "\"name\": \"a\", \"name\": \"b\"")
        + END, "\"b\"", "/organisations/0/name", "appears twice"));
    c.add(document("a polymorphic payload (@class) in a record", DOC.replace("{\"id\": \"U1\"",
        "{\"@class\": \"java.net.URL\", \"id\": \"U1\"") + END, "\"java.net.URL\"", "/organisations/0/@class",
        "is not a field"));
    c.add(document("a polymorphic payload (@class) beside the arrays", DOC.replace("\"organisations\"",
        "\"@class\": \"x\",\n\"organisations\"") + END, "\"x\"", "/@class", "\"@class\" is not a field of a dataset"));
    c.add(document("CRLF line ends, an error on the second line", (DOC + END).replace("\n", "\r\n")
        .replace("\"2020\"", "\"2020-13\""), "\"2020-13\"", "/metadata/period", "period"));
    c.add(documentOnLine("invalid UTF-8", concat(utf8(DOC.substring(0, 60)), new byte[] {(byte) 0xC3, 0x28},
        utf8(DOC.substring(60) + END)), 2, "", "not UTF-8"));
    c.add(documentOnLine("GBK without a declared charset", (DOC + END).getBytes(Charset.forName("GBK")), 4, "",
        "not UTF-8"));
    c.add(raw(Kind.DOCUMENT, "a byte order mark twice", concat(BOM, BOM, utf8(DOC + END)), ReadLimits.defaults(),
        new Where(1, 1, "", "malformed JSON")));
    c.add(raw(Kind.TALLY, "a part above its whole", utf8("{\"MEMBERS\": 900, \"SKILLED_MEMBERS\": 500,\n"
        + " \"HIGH_SKILL_MEMBERS\": 600}"),
        ReadLimits.defaults(), new Where(1, 1, "", "HIGH_SKILL_MEMBERS (600) exceeds SKILLED_MEMBERS (500)")));
    c.add(raw(Kind.TALLY, "a negative count", utf8("{\"MEMBERS\": -1}"), ReadLimits.defaults(),
        new Where(1, 13, "/MEMBERS", "must be a count")));
    // ---- member and organisation lines -----------------------------------------------------------
    c.add(member("a blank line", "  ", null, "", "empty line"));
    c.add(member("an empty line", "", null, "", "empty line"));
    c.add(raw(Kind.MEMBER_LINES, "a line cut short", utf8(LINE + "\n" + LINE.substring(0, 30) + "\n"),
        ReadLimits.defaults(), new Where(2, 31, "/organisation", "end-of-input")));
    c.add(member("an array", "[1, 2]", "[", "", "JSON object"));
    c.add(member("null", "null", "n", "", "null is not a record"));
    c.add(member("a float birth year", LINE.replace("}", ",\"birthYear\":1980.5}"), "1980.5", "/birthYear",
        "whole number"));
    c.add(member("a null birth year", LINE.replace("}", ",\"birthYear\":null}"), "null", "/birthYear", "not be null"));
    c.add(member("a negative birth year", LINE.replace("}", ",\"birthYear\":-5}"), "-5", "/birthYear",
        "personal data, not shown"));
    c.add(member("an unknown code value, not shown", LINE.replace("STANDARD", "COURIERS"), "\"COURIERS\"",
        "/employmentForm", "*** is not one of"));
    c.add(member("an unknown field", LINE.replace("}", ",\"x\":1}"), "1}", "/x", "is not a field"));
    c.add(member("a field twice", LINE.replace("}", ",\"id\":\"M9\"}"), "\"M9\"", "/id", "appears twice"));
    c.add(member("a polymorphic payload (@class)", LINE.replace("{", "{\"@class\":\"java.lang.Runtime\","),
        "\"java.lang.Runtime\"", "/@class", "is not a field"));
    c.add(member("a wrong check character", LINE.replace("}", ",\"citizenId\":\"110105194912310021\"}"),
        "\"110105", "/citizenId", "check character"));
    c.add(member("joined before birth", LINE.replace("}", ",\"birthYear\":1990,\"joined\":\"1980-01-01\"}"),
        "\"1980-01-01\"", "/joined", "before the birth year"));
    c.add(member("a citizen ID number as member id", LINE.replace("\"M1\"", "\"11010519491231002X\""),
        "\"11010519491231002X\"", "/id", "must not be a citizen ID number"));
    c.add(raw(Kind.MEMBER_LINES, "a 10,000-digit number", utf8(LINE.replace("}", ",\"birthYear\":" + "1".repeat(10_000)
        + "}") + "\n"), ReadLimits.defaults(), new Where(1, -1, "/birthYear", "Number value length")));
    c.add(member("an exponent beyond any decimal", LINE.replace("}", ",\"birthYear\":2E0519491231002}"), "2E05",
        "/birthYear", "number out of range"));
    c.add(raw(Kind.MEMBER_LINES, "nesting 10,000 deep", utf8(LINE.replace("}", ",\"x\":" + "[".repeat(10_000)
        + "]".repeat(10_000) + "}") + "\n"), ReadLimits.defaults(), new Where(1, -1, "/x" + "/0".repeat(31),
        "nesting depth")));
    c.add(raw(Kind.MEMBER_LINES, "invalid UTF-8", concat(utf8(LINE + "\n" + LINE.substring(0, 10)),
        new byte[] {(byte) 0xFF}, utf8(LINE.substring(10) + "\n")), ReadLimits.defaults(), new Where(2, 11, "",
        "not UTF-8")));
    c.add(raw(Kind.MEMBER_LINES, "GBK without a declared charset", concat(utf8(LINE + "\n"),
        LINE.replace("M1", "会员1").getBytes(Charset.forName("GBK")), utf8("\n")), ReadLimits.defaults(),
        new Where(2, 8, "", "not UTF-8")));
    c.add(raw(Kind.MEMBER_LINES, "a byte order mark on the second line", concat(utf8(LINE + "\n"), BOM,
        utf8(LINE + "\n")), ReadLimits.defaults(), new Where(2, 1, "", "malformed JSON")));
    c.add(raw(Kind.MEMBER_LINES, "CRLF line ends, the third line bad", utf8(LINE + "\r\n" + LINE.replace("M1", "M2") + "\r\n{\r\n"),
        ReadLimits.defaults(), new Where(3, -1, "", "malformed JSON")));
    c.add(raw(Kind.MEMBER_LINES, "lone CR line ends, the second line bad", utf8(LINE + "\r[]\r" + LINE),
        ReadLimits.defaults(), new Where(2, 1, "", "JSON object")));
    c.add(lines(Kind.MEMBER_LINES, "a line over a small limit", List.of(LINE, LINE.replace("}", ",\"x\":\""
        + "a".repeat(2000) + "\"}")), 2, null, "", "longer than 1000 bytes", SMALL));
    c.add(lines(Kind.MEMBER_LINES, "a 100 MB line", List.of(LINE, "{\"id\":\"" + "a".repeat(100_000_000) + "\"}",
        LINE), 2, null, "", "longer than 1048576 bytes", ReadLimits.defaults()));
    c.add(lines(Kind.MEMBER_LINES, "more lines than the limit", distinct(5), 4, null, "",
        "holds more than 3 records", SMALL).asFatal());
    c.add(lines(Kind.ORGANISATION_LINES, "an organisation of an unknown kind", List.of("{\"id\":\"U1\",\"name\":\"n\","
        + "\"kind\":\"CLUB\"}"), 1, "\"CLUB\"", "/kind", "\"CLUB\" is not one of", ReadLimits.defaults()));
    c.add(lines(Kind.ORGANISATION_LINES, "an organisation without a name", List.of("{\"id\":\"U1\","
        + "\"kind\":\"GRASSROOTS_UNION\"}"), 1, "{", "/name", "is required", ReadLimits.defaults()));
    // ---- roll-ups --------------------------------------------------------------------------------------
    c.add(lines(Kind.ROLL_UP, "a member of an organisation outside the tree", List.of(LINE, LINE.replace("U1", "U9")),
        2, null, "/organisation", "not in the tree", ReadLimits.defaults()));
    c.add(raw(Kind.ROLL_UP, "a line cut short", utf8(LINE + "\n" + LINE.substring(0, 40) + "\n"),
        ReadLimits.defaults(), new Where(2, 41, "/organisation", "end-of-input")));
    c.add(lines(Kind.ROLL_UP, "more lines than the limit", distinct(4), 4, null, "",
        "holds more than 3 records", SMALL).asFatal());
    // ---- CSV ---------------------------------------------------------------------------------------------
    c.add(header("an empty file", "", "", "no header"));
    c.add(header("a header without a required column", "id,organisation,workRelation\nM1,U1,EMPLOYEE\n",
        "employmentForm", "missing required column employmentForm"));
    c.add(header("an unknown column", CSV_HEADER + ",x\n", "x", "unknown column \"x\""));
    c.add(header("a column twice", CSV_HEADER + ",id\n", "id", "appears twice"));
    c.add(header("no header, a member's row first", "M1,U1,EMPLOYEE,STANDARD,张伟\n", "",
        "names none of the member columns (id 编号, organisation 所在工会"));
    c.add(raw(Kind.MEMBER_CSV, "a row of too many cells", utf8(CSV_HEADER + "\nM1,U1,EMPLOYEE,STANDARD,1980,9\n"),
        ReadLimits.defaults(), new Where(2, -1, "", "more cells")));
    c.add(raw(Kind.MEMBER_CSV, "a row of too few cells", utf8(CSV_HEADER + "\nM1,U1,EMPLOYEE\n"), ReadLimits.defaults(),
        new Where(2, 0, "", "has 3 cells but the header 5 columns")));
    c.add(csv(Kind.MEMBER_CSV, "a float birth year", CSV_HEADER + "\nM1,U1,EMPLOYEE,STANDARD,1980.5\n", 2, "birthYear",
        "must be a whole number from 0 in plain digits (a fraction"));
    c.add(csv(Kind.ORGANISATION_CSV, "a negative count", ORGANISATIONS_HEADER + "\nU1,n,GRASSROOTS_UNION,-3\n", 2,
        "employees", "whole number from 0"));
    c.add(csv(Kind.ORGANISATION_CSV, "a formula in a count cell", ORGANISATIONS_HEADER
        + "\nU1,n,GRASSROOTS_UNION,=1+1\n", 2, "employees", "whole number"));
    c.add(csv(Kind.ORGANISATION_CSV, "a formula in an id cell", ORGANISATIONS_HEADER
        + "\n\"=HYPERLINK(\"\"http://x\"\")\",n,GRASSROOTS_UNION,1\n", 2, "id", "may hold only"));
    c.add(csv(Kind.ORGANISATION_CSV, "an unknown code value", ORGANISATIONS_HEADER + "\nU1,n,CLUB,1\n", 2, "kind",
        "\"CLUB\" is not one of"));
    c.add(csv(Kind.ORGANISATION_CSV, "CRLF line ends, an error on the third line", ORGANISATIONS_HEADER
        + "\r\nU1,n,GRASSROOTS_UNION,1\r\nU2,n,GRASSROOTS_UNION,x\r\n", 3, "employees", "whole number"));
    c.add(raw(Kind.MEMBER_CSV, "GBK without a declared charset", (CSV_HEADER + "\n会员1,U1,EMPLOYEE,STANDARD,1980\n")
        .getBytes(Charset.forName("GBK")), ReadLimits.defaults(), new Where(2, 1, "", "is not UTF-8 text: Chinese "
        + "editions of Excel and WPS save CSV as GBK")).asFatal());
    c.add(raw(Kind.GBK_CSV, "a UTF-8 byte order mark read as GBK", concat(BOM, utf8(CSV_HEADER + "\n")),
        ReadLimits.defaults(), new Where(1, 1, "", "byte order mark")).asFatal());
    c.add(raw(Kind.MEMBER_CSV, "more rows than the limit", utf8(CSV_HEADER + "\nM1,U1,EMPLOYEE,STANDARD,1980\nM2,U1,EMPLOYEE,STANDARD,1980\n"
        + "M3,U1,EMPLOYEE,STANDARD,1980\nM4,U1,EMPLOYEE,STANDARD,1980\nM5,U1,EMPLOYEE,STANDARD,1980\n"), SMALL, new Where(5, 0, "", "holds more than 3 records")).asFatal());
    // ---- international series (ILOSTAT bulk, SDMX-CSV, ICTWSS): variants of the shipped extracts -------
    String density = densityExtract();
    String china = density.lines().filter(l -> l.startsWith("\"CHN\"")).findFirst().orElseThrow();
    c.add(series("ILOSTAT: a value that is not a number", density.replace(",44.25,", ",\"44,25\","), "\"44,25\"", -1,
        "obs_value", "is not a number"));
    c.add(series("ILOSTAT: a negative value", density.replace(",44.25,", ",-44.25,"), "-44.25", -1, "obs_value",
        "is negative"));
    c.add(series("ILOSTAT: a time of no ILOSTAT form", density.replace("\"2017\",44.25", "\"2017-01\",44.25"),
        "\"2017-01\"", -1, "time", "is not a year, quarter or month"));
    String repeated = density + china + "\n";
    c.add(raw(Kind.SERIES, "ILOSTAT: an observation twice", utf8(repeated), ReadLimits.defaults(),
        new Where(density.lines().count() + 1, 0, "", "repeats the observation of line " + at(density, china)[0])));
    c.add(raw(Kind.SERIES, "ILOSTAT: a missing column", utf8(density.replace("\"time\",", "\"year_\",")),
        ReadLimits.defaults(), new Where(1, 0, "time", "header lacks time")).asFatal());
    String withStatus = "ref_area,indicator,time,obs_value,obs_status\nCHN,ILR_TUMT_NOC_RT_A,2017,44.25,Z\n";
    c.add(series("ILOSTAT: an unknown status", withStatus, "Z\n", -1, "obs_status", "is not an ILOSTAT status"));
    c.add(series("ILOSTAT: a row of too many cells", "ref_area,indicator,time,obs_value\nCHN,X,2017,1,9\n", "9\n", -1,
        "", "has 5 cells, the header 4"));
    String gbk = density.replace("\"China\"", "\"中国\"");
    long[] gbkAt = at(gbk, "中国");
    c.add(raw(Kind.SERIES, "ILOSTAT: saved as GBK", gbk.getBytes(Charset.forName("GBK")), ReadLimits.defaults(),
        new Where(gbkAt[0], gbkAt[1], "", "is not UTF-8 text")).asFatal());
    c.add(raw(Kind.SERIES, "ILOSTAT: saved as UTF-16 with its byte order mark", concat(new byte[] {(byte) 0xFF,
        (byte) 0xFE}, density.getBytes(StandardCharsets.UTF_16LE)), ReadLimits.defaults(),
        new Where(1, 1, "", "is UTF-16 text")).asFatal());
    byte[] zipped;
    try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write(utf8(density));
      gz.finish();
      zipped = bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    c.add(raw(Kind.SERIES, "ILOSTAT: a gzip file cut short", java.util.Arrays.copyOf(zipped, zipped.length / 2),
        ReadLimits.defaults(), new Where(0, 0, "", "is not a whole gzip file")).asFatal());
    c.add(raw(Kind.SERIES, "an empty file", new byte[0], ReadLimits.defaults(), new Where(1, 0, "", "is empty"))
        .asFatal());
    c.add(raw(Kind.SERIES, "a header of no layout", utf8("a,b,c\n1,2,3\n"), ReadLimits.defaults(),
        new Where(1, 0, "", "none of the layouts")).asFatal());
    String sdmx = "DATAFLOW,REF_AREA,FREQ,MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n"
        + "ILO:DF_ILR_TUMT_NOC_RT(1.0),CHN,A,ILR_TUMT_RT,2017,44.25,X\n";
    c.add(series("SDMX: a status not in CL_OBS_STATUS", sdmx, "X\n", -1, "OBS_STATUS", "CL_OBS_STATUS"));
    c.add(series("SDMX: a week for a time", sdmx.replace(",2017,", ",2017-W01,").replace(",X\n", ",\n"), "2017-W01", -1,
        "TIME_PERIOD", "is not a year, quarter or month"));
    c.add(series("SDMX: a power of ten beyond 12", "REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n"
        + "CHN,ILR_TUMT_NOC_NB,2017,3,15\n", "15\n", -1, "UNIT_MULT", "from 0 to 12"));
    c.add(raw(Kind.SERIES, "SDMX: no column names the indicator", utf8("REF_AREA,TIME_PERIOD,OBS_VALUE\nCHN,2017,1\n"),
        ReadLimits.defaults(), new Where(1, 0, "INDICATOR", "header lacks INDICATOR")).asFatal());
    String ictwss = "iso2c,year,UD,Level\nDE,2019,16.3,3\n";
    c.add(series("ICTWSS: a negative value that is no missing code", ictwss.replace("16.3", "-5"), "-5", -1, "UD",
        "not one of ICTWSS's missing codes"));
    c.add(series("ICTWSS: a level out of 1 to 5", ictwss.replace(",3\n", ",7\n"), "7\n", -1, "Level",
        "not a bargaining level"));
    c.add(series("ICTWSS: an unknown country", "country,year,UD\nAtlantis,2019,1\n", "Atlantis", -1, "country",
        "not an ISO 3166-1 country name"));
    c.add(series("ICTWSS: a year that is not one", ictwss.replace("2019", "19"), "19,", -1, "year", "not a year"));
    c.add(raw(Kind.SERIES, "ICTWSS: no country column", utf8("year,UD\n2019,1\n"), ReadLimits.defaults(),
        new Where(1, 0, "country", "header lacks country")).asFatal());
    c.add(series("ICTWSS: a country-year twice", ictwss + "DE,2019,16.4,3\n", "DE,2019,16.4", 0, "",
        "repeats the observation of line 2"));
    // ---- text parsers ------------------------------------------------------------------------------
    c.add(parser("Quantity: no number", Quantity::parse, "abc人", "quantity", ""));
    c.add(parser("Quantity: no unit, nor a measure word", Quantity::parse, "14万余kg", "quantity", "measure word"));
    c.add(parser("Quantity: two qualifiers", Quantity::parse, "近14万余人", "quantity", ""));
    c.add(parser("Quantity: an exponent", Quantity::parse, "1e5人", "quantity", ""));
    c.add(parser("Money: a fraction of a fen", Money::parse, "12.345元", "money", "fen"));
    c.add(parser("Money: no number", Money::parse, "元", "money", ""));
    c.add(parser("Region: four digits", Region::parse, "1301", "region", "six digits"));
    c.add(parser("Region: an unknown province", Region::parse, "990000", "region", "province"));
    c.add(parser("Region: county digits under a province", Region::parse, "130001", "region", "PP00DD"));
    c.add(parser("MemberId: empty", MemberId::parse, "", "memberId", "1 to 64"));
    c.add(parser("MemberId: a space", MemberId::parse, "M 1", "memberId", "may hold only"));
    c.add(parser("MemberId: 65 characters", MemberId::parse, "M".repeat(65), "memberId", "1 to 64"));
    c.add(parser("OrganisationId: a leading hyphen", OrganisationId::parse, "-U1", "organisationId",
        "start with a letter or digit"));
    c.add(parser("CitizenId: a wrong check character", CitizenId::parse, "110105194912310021", "citizenId",
        "check character"));
    c.add(parser("CitizenId: seventeen characters", CitizenId::parse, "11010519491231002", "citizenId", "17 digits"));
    c.add(parser("Industry: an unknown section", Industry::parse, "Z12", "industry", "A-T"));
    c.add(parser("Industry: one digit", Industry::parse, "A1", "industry", "2 to 4 digits"));
    c.add(parser("ReportingPeriod: month 13", ReportingPeriod::parse, "2020-13", "period", ""));
    c.add(parser("ReportingPeriod: an end before its start", ReportingPeriod::parse, "2021-01-01/2020-01-01", "end",
        "before start"));
    c.add(parser("Interval: upper below lower", Interval::parse, "[2, 1)", "upper", ""));
    return c.stream();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void eachBadInputGivesItsTypedErrorWhereItIs(Case bad) throws IOException {
    if (bad.kind() == Kind.PARSER) {
      String text = new String(bad.input(), StandardCharsets.UTF_8);
      Throwable thrown = thrown(() -> bad.parser().apply(text));
      assertThat(thrown).as("what %s gives", bad).isExactlyInstanceOf(ValidationException.class)
          .hasMessageContaining(bad.where().reason());
      assertThat(((ValidationException) thrown).field()).as("field").isEqualTo(bad.where().path());
      return;
    }
    Throwable thrown = thrown(() -> read(bad, Rejects.FAIL));
    assertLocated(bad, thrown, bad.kind() == Kind.TALLY);
    if (bad.kind() == Kind.MEMBER_LINES || bad.kind() == Kind.ORGANISATION_LINES || bad.kind() == Kind.ROLL_UP
        || bad.kind() == Kind.MEMBER_CSV || bad.kind() == Kind.ORGANISATION_CSV) {
      List<Reject> rejects = new ArrayList<>();
      long[] counts = new long[3];
      Throwable withHandler = thrown(() -> {
        counts(read(bad, rejects::add), counts);
        return null;
      });
      if (bad.fatal()) {
        assertLocated(bad, withHandler, false);
      } else {
        assertThat(withHandler).as("nothing escapes a handler of bad lines").isNull();
        assertThat(counts[1] + counts[2]).as("accepted + rejected = lines read").isEqualTo(counts[0]);
        assertThat(rejects).as("the bad line, handed on").anySatisfy(r -> {
          assertThat(r.line()).as("line").isEqualTo(bad.where().line());
          assertThat(r.path()).as("path").isEqualTo(bad.where().path());
          assertThat(r.reason()).as("reason").contains(bad.where().reason());
        });
      }
    }
  }

  /** What a read leaves to count: a reader's counts, or a roll-up's. */
  private static void counts(Object read, long[] counts) {
    if (read instanceof RecordReader<?> reader) {
      counts[0] = reader.rowsRead();
      counts[1] = reader.accepted();
      counts[2] = reader.rejected();
    } else if (read instanceof Collected<?> collected) {
      counts[0] = collected.rowsRead();
      counts[1] = collected.accepted();
      counts[2] = collected.rejected();
    }
  }

  private static void assertLocated(Case bad, @Nullable Throwable thrown, boolean jackson) {
    Where where = bad.where();
    if (jackson) {
      assertThat(thrown).as("what %s gives", bad).isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
          .hasMessageContaining(where.reason());
      var location = ((com.fasterxml.jackson.databind.JsonMappingException) thrown).getLocation();
      assertThat(location.getLineNr()).as("line").isEqualTo(where.line());
      assertThat(location.getColumnNr()).as("column").isEqualTo(where.column());
      return;
    }
    assertThat(thrown).as("what %s gives", bad).isExactlyInstanceOf(UnionFormatException.class);
    UnionFormatException e = (UnionFormatException) thrown;
    assertThat(e.reason()).as("reason").contains(where.reason());
    assertThat(e.line()).as("line of %s", e.getMessage()).isEqualTo(where.line());
    if (where.column() < 0) {
      assertThat(e.column()).as("column of %s", e.getMessage()).isPositive();
    } else {
      assertThat(e.column()).as("column of %s", e.getMessage()).isEqualTo(where.column());
    }
    assertThat(e.path()).as("path of %s", e.getMessage()).isEqualTo(where.path());
  }

  /** Reads the whole input with the case's reader; returns what counts the lines, if anything. */
  private static @Nullable Object read(Case bad, Rejects rejects) throws IOException {
    InputStream in = new ByteArrayInputStream(bad.input());
    switch (bad.kind()) {
      case DOCUMENT -> {
        var unused = UnionJson.readDataset(in, "d.json", null, bad.limits());
      }
      case TALLY -> UnionJson.mapper().readValue(in, Tally.class);
      case MEMBER_LINES -> {
        return drain(Ndjson.members(in, "m.ndjson",
            ReadOptions.defaults().withRejects(rejects).withLimits(bad.limits())));
      }
      case ORGANISATION_LINES -> {
        return drain(Ndjson.organisations(in, "o.ndjson",
            ReadOptions.defaults().withRejects(rejects).withLimits(bad.limits())));
      }
      case ROLL_UP -> {
        return Ndjson.rollUp(in, "m.ndjson", TREE, List.of(),
            ReadOptions.defaults().withRejects(rejects).withThreads(2).withLimits(bad.limits()));
      }
      case MEMBER_CSV -> {
        return drain(Csv.members(in, "m.csv", ReadOptions.defaults().withRejects(rejects).withLimits(bad.limits())));
      }
      case ORGANISATION_CSV -> {
        return drain(Csv.organisations(in, "o.csv",
            ReadOptions.defaults().withRejects(rejects).withLimits(bad.limits())));
      }
      case GBK_CSV -> {
        return drain(Csv.members(in, "m.csv",
            ReadOptions.defaults().withCharset(Charset.forName("GBK")).withRejects(rejects).withLimits(bad.limits())));
      }
      case SERIES -> {
        var unused = Series.read(in, "s.csv");
      }
      default -> fail("no reader for " + bad);
    }
    return null;
  }

  private static <T> RecordReader<T> drain(RecordReader<T> reader) throws IOException {
    try (reader) {
      while (reader.hasNext()) {
        var unused = reader.next();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return reader;
  }

  @FunctionalInterface
  private interface Run {
    Object run() throws Exception;
  }

  /** What the run throws (anything at all, errors included), or null. */
  private static @Nullable Throwable thrown(Run run) {
    try {
      var unused = run.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }
}
