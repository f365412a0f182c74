package org.unionkit.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Member;
import org.unionkit.model.OrganisationTree;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;
import org.unionkit.stats.internal.MemberIdSet;
import org.unionkit.stats.internal.MemberRow;

/**
 * The members of a tree's organisations held as columns, for rolling up again and again for one period
 * (in any scope): per member only what the member measures need (relation to work, employment form, skill
 * level, and what the spell is in the period: stock, joined, left, transferred), in two bytes, grouped
 * by organisation. Members are checked as {@link RollUp} checks them (every {@link RecordRule}, the repeated
 * id included): {@link #counts()} and {@link #rejections()} say what became of them. Ten million members take about 20 MB here, where {@link Member} objects take
 * gigabytes, and {@link RollUp#of(MemberColumns, Iterable, Scope)} rolls them up in any scope by reading
 * the columns straight through. Built in one pass over members read one at a time (a file streamed, or a
 * list): {@code MemberColumns.of(tree, () -> Ndjson.members(in, "members.ndjson", ReadOptions.defaults()), options)}.
 * Immutable and thread-safe.
 */
public final class MemberColumns {
  private static final WorkRelation[] RELATIONS = WorkRelation.values();
  private static final EmploymentForm[] FORMS = EmploymentForm.values();
  private static final SkillLevel[] LEVELS = SkillLevel.values();
  private static final int CODES = RELATIONS.length * FORMS.length * (LEVELS.length + 1) * Counter.FLAG_SETS;
  private static final int K = Counter.MEMBER_MEASURES;
  /**
   * For each code, what one member of that code adds to each member measure: Counter's rules, run once a
   * code. Adding a whole row, without a branch, beats looking up which measures to add.
   */
  private static final long[] ROWS = new long[CODES * K];

  static {
    for (int code = 0; code < CODES; code++) {
      int flags = code % Counter.FLAG_SETS;
      int level = code / Counter.FLAG_SETS % (LEVELS.length + 1);
      int rest = code / Counter.FLAG_SETS / (LEVELS.length + 1);
      Counter.addMember(ROWS, code * K, flags, RELATIONS[rest / FORMS.length], FORMS[rest % FORMS.length],
          level == 0 ? null : LEVELS[level - 1]);
    }
  }

  private final TreePositions positions;
  private final CountOptions options;
  private final RecordCounts counts;
  private final List<Rejection> rejections;
  /** The members of the organisation at position {@code p} are {@code codes[starts[p] .. starts[p + 1])}. */
  private final int[] starts;
  private final short[] codes;

  private MemberColumns(TreePositions positions, CountOptions options, RecordCounts counts,
      List<Rejection> rejections, int[] starts, short[] codes) {
    this.positions = positions;
    this.options = options;
    this.counts = counts;
    this.rejections = rejections;
    this.starts = starts;
    this.codes = codes;
  }

  /**
   * The members' columns for the options' period, read in one pass in order; the options' scope is not
   * used (each roll-up of the columns names its own).
   *
   * @param tree the organisations; not null
   * @param members the members, read once; not null
   * @param options the period and as-of date; not null
   * @return the columns, not null
   */
  public static MemberColumns of(OrganisationTree tree, Iterable<Member> members, CountOptions options) {
    TreePositions positions = new TreePositions(tree);
    ReportingPeriod period = options.period();
    MemberChecks checks = new MemberChecks(options, period);
    MemberIdSet ids = new MemberIdSet();
    List<Rejection> rejections = new ArrayList<>();
    int[] organisation = new int[1024];
    short[] code = new short[1024];
    int n = 0;
    long read = 0;
    long outside = 0;
    Counter.Span span = Counter.Span.of(period);
    MemberRow row = new MemberRow();
    for (Member m : members) {
      read++;
      int p = positions.find(m.organisation());
      Rejection rejection = checks.check(row.set(m, p), positions, read);
      long first = rejection == null ? ids.add(m.id(), read) : 0;
      if (first != 0) {
        rejection = MemberChecks.duplicate(m.id(), read, first);
      }
      if (rejection != null) {
        rejections.add(rejection);
        continue;
      }
      int flags = Counter.flags(row, span);
      if (flags == 0) {
        outside++;
        continue;
      }
      if (n == code.length) {
        organisation = Arrays.copyOf(organisation, n * 2);
        code = Arrays.copyOf(code, n * 2);
      }
      organisation[n] = p;
      code[n] = code(flags, m.workRelation(), m.employmentForm(), m.skillLevel().orElse(null));
      n++;
    }
    // Counting sort by organisation: a prefix sum of the counts gives each organisation's first slot.
    int[] starts = new int[positions.size() + 1];
    for (int i = 0; i < n; i++) {
      starts[organisation[i] + 1]++;
    }
    for (int p = 0; p < positions.size(); p++) {
      starts[p + 1] += starts[p];
    }
    int[] next = Arrays.copyOf(starts, positions.size());
    short[] grouped = new short[n];
    for (int i = 0; i < n; i++) {
      grouped[next[organisation[i]]++] = code[i];
    }
    return new MemberColumns(positions, options, new RecordCounts(read, n, outside, rejections.size()),
        List.copyOf(rejections), starts, grouped);
  }

  @SuppressWarnings("EnumOrdinal") // the code is an index into ROWS, built from the same ordinals
  private static short code(int flags, WorkRelation relation, EmploymentForm form, @Nullable SkillLevel level) {
    return (short) ((((relation.ordinal() * FORMS.length + form.ordinal()) * (LEVELS.length + 1)
        + (level == null ? 0 : level.ordinal() + 1)) * Counter.FLAG_SETS) + flags);
  }

  /**
   * The tree whose organisations the members belong to.
   *
   * @return the tree, not null
   */
  public OrganisationTree tree() {
    return positions.tree;
  }

  /**
   * How many members the columns hold: those counted in the period (members outside it or rejected are
   * not held).
   *
   * @return the count
   */
  public int size() {
    return codes.length;
  }

  /**
   * The period and as-of date the members were classified for.
   *
   * @return the options, not null
   */
  public CountOptions options() {
    return options;
  }

  /**
   * What became of the members read.
   *
   * @return the counts, not null
   */
  public RecordCounts counts() {
    return counts;
  }

  /**
   * The members rejected, in input order.
   *
   * @return the rejections, not null
   */
  public List<Rejection> rejections() {
    return rejections;
  }

  TreePositions positions() {
    return positions;
  }

  /**
   * Counts the members of the organisation at {@code position} into {@code counts[base ..]}. Plain
   * increments: a count here cannot pass the number of members, an int.
   */
  void countInto(int position, long[] counts, int base) {
    for (int i = starts[position]; i < starts[position + 1]; i++) {
      int row = codes[i] * K;
      for (int k = 0; k < K; k++) {
        counts[base + k] += ROWS[row + k];
      }
    }
  }

  @Override
  public String toString() {
    return "MemberColumns[" + codes.length + " members of " + positions.tree + "]";
  }
}
