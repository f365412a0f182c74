package org.unionkit.io;

import java.util.List;
import java.util.Optional;

/**
 * Finds where figures may stand in a text and leaves out the numbers that are not statistics, for
 * {@link Extract}. A candidate is a head (a qualifier before the number, the number in digits, full-width
 * digits or Chinese numerals, and the 余, 多, 万, 亿 and + that follow it) and a tail of up to four letters
 * (the unit, then 左右, 以上 or 以下); {@code Quantity.parse} decides which prefix of the tail, if any, makes
 * a figure. The finder knows nothing of the grammar beyond that, so forms the parser learns to read are
 * found without a change here.
 *
 * <p>The rules that leave a number out, checked before parsing so that they hold whatever the parser
 * accepts, are the {@link Skip} constants.
 */
final class FigureScanner {
  /** Why a number is not a statistic. */
  enum Skip {
    /** A date or a length of time: the number is followed by 年, 月, 日, 号, 时, 分, 秒, 周, 天 or 点 (2020年, 3月, 100周年). */
    DATE,
    /** An ordinal: after 第, or before 届 or 级 (第1部分, 十九届, 三级). */
    ORDINAL,
    /** A telephone number: joined by a hyphen, with a leading 0, eleven digits from 1, or beside 电话, 热线, 拨打. */
    PHONE,
    /**
     * A name: inside a short quotation or title (“十四五”, 《…》) unless the quotation is the figure itself
     * (“40万+”人次), or Chinese numerals read digit by digit (三六八九, 三五零二).
     */
    NAME,
    /**
     * A word: one Chinese numeral alone, or place words alone (一线, 两地, 百名, 千万职工). GB/T 15835-2011
     * asks for digits where a number counts; a Chinese numeral without a qualifier or multiplier is read as
     * part of a word.
     */
    WORD
  }

  /**
   * A place where a figure may stand.
   *
   * @param start where it starts, a qualifier before the number included
   * @param headEnd where the head ends
   * @param tailStart where the tail starts: {@code headEnd}, or after the closing mark of “40万+”人次
   * @param tailEnd the end of the letters after the head, at most {@link #TAIL} of them
   * @param skip why it is not a statistic, if it is not
   */
  record Candidate(int start, int headEnd, int tailStart, int tailEnd, Optional<Skip> skip) {}

  /** The longest tail tried: a two-letter unit (人次, 批次, 部门) and 左右, 以上 or 以下. */
  static final int TAIL = 4;
  /** A quotation or title of at most this many characters, without clause punctuation, is a name. */
  private static final int SHORT_QUOTE = 16;

  private static final String DIGITS = "0123456789０１２３４５６７８９";
  private static final String DIGIT_NUMERALS = "〇零一二两三四五六七八九";
  private static final String PLACES = "十百千万亿";
  /** After the number's first character, besides more of the number and its grouping: 余/多 and +. */
  private static final String IN_HEAD = "余多+＋";
  private static final List<String> BEFORE = List.of("超过", "不足", "不到", "近", "约", "逾");
  private static final String TIME = "年月日号时分秒周天点";
  private static final String ORDINAL_AFTER = "届级";
  private static final List<String> PHONE_WORDS = List.of("电话", "热线", "手机", "传真", "拨打", "号码");
  private static final String OPENING = "“‘《「『\"";
  private static final String CLOSING = "”’》」』\"";
  private static final String CLAUSE_MARKS = "，,。；;！!？?：:\n\r";

  private final String text;

  private FigureScanner(String text) {
    this.text = text;
  }

  /** A scanner of the text; {@link #next(int)} finds candidates from left to right. */
  static FigureScanner of(String text) {
    return new FigureScanner(text);
  }

  /**
   * The next candidate starting at or after {@code from}, or empty at the end of the text.
   *
   * @param from an offset into the text
   * @return the candidate, not null
   */
  Optional<Candidate> next(int from) {
    for (int i = from; i < text.length(); i++) {
      if (isNumberStart(i)) {
        return Optional.of(candidate(i));
      }
    }
    return Optional.empty();
  }

  private boolean isNumberStart(int i) {
    char c = text.charAt(i);
    boolean start = DIGITS.indexOf(c) >= 0 || DIGIT_NUMERALS.indexOf(c) >= 0 || "十百千".indexOf(c) >= 0;
    return start && (i == 0 || !isNumberChar(text.charAt(i - 1)));
  }

  private static boolean isNumberChar(char c) {
    return DIGITS.indexOf(c) >= 0 || DIGIT_NUMERALS.indexOf(c) >= 0 || PLACES.indexOf(c) >= 0 || c == '.'
        || c == '．';
  }

