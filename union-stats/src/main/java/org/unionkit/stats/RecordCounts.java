package org.unionkit.stats;

/**
 * What happened to the records of one kind that a roll-up read: {@code read = accepted + outsidePeriod +
 * rejected}, always. Accepted records count in the period (a record of an organisation outside the
 * scope is accepted and adds nothing); records outside the period are neither in its stock nor in its
 * flows; rejected records broke a {@link RecordRule}.
 *
 * @param read the records read
 * @param accepted the records counted in the period
 * @param outsidePeriod the records with nothing in the period: not errors
 * @param rejected the records not counted, each with a {@link Rejection}
 */
public record RecordCounts(long read, long accepted, long outsidePeriod, long rejected) {
  /**
   * Checks the sum.
   *
   * @throws IllegalArgumentException if a count is negative or the parts do not add up to {@code read}
   */
  public RecordCounts {
    if (accepted < 0 || outsidePeriod < 0 || rejected < 0 || accepted + outsidePeriod + rejected != read) {
      throw new IllegalArgumentException("accepted (" + accepted + ") + outside the period (" + outsidePeriod
          + ") + rejected (" + rejected + ") must be the records read (" + read + ")");
    }
  }

  @Override
  public String toString() {
    return read + " read, " + accepted + " counted, " + outsidePeriod + " outside the period, " + rejected
        + " rejected";
  }
}
