package org.unionkit.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms for sharing member data without identities: HMAC-SHA-256 under a key that only the
 * data's holder keeps, such as {@code Pseudonymiser.withKey(key).pseudonymise(member)}. The same person
 * gets the same pseudonym under the same key, so registers of different years still link; without the key
 * a pseudonym cannot be traced back, nor recomputed from a guessed ID number (which a plain hash of an
 * 18-digit number would allow by trying them all).
 *
 * <p>Pseudonyms are the first 128 bits of the MAC in hexadecimal, after {@code P}: 33 characters, a valid
 * {@link MemberId}. Citizen ID numbers and member ids are keyed apart (a kind prefix goes into the MAC), so
 * the same text as either kind gives different pseudonyms. The key is copied; {@code toString} never shows
 * it. Thread-safe.
 */
public final class Pseudonymiser {
  /** At least 128 bits of key; 256 random bits are what HMAC-SHA-256 can use in full. */
  private static final int MIN_KEY_BYTES = 16;
  private static final int PSEUDONYM_BYTES = 16;
  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] key;

  private Pseudonymiser(byte[] key) {
    this.key = key.clone();
  }

  /**
   * A pseudonymiser under the key, such as 32 bytes from {@code SecureRandom}, kept secret and the same for
   * every register that must link.
   *
   * @param key at least 16 bytes; copied; not null
   * @return the pseudonymiser, not null
   * @throws ValidationException if the key is shorter than 16 bytes
   */
  public static Pseudonymiser withKey(byte[] key) {
    Checks.requireHidden(key.length >= MIN_KEY_BYTES, "key", "must be at least " + MIN_KEY_BYTES
        + " bytes (32 random bytes recommended)");
    return new Pseudonymiser(key);
  }

  /**
   * The pseudonym of a citizen ID number, such as {@code P5f0c...}.
   *
   * @param id the number; not null
   * @return the pseudonym, as a member id; not null
   */
  public MemberId pseudonym(CitizenId id) {
    return of("citizenId:" + id.unmaskedText());
  }

  /**
   * The pseudonym of a member id (for members without a citizen ID number).
   *
   * @param id the member id; not null
   * @return the pseudonym, not null
   */
  public MemberId pseudonym(MemberId id) {
    return of("memberId:" + id);
  }

  /**
   * The member for sharing: its id replaced by the pseudonym of its citizen ID number, or of its member
   * id where it has none, and the citizen ID number left out. The birth year is kept, for age groups;
   * leave it out too ({@code withBirthYear(Optional.empty())}) where the recipient does not need it.
   *
   * @param member the member; not null
   * @return the pseudonymised member, not null
   */
  public Member pseudonymise(Member member) {
    MemberId pseudonym = member.citizenId().map(this::pseudonym).orElseGet(() -> pseudonym(member.id()));
    return member.withId(pseudonym).withCitizenId(Optional.empty());
  }

  private MemberId of(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
      return MemberId.parse("P" + HexFormat.of().formatHex(Arrays.copyOf(digest, PSEUDONYM_BYTES)));
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is one of the algorithms every Java platform must have.
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  /**
   * Always {@code Pseudonymiser[key ***]}: the key never reaches a log.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "Pseudonymiser[key ***]";
  }
}