  private Candidate candidate(int numberStart) {
    int headEnd = numberStart;
    while (headEnd < text.length() && (isNumberChar(text.charAt(headEnd)) || IN_HEAD.indexOf(text.charAt(headEnd)) >= 0
        || isGrouping(headEnd))) {
      headEnd++;
    }
    int start = numberStart;
    for (String word : BEFORE) {
      if (text.startsWith(word, numberStart - word.length())) {
        start = numberStart - word.length();
        break;
      }
    }
    // “40万+”人次 quotes a figure for emphasis; a quotation of Chinese numerals alone (“十四五”) is a name.
    boolean quotedWhole = start > 0 && OPENING.indexOf(text.charAt(start - 1)) >= 0 && headEnd < text.length()
        && CLOSING.indexOf(text.charAt(headEnd)) >= 0 && text.substring(numberStart, headEnd).chars()
            .anyMatch(ch -> DIGITS.indexOf(ch) >= 0);
    int tailStart = quotedWhole ? headEnd + 1 : headEnd;
    int tailEnd = tailStart;
    while (tailEnd < text.length() && tailEnd - tailStart < TAIL && isTailChar(text.charAt(tailEnd))) {
      tailEnd++;
    }
    return new Candidate(start, headEnd, tailStart, tailEnd, skip(start, numberStart, headEnd, tailStart, quotedWhole));
  }

  /** A comma between digits with three digits after it, as in 12,345. */
  private boolean isGrouping(int i) {
    if (text.charAt(i) != ',' || i == 0 || DIGITS.indexOf(text.charAt(i - 1)) < 0 || i + 3 >= text.length()) {
      return false;
    }
    for (int k = i + 1; k <= i + 3; k++) {
      if (DIGITS.indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return i + 4 == text.length() || DIGITS.indexOf(text.charAt(i + 4)) < 0;
  }

  private static boolean isTailChar(char c) {
    return Character.isLetter(c) || c == '%' || c == '％';
  }

  private Optional<Skip> skip(int start, int numberStart, int headEnd, int tailStart, boolean quotedWhole) {
    String head = text.substring(numberStart, headEnd);
    char after = tailStart < text.length() ? text.charAt(tailStart) : ' ';
    if (TIME.indexOf(after) >= 0) {
      return Optional.of(Skip.DATE);
    }
    if ((start > 0 && text.charAt(start - 1) == '第') || ORDINAL_AFTER.indexOf(after) >= 0) {
      return Optional.of(Skip.ORDINAL);
    }
    if (isPhone(start, head, headEnd)) {
      return Optional.of(Skip.PHONE);
    }
    if ((!quotedWhole && isInShortQuote(start)) || (head.length() > 1 && only(head, DIGIT_NUMERALS))) {
      return Optional.of(Skip.NAME);
    }
    boolean oneNumeral = head.length() == 1 && DIGITS.indexOf(head.charAt(0)) < 0;
    if (oneNumeral || only(head, PLACES)) {
      return Optional.of(Skip.WORD);
    }
    return Optional.empty();
  }

  private boolean isPhone(int start, String head, int headEnd) {
    boolean hyphen = (start > 0 && text.charAt(start - 1) == '-') || (headEnd < text.length() && text.charAt(headEnd) == '-');
    boolean leadingZero = head.length() > 1 && head.charAt(0) == '0' && DIGITS.indexOf(head.charAt(1)) >= 0;
    boolean mobile = head.length() == 11 && head.charAt(0) == '1' && only(head, DIGITS);
    String before = withinClause(text.substring(Math.max(0, start - 6), start), false);
    String after = withinClause(text.substring(headEnd, Math.min(text.length(), headEnd + 8)), true);
    return hyphen || leadingZero || mobile || PHONE_WORDS.stream().anyMatch(before::contains) || after.contains("热线");
  }

  /** The part of {@code s} on the figure's side of a clause mark: its end, or its start if {@code after}. */
  private static String withinClause(String s, boolean after) {
    for (int i = 0; i < s.length(); i++) {
      int k = after ? i : s.length() - 1 - i;
      if (CLAUSE_MARKS.indexOf(s.charAt(k)) >= 0) {
        return after ? s.substring(0, k) : s.substring(k + 1);
      }
    }
    return s;
  }

  /** Inside a quotation or title that is short and holds no clause punctuation: a name, not a sentence. */
  private boolean isInShortQuote(int start) {
    int open = -1;
    for (int i = start - 1; i >= Math.max(0, start - SHORT_QUOTE); i--) {
      char c = text.charAt(i);
      if (CLOSING.indexOf(c) >= 0 && c != '"' || CLAUSE_MARKS.indexOf(c) >= 0) {
        return false;
      }
      if (OPENING.indexOf(c) >= 0) {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return false;
    }
    for (int i = start; i < Math.min(text.length(), open + SHORT_QUOTE + 2); i++) {
      char c = text.charAt(i);
      if (CLAUSE_MARKS.indexOf(c) >= 0) {
        return false;
      }
      if (CLOSING.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean only(String s, String allowed) {
    return s.chars().allMatch(c -> allowed.indexOf(c) >= 0);
  }
}
