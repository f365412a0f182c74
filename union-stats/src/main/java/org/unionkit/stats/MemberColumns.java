package org.unionkit.stats;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.unionkit.model.EmploymentForm;
import org.unionkit.model.Member;
import org.unionkit.model.OrganisationTree;
import org.unionkit.model.SkillLevel;
import org.unionkit.model.WorkRelation;

/**
 * The members of a tree's organisations held as columns, for rolling up again and again: per member only
 * what the member measures need (relation to work, employment form, skill level), in two bytes, grouped
 * by organisation. Ten million members take about 20 MB here, where {@link Member} objects take
 * gigabytes, and {@link RollUp#of(MemberColumns, Iterable, Scope)} rolls them up in any scope by reading
 * the columns straight through. Built in one pass over members read one at a time (a file streamed, or a
 * list): {@code MemberColumns.of(tree, () -> Ndjson.members(in, "members.ndjson", Rejects.FAIL))}.
 * Immutable and thread-safe.
 */
public final class MemberColumns {
  private static final WorkRelation[] RELATIONS = WorkRelation.values();
  private static final EmploymentForm[] FORMS = EmploymentForm.values();
  private static final SkillLevel[] LEVELS = SkillLevel.values();
  private static final int CODES = RELATIONS.length * FORMS.length * (LEVELS.length + 1);
  private static final int K = Counter.MEMBER_MEASURES;
  /**
   * For each code, what one member of that code adds to each member measure: Counter's rules, run once a
   * code. Adding a whole row, without a branch, beats looking up which measures to add.
   */
  private static final long[] ROWS = new long[CODES * K];

  static {
    for (int code = 0; code < CODES; code++) {
      int level = code % (LEVELS.length + 1);
      int rest = code / (LEVELS.length + 1);
      Counter.addMember(ROWS, code * K, RELATIONS[rest / FORMS.length], FORMS[rest % FORMS.length],
          level == 0 ? null : LEVELS[level - 1]);
    }
  }

  private final TreePositions positions;
  /** The members of the organisation at position {@code p} are {@code codes[starts[p] .. starts[p + 1])}. */
  private final int[] starts;
  private final short[] codes;

  private MemberColumns(TreePositions positions, int[] starts, short[] codes) {
    this.positions = positions;
    this.starts = starts;
    this.codes = codes;
  }

  /**
   * The members' columns, read in one pass.
   *
   * @param tree the organisations; not null
   * @param members the members, read once; not null
   * @return the columns, not null
   * @throws IllegalArgumentException naming a member whose organisation is not in the tree
   */
  public static MemberColumns of(OrganisationTree tree, Iterable<Member> members) {
    TreePositions positions = new TreePositions(tree);
    int[] organisation = new int[1024];
    short[] code = new short[1024];
    int n = 0;
    for (Member m : members) {
      if (n == code.length) {
        organisation = Arrays.copyOf(organisation, n * 2);
        code = Arrays.copyOf(code, n * 2);
      }
      organisation[n] = positions.indexOf(m.organisation(), () -> "member " + m.id());
      code[n] = code(m.workRelation(), m.employmentForm(), m.skillLevel().orElse(null));
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
    return new MemberColumns(positions, starts, grouped);
  }

  @SuppressWarnings("EnumOrdinal") // the code is an index into ROWS, built from the same ordinals
  private static short code(WorkRelation relation, EmploymentForm form, @Nullable SkillLevel level) {
    return (short) ((relation.ordinal() * FORMS.length + form.ordinal()) * (LEVELS.length + 1)
        + (level == null ? 0 : level.ordinal() + 1));
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
   * How many members the columns hold.
   *
   * @return the count
   */
  public int size() {
    return codes.length;
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
