package org.unionkit.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionkit.model.Dataset;
import org.unionkit.model.FigureId;
import org.unionkit.model.Interval;
import org.unionkit.model.Quantity;
import org.unionkit.model.Relation;
import org.unionkit.model.RelationKind;
import org.unionkit.model.ReportedFigure;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Source;
import org.unionkit.model.Unit;
import org.unionkit.stats.Audit;

/**
 * The figures of a review's prose, such as 909万人 and 27.2% in
 * {@code 全省技能人才达到909万人，高技能人才247万人，占技能人才的27.2%}, with the shares it states between
 * them: {@code Extract.of(text, "hebei-2020.txt").figures()}.
 *
 * <p>Each figure keeps where it stands (offsets and line), the {@link Quantity} {@link Quantity#parse}
 * reads from it, the clause around it and a guess of what it measures: the words of its clause before it,
 * without a trailing verb such as 达到 (or, when the figure opens its clause, the words after it). Numbers
 * that are not statistics are left out before parsing: dates and lengths of time, ordinals, telephone
 * numbers, names (short quotations and titles, numerals read digit by digit) and Chinese numerals that are
 * part of a word (see the README's section on extraction).
 *
 * <p>A percentage is a stated share when its clause says so: 占…的 (then its numerator is the last figure
 * before 占 in the sentence, and its denominator the figure of the same sentence or the one before whose measure
 * holds the words between 占 and 的, of the numerator's dimension), or 比重, 比例, 占比 or a rate (…率为),
 * which are shares without their counts. {@link Share#audit()} audits one with its counts.
 *
 * <p>Offsets are in UTF-16 code units, as Java's {@code String} counts. Lines end at {@code \n},
 * {@code \r\n} or {@code \r}. Immutable and thread-safe.
 */
public final class Extract {
  /** Measure words (量词) outside unionkit's units that count things in reports: 宗 cases, 座 buildings, 条 lines ... */
  static final String MEASURE_WORDS = "宗座条处所支批轮部本册张间套辆艘架栋幢块亩吨例起笔趟棵株头只匹门节幅首";

  /** The largest file {@link #read(Path, LongConsumer)} reads, 32 MiB: a year's review is some 20 KB. */
  public static final long MAX_BYTES = 32L << 20;
  /** How often, in characters, progress is reported. */
  private static final int PROGRESS_STEP = 1 << 16;
  private static final String SENTENCE_MARKS = "。！？!?\n\r";
  private static final String CLAUSE_MARKS = "，,；;：:" + SENTENCE_MARKS;
  private static final String QUOTES = "“”‘’「」『』\"";
  private static final Pattern TRAILING_VERB = Pattern.compile("(达到|达|为|共计|合计|累计|共|计|有|是|约|已)+$");
  private static final Pattern JOINERS = Pattern.compile("^[、和及与]+|[、和及与]+$");
  private static final Pattern RATIO_WORDS = Pattern.compile("比重|比例|占比|率(为|达到|达|是)?$");
  private static final Pattern YEAR = Pattern.compile("(?<![0-9０-９])((?:19|20)[0-9]{2})年");

  private final String name;
  private final List<Figure> figures;
  private final List<Share> shares;
  private final Optional<ReportingPeriod> period;

  private Extract(String name, List<Figure> figures, List<Share> shares, Optional<ReportingPeriod> period) {
    this.name = name;
    this.figures = figures;
    this.shares = shares;
    this.period = period;
  }

  /**
   * A figure found in the text, such as {@code 909万人} on line 71.
   *
   * @param start where it starts in the text, a qualifier before the number (约, 近) included
   * @param end where it ends, exclusive; after the unit of {@code “40万+”人次}
   * @param line the line it starts on, from 1
   * @param written the figure as written, without the quotation marks of {@code “40万+”人次}; not null
   * @param quantity what {@link Quantity#parse} reads from {@code written}; not null
   * @param clause the clause around it, between commas, semicolons or sentence ends; not null
   * @param measure the guess of what it measures, words of its clause as written; not null
   */
  public record Figure(int start, int end, int line, String written, Quantity quantity, String clause,
      String measure) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the span is not one, or a text is blank
     */
    public Figure {
      Objects.requireNonNull(written, "written");
      Objects.requireNonNull(quantity, "quantity");
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(measure, "measure");
      if (start < 0 || end < start || line < 1) {
        throw new IllegalArgumentException("figure " + written + " spans " + start + " to " + end + " on line " + line
            + ": offsets must be ordered from 0, lines from 1");
      }
    }

