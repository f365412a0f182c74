package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionkit.model.ValidationAssertions.assertRejectedHiding;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Keyed pseudonyms: HMAC-SHA-256, checked against the JDK's own MAC; the same key links, another does not. */
class PseudonymiserTest {
  private static final byte[] KEY = "a key of thirty-two bytes, here.".getBytes(StandardCharsets.US_ASCII);
  private static final CitizenId ID = CitizenId.parse(CitizenIdTest.EXAMPLE);

  @Test
  void aPseudonymIsTheFirst128BitsOfTheKeyedMacOfTheKindAndNumber() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    byte[] full = mac.doFinal(("citizenId:" + CitizenIdTest.EXAMPLE).getBytes(StandardCharsets.UTF_8));

    assertThat(Pseudonymiser.withKey(KEY).pseudonym(ID)).as("P and 32 hex digits")
        .hasToString("P" + HexFormat.of().formatHex(full, 0, 16));
  }

  @Test
  void theSameKeyLinksAnotherKeyOrKindDoesNot() {
    Pseudonymiser one = Pseudonymiser.withKey(KEY);
    Pseudonymiser other = Pseudonymiser.withKey("another key of thirty-two bytes.".getBytes(StandardCharsets.US_ASCII));

    assertThat(one.pseudonym(ID)).as("the same key, again").isEqualTo(Pseudonymiser.withKey(KEY.clone()).pseudonym(ID));
    assertThat(one.pseudonym(ID)).as("another key").isNotEqualTo(other.pseudonym(ID));
    assertThat(one.pseudonym(MemberId.parse("X1"))).as("a member id is keyed apart from a citizen ID")
        .isNotEqualTo(one.pseudonym(MemberId.parse("X2")));
  }

  @Test
  void aPseudonymisedMemberKeepsNoIdentity() {
    Member member = Member.builder().id(MemberId.parse("M1")).organisation(OrganisationId.parse("U1"))
        .workRelation(WorkRelation.EMPLOYEE).employmentForm(EmploymentForm.STANDARD).sex(Sex.FEMALE)
        .birthYear(Year.of(1949)).citizenId(ID).build();
    Pseudonymiser pseudonymiser = Pseudonymiser.withKey(KEY);

    Member shared = pseudonymiser.pseudonymise(member);

    assertThat(shared.id()).as("the id, from the citizen ID").isEqualTo(pseudonymiser.pseudonym(ID));
    assertThat(shared.citizenId()).as("no citizen ID").isEqualTo(Optional.empty());
    assertThat(shared.withId(member.id()).withCitizenId(ID)).as("nothing else changed").isEqualTo(member);
    Member withoutId = member.withCitizenId(Optional.empty()).withBirthYear(Optional.empty());
    assertThat(pseudonymiser.pseudonymise(withoutId).id()).as("without a citizen ID, from the member id")
        .isEqualTo(pseudonymiser.pseudonym(MemberId.parse("M1")));
  }

  @Test
  void aShortKeyIsRefusedAndNoKeyIsShown() {
    assertRejectedHiding(() -> Pseudonymiser.withKey(new byte[15]), "key", "at least 16 bytes", "[0, 0");
    assertThat(Pseudonymiser.withKey(KEY)).as("toString").hasToString("Pseudonymiser[key ***]");
  }
}
