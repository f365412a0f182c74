package org.unionkit.stats;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a series says of one value beyond the value, such as a break in the series or an estimate, after
 * two code lists that share letters but not meanings: ILOSTAT's bulk files (A adjusted, B break, M
 * model-based, U unreliable, R real value, I imputation, blank for none, as ILOSTAT's rplumber dictionary
 * lists them in 2025; E estimate and P provisional are read too, meaning what they mean in SDMX) and SDMX's
 * {@code CL_OBS_STATUS} version 2.2 (A normal, B break, E estimated, M missing ...). Read a letter with
 * {@link #ofIlostat(String)} or {@link #ofSdmx(String)}, never across the two: ILOSTAT's A is not SDMX's A.
 *
 * <p>SDMX's missing-value codes (H, L, M, O, Q) have no constant: such an observation has no value, and
 * readers count it as missing. unionkit's own figures use {@link #NORMAL} when computed from exact counts
 * and {@link #ESTIMATED} when from counts known only as intervals (余/多, rounded, "+"): SDMX has no code
 * for a bound, and an estimate is the nearest.
 */
public enum ObservationStatus {
  /** No status: a value as measured (ILOSTAT blank, SDMX A). */
  NORMAL("", "A", "normal value"),
  /** ILOSTAT A: adjusted (for instance for the right to unionise); SDMX has no such code. */
  ADJUSTED("A", null, "adjusted"),
  /** Break in series: not comparable with earlier values of the series (ILOSTAT B, SDMX B). */
  BREAK("B", "B", "break in series"),
  /** ILOSTAT M: model-based extrapolation. */
  MODEL_BASED("M", null, "model-based extrapolation"),
  /** Unreliable, low reliability (ILOSTAT U, SDMX U). */
  UNRELIABLE("U", "U", "unreliable"),
  /** ILOSTAT R: real value. */
  REAL_VALUE("R", null, "real value"),
  /** Imputed (ILOSTAT I; SDMX I, imputed by a receiving agency). */
  IMPUTED("I", "I", "imputation"),
  /** Estimated value (SDMX E; E in older ILOSTAT files). */
  ESTIMATED("E", "E", "estimated value"),
  /** Provisional value (SDMX P; P in older ILOSTAT files). */
  PROVISIONAL("P", "P", "provisional value"),
  /** SDMX D: definition differs. */
  DEFINITION_DIFFERS(null, "D", "definition differs"),
  /** SDMX F: forecast value. */
  FORECAST(null, "F", "forecast value"),
  /** SDMX G: experimental value. */
  EXPERIMENTAL(null, "G", "experimental value"),
  /** SDMX J: derogation. */
  DEROGATION(null, "J", "derogation"),
  /** SDMX K: data included in another category. */
  INCLUDED_ELSEWHERE(null, "K", "data included in another category"),
  /** SDMX N: not significant. */
  NOT_SIGNIFICANT(null, "N", "not significant"),
  /** SDMX S: strike and other special events. */
  SPECIAL_EVENT(null, "S", "strike and other special events"),
  /** SDMX V: unvalidated value. */
  UNVALIDATED(null, "V", "unvalidated value"),
  /** SDMX W: includes data from another category. */
  INCLUDES_OTHER(null, "W", "includes data from another category");

  private final @Nullable String ilostat;
  private final @Nullable String sdmx;
  private final String english;

  ObservationStatus(@Nullable String ilostat, @Nullable String sdmx, String english) {
    this.ilostat = ilostat;
    this.sdmx = sdmx;
    this.english = english;
  }

  /**
   * The status an ILOSTAT bulk file's {@code obs_status} letter means, blank for {@link #NORMAL}; a letter
   * of SDMX's list that ILOSTAT does not use (D, F, G, J, K, N, S, V, W) means what it means in SDMX.
   *
   * @param letter the cell; not null
   * @return the status, empty for a letter ILOSTAT's dictionary does not hold; not null
   */
  public static Optional<ObservationStatus> ofIlostat(String letter) {
    String key = letter.strip();
    for (ObservationStatus status : values()) {
      if (key.equals(status.ilostat) || (status.ilostat == null && key.equals(status.sdmx))) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /**
   * The status an SDMX {@code OBS_STATUS} code means ({@code CL_OBS_STATUS} 2.2), blank for {@link #NORMAL}.
   *
   * @param code the cell; not null
   * @return the status, empty for a missing-value code (H, L, M, O, Q) or a code the list does not hold;
   *     not null
   */
  public static Optional<ObservationStatus> ofSdmx(String code) {
    String key = code.strip();
    if (key.isEmpty()) {
      return Optional.of(NORMAL);
    }
    for (ObservationStatus status : values()) {
      if (key.equals(status.sdmx)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an SDMX code says the value is missing (H, L, M, O, Q): no observation, not a value.
   *
   * @param code the cell; not null
   * @return true for a missing-value code
   */
  public static boolean isSdmxMissing(String code) {
    return code.strip().matches("[HLMOQ]");
  }

  /**
   * The letter ILOSTAT's bulk files write, blank for {@link #NORMAL}; for a status only SDMX has, its
   * SDMX letter (unionkit's ILOSTAT-layout files then hold SDMX's meaning, which its reader reads back).
   *
   * @return the letter, not null
   */
  public String letter() {
    return ilostat != null ? ilostat : sdmx == null ? "" : sdmx;
  }

  /**
   * The SDMX {@code CL_OBS_STATUS} code of the same meaning.
   *
   * @return the code, empty for ILOSTAT's adjusted, model-based and real value, which SDMX lacks; not null
   */
  public Optional<String> sdmx() {
    return Optional.ofNullable(sdmx);
  }

  /**
   * The meaning in English, such as {@code break in series}.
   *
   * @return the text, not null
   */
  public String english() {
    return english;
  }
}