    /**
     * The interval the figure stands for under the default rules, such as {@code [140000, 150000)} for 14万余人.
     *
     * @return the interval, not null
     */
    public Interval interval() {
      return quantity.interval();
    }
  }

  /**
   * A share the text states, such as 27.2% of 909万人 being 247万人.
   *
   * @param stated the published percentage; not null
   * @param numerator the figure above the line, when the text gives it with the denominator; not null
   * @param denominator the figure below the line, present with the numerator; not null
   */
  public record Share(Figure stated, Optional<Figure> numerator, Optional<Figure> denominator) {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if only one of the counts is given, or the share is not a percentage
     */
    public Share {
      Objects.requireNonNull(stated, "stated");
      if (numerator.isPresent() != denominator.isPresent() || stated.quantity().unit() != Unit.PERCENT) {
        throw new IllegalArgumentException("share " + stated.written() + " needs a percentage and both counts or neither");
      }
    }

    /**
     * The audit of the percentage against its counts, such as {@code 27.2% of 247万人 / 909万人: (27.10%, 27.25%)
     * CONSISTENT}.
     *
     * @return the audit, empty for a share stated without its counts; not null
     */
    public Optional<Audit> audit() {
      return numerator.map(n -> Audit.ofPercent(stated.quantity(), n.quantity(), denominator.orElseThrow().quantity()));
    }
  }

  /**
   * The figures of a text, such as {@code Extract.of("签订集体合同5.1万份，覆盖职工526万人", "t")}.
   *
   * @param text the text; not null
   * @param name the text's name, for the draft's provenance; not blank
   * @return the figures and shares, not null
   */
  public static Extract of(CharSequence text, String name) {
    return of(text, name, done -> {});
  }

  /**
   * The figures of a text, telling {@code progress} the characters done every 65,536 and at the end.
   *
   * @param text the text; not null
   * @param name the text's name; not blank
   * @param progress told how many characters are done; not null
   * @return the figures and shares, not null
   */
  public static Extract of(CharSequence text, String name, LongConsumer progress) {
    String s = text.toString();
    FigureScanner scanner = FigureScanner.of(s);
    int[] lineStarts = lineStarts(s);
    List<Figure> figures = new ArrayList<>();
    int at = 0;
    int previousEnd = 0;
    long reported = 0;
    Optional<FigureScanner.Candidate> next;
    while ((next = scanner.next(at)).isPresent()) {
      FigureScanner.Candidate c = next.get();
      Optional<Figure> figure = c.skip().isPresent() ? Optional.empty() : figure(s, c, lineStarts, previousEnd);
      figure.ifPresent(figures::add);
      previousEnd = figures.isEmpty() ? 0 : figures.get(figures.size() - 1).end();
      at = figure.map(Figure::end).orElse(c.headEnd());
      if (at - reported >= PROGRESS_STEP) {
        reported = at;
        progress.accept(at);
      }
    }
    progress.accept(s.length());
    return new Extract(name, List.copyOf(figures), shares(s, figures), year(s));
  }

  /**
   * The figures of a text file in UTF-8 (a byte order mark skipped) or, failing that, GBK.
   *
   * @param file the file; not null
   * @param progress told how many characters are done; not null
   * @return the figures and shares, not null
   * @throws UnionFormatException naming the file, and the line and column where it is not text: more than
   *     {@link #MAX_BYTES}, a NUL or other control byte, or bytes that are neither UTF-8 nor GBK
   * @throws IOException if the file cannot be read
   */
  public static Extract read(Path file, LongConsumer progress) throws IOException {
    String name = file.toString();
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw new UnionFormatException(name, 0, 0, "", String.format(Locale.ROOT,
          "%,d bytes is more than the %,d a text may have", size, MAX_BYTES));
    }
    return of(decode(Files.readAllBytes(file), name), name, progress);
  }

  /** The text of {@code bytes}: UTF-8, else GBK; control bytes other than line ends and tabs are refused. */
  static String decode(byte[] bytes, String name) throws UnionFormatException {
    String text;
    try {
      text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      try {
        text = strict(Charset.forName("GBK")).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException notGbk) {
        int bad = firstBadUtf8(bytes);
        String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
        throw located(name, before, String.format(Locale.ROOT, "is neither UTF-8 nor GBK: byte 0x%02X at byte %,d",
            bytes[bad] & 0xff, bad));
      }
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        throw located(name, text.substring(0, i), String.format(Locale.ROOT,
            "is not text: control character U+%04X", (int) c));
      }
    }
    return text;
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The offset of the first byte a strict UTF-8 decoder refuses. */
  private static int firstBadUtf8(byte[] bytes) {
    CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return Math.min(in.position(), bytes.length - 1);
  }

  /** A failure at the line and column after {@code before}, the text read up to it. */
  private static UnionFormatException located(String name, String before, String reason) {
    int[] starts = lineStarts(before);
    return new UnionFormatException(name, starts.length, before.length() - starts[starts.length - 1] + 1, "", reason);
  }

  /**
   * The text's name, as given.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * The figures, in the order of the text.
   *
   * @return the figures, not null
   */
  public List<Figure> figures() {
    return figures;
  }

  /**
   * The shares the text states, in the order of the text.
   *
   * @return the shares, not null
   */
  public List<Share> shares() {
    return shares;
  }

  /**
   * The year the text names most often (as 2020年; the earliest of a tie), a guess of the period it reports on.
   *
   * @return the year, empty when the text names none; not null
   */
  public Optional<ReportingPeriod> period() {
    return period;
  }

  /**
   * A dataset document draft: the figures as {@code figure-1}, {@code figure-2}, ... with their guessed
   * measures (the English one left to be written), each sourced to the text's name with its line and
   * offsets, and the shares as {@code SHARE} relations, for an analyst to correct and {@code report} to read.
   *
   * @param period the period of every figure and of the document; not null
   * @return the document, not null
   */
  public DatasetDocument document(ReportingPeriod period) {
    Source source = Source.of(name);
    Map<Figure, FigureId> ids = new HashMap<>();
    Dataset.Builder dataset = Dataset.builder();
    for (Figure f : figures) {
      FigureId id = FigureId.parse("figure-" + (ids.size() + 1));
      ids.put(f, id);
      dataset.addFigures(ReportedFigure.builder().id(id).quantity(f.quantity()).measure(f.measure())
          .englishMeasure("not yet translated").period(period).source(source.withSpan(f.line(), f.start(), f.end()))
          .build());
    }
    int n = 0;
    for (Share share : shares) {
      Relation.Builder relation = Relation.builder().id(FigureId.parse("share-" + ++n)).kind(RelationKind.SHARE)
          .result(ids.get(share.stated())).description(share.stated().clause())
          .englishDescription("a share the text states, line " + share.stated().line());
      share.numerator().ifPresent(f -> relation.numerator(ids.get(f)));
      share.denominator().ifPresent(f -> relation.denominator(ids.get(f)));
      dataset.addRelations(relation.build());
    }
    return DatasetDocument.of(new Metadata(name, source, period, Optional.empty()), dataset.build());
  }

  private static Optional<Figure> figure(String text, FigureScanner.Candidate c, int[] lineStarts, int previousEnd) {
    String head = text.substring(c.start(), c.headEnd());
    for (int end = c.tailEnd(); end > c.tailStart(); end--) {
      String written = head + text.substring(c.tailStart(), end);
      Optional<Quantity> quantity = parse(written);
      if (quantity.isPresent()) {
        int clauseStart = back(text, c.start(), CLAUSE_MARKS);
        int clauseEnd = forward(text, end, CLAUSE_MARKS);
        return Optional.of(new Figure(c.start(), end, line(lineStarts, c.start()), written, quantity.get(),
            text.substring(clauseStart, clauseEnd).strip(),
            measure(text, Math.max(clauseStart, previousEnd), c.start(), end, clauseEnd, written)));
      }
    }
    return Optional.empty();
  }

  /**
   * A figure, if the text is one. In running text any ideograph after a number would make a measure word
   * ({@code 工业4.0智能} would give 4.0智), so a figure of another measure word ({@link Unit#OTHER}) counts only
   * when its word is one of the Chinese measure words that count things, {@link #MEASURE_WORDS}.
   */
  private static Optional<Quantity> parse(String written) {
    try {
      Quantity quantity = Quantity.parse(written);
      return quantity.unit() != Unit.OTHER || MEASURE_WORDS.indexOf(quantity.measureWord()) >= 0
          ? Optional.of(quantity) : Optional.empty();
    } catch (IllegalArgumentException notAFigure) {
      return Optional.empty();
    }
  }

  /**
   * The words before the figure, from the start of its clause or the end of the figure before it in the
   * clause, without a trailing verb; else the words after it to the clause's end; else the figure itself.
   */
  private static String measure(String text, int from, int start, int end, int clauseEnd, String written) {
    String before = TRAILING_VERB.matcher(words(text.substring(from, start))).replaceAll("");
    if (!before.isBlank()) {
      return before;
    }
    String after = words(text.substring(end, clauseEnd));
    return after.isBlank() ? written : after;
  }

  /** The text without quotation marks, and without the list marks and conjunctions that join it to a neighbour. */
  private static String words(String s) {
    StringBuilder kept = new StringBuilder();
    s.codePoints().filter(c -> QUOTES.indexOf(c) < 0).forEach(kept::appendCodePoint);
    return JOINERS.matcher(kept.toString().strip()).replaceAll("").strip();
  }

  private static List<Share> shares(String text, List<Figure> figures) {
    List<Share> shares = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      Figure stated = figures.get(i);
      if (stated.quantity().unit() != Unit.PERCENT) {
        continue;
      }
      int sentence = back(text, stated.start(), SENTENCE_MARKS);
      int clause = back(text, stated.start(), CLAUSE_MARKS);
      int zhan = text.lastIndexOf('占', stated.start());
      String clauseBefore = text.substring(clause, stated.start());
      if (zhan >= clause) {
        shares.add(counted(text, figures, i, sentence, zhan));
      } else if (RATIO_WORDS.matcher(TRAILING_VERB.matcher(clauseBefore).replaceAll("")).find()) {
        shares.add(new Share(stated, Optional.empty(), Optional.empty()));
      }
    }
    return List.copyOf(shares);
  }

  /**
   * A share written 占…的: the numerator the last count before 占 in its sentence, the denominator the
   * nearest count of the same dimension in that sentence or the one before whose measure holds what 占 names.
   */
  private static Share counted(String text, List<Figure> figures, int stated, int sentence, int zhan) {
    Figure share = figures.get(stated);
    String of = text.substring(zhan + 1, share.start()).replaceFirst("的.*$", "").strip();
    int previous = sentence == 0 ? 0 : back(text, sentence - 1, SENTENCE_MARKS);
    Optional<Figure> numerator = Optional.empty();
    for (int k = stated - 1; k >= 0 && figures.get(k).start() >= sentence; k--) {
      Figure f = figures.get(k);
      if (f.end() <= zhan && f.quantity().unit() != Unit.PERCENT) {
        numerator = Optional.of(f);
        break;
      }
    }
    Optional<Figure> denominator = Optional.empty();
    if (numerator.isPresent() && !of.isEmpty()) {
      Figure above = numerator.get();
      for (int k = stated - 1; k >= 0 && figures.get(k).start() >= previous; k--) {
        Figure f = figures.get(k);
        if (f != above && f.quantity().dimension() == above.quantity().dimension() && f.measure().contains(of)) {
          denominator = Optional.of(f);
          break;
        }
      }
    }
    return denominator.isPresent() ? new Share(share, numerator, denominator)
        : new Share(share, Optional.empty(), Optional.empty());
  }

  /** The offset after the last of {@code marks} before {@code from}, or 0. */
  private static int back(String text, int from, String marks) {
    for (int i = from - 1; i >= 0; i--) {
      if (marks.indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The offset of the first of {@code marks} at or after {@code from}, or the text's end. */
  private static int forward(String text, int from, String marks) {
    for (int i = from; i < text.length(); i++) {
      if (marks.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  /** Where each line starts: 0, then after each {@code \n}, {@code \r\n} or lone {@code \r}. */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int line(int[] lineStarts, int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return (found >= 0 ? found : -found - 2) + 1;
  }

  private static Optional<ReportingPeriod> year(String text) {
    Map<Integer, Integer> counts = new HashMap<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max((a, b) -> a.getValue().equals(b.getValue()) ? b.getKey().compareTo(a.getKey())
            : a.getValue().compareTo(b.getValue()))
        .map(e -> ReportingPeriod.ofYear(e.getKey()));
  }
}
