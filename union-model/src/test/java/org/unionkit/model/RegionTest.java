package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionkit.model.ValidationAssertions.assertRejected;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionTest {

  private static Region region(String code) {
    return Region.parse(code);
  }

  @ParameterizedTest(name = "{0} is {1}, parent {2}, province {3}")
  @CsvSource({
      "130000, PROVINCE,   '',     130000",
      "130100, PREFECTURE, 130000, 130000",
      "130102, COUNTY,     130100, 130000",
      "110101, COUNTY,     110100, 110000",
      "820000, PROVINCE,   '',     820000"})
  void levelParentAndProvinceComeFromTheDigits(String code, RegionLevel level, String parent, String province) {
    Region region = region(code);

    assertThat(region.level()).as("level of %s", code).isEqualTo(level);
    assertThat(region.parent().map(Region::code).orElse("")).as("parent of %s", code).isEqualTo(parent);
    assertThat(region.province()).as("province of %s", code).isEqualTo(region(province));
    assertThat(region).as("toString is the code").hasToString(code);
    assertThat(region.code()).as("code()").isEqualTo(code);
  }

  @ParameterizedTest(name = "{0} within {1}: {2}")
  @CsvSource({
      "130102, 130000, true",
      "130102, 130100, true",
      "130102, 130102, true",
      "130100, 130100, true",
      "130100, 130000, true",
      "130102, 130200, false",
      "130102, 130103, false",
      "130100, 130102, false",
      "130000, 130100, false",
      "110101, 130000, false"})
  void isWithinHoldsForTheRegionAndItsAncestors(String code, String other, boolean within) {
    assertThat(region(code).isWithin(region(other))).as("%s within %s", code, other).isEqualTo(within);
  }

  @Test
  void retiredCodesStayValid() {
    Region mancheng = region("130621");

    assertThat(mancheng.level()).as("满城县 was a county").isEqualTo(RegionLevel.COUNTY);
    assertThat(mancheng.parent()).as("under 保定市").contains(region("130600"));
  }

  @Test
  void builtInTableNamesCodes() {
    RegionTable table = RegionTable.builtIn();

    assertThat(table.vintage()).as("vintage").isEqualTo("2020");
    assertThat(table.name(region("130100"))).as("130100").contains("石家庄市");
    assertThat(table.name(region("130000"))).as("130000").contains("河北省");
    assertThat(table.name(region("130621"))).as("retired codes keep their name").contains("满城县");
    assertThat(table.name(region("130102"))).as("unlisted codes have no name").isEmpty();
  }

  @Test
  void builtInTableGivesEveryProvincialDivisionItsIsoCode() {
    RegionTable table = RegionTable.builtIn();

    assertThat(table.iso3166(region("130000"))).as("河北省").contains("CN-HE");
    assertThat(table.iso3166(region("110000"))).as("北京市").contains("CN-BJ");
    assertThat(table.iso3166(region("810000"))).as("Hong Kong, GB/T 81, once ISO CN-91").contains("CN-HK");
    assertThat(table.iso3166(region("130100"))).as("a prefecture has none").isEmpty();
    long coded = java.util.stream.IntStream.rangeClosed(11, 82).mapToObj(p -> p + "0000")
        .filter(code -> {
          try {
            return table.iso3166(Region.parse(code)).isPresent();
          } catch (ValidationException notAProvince) {
            return false;
          }
        }).count();
    assertThat(coded).as("the 34 divisions of ISO 3166-2:CN").isEqualTo(34);
  }

  @Test
  void builtInTableGivesStatusAndSuccessor() {
    RegionTable table = RegionTable.builtIn();

    assertThat(table.status(region("130621"))).as("满城县 in 2020").isEqualTo(RegionStatus.RETIRED);
    assertThat(table.successor(region("130621"))).as("满城县 became 满城区").contains(region("130607"));
    assertThat(table.status(region("130607"))).as("满城区 in 2020").isEqualTo(RegionStatus.CURRENT);
    assertThat(table.status(region("130100"))).as("石家庄市 in 2020").isEqualTo(RegionStatus.CURRENT);
    assertThat(table.successor(region("130100"))).as("current codes have no successor").isEmpty();
    assertThat(table.status(region("130102"))).as("a county the sample does not hold")
        .isEqualTo(RegionStatus.UNLISTED);
    assertThat(table.successor(region("130102"))).as("unlisted codes have no successor").isEmpty();
  }

  @Test
  void equalityAndOrderFollowTheCode() {
    assertThat(region("130100")).as("same code").isEqualTo(region("130100"))
        .hasSameHashCodeAs(region("130100"))
        .isLessThan(region("130102"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"13010", "1301000", "13010a", "", "１３０１００", " 13010"})
  void codesMustBeSixDigits(String code) {
    assertRejected(() -> Region.parse(code), "region", "region (\"" + code + "\") must be six digits (GB/T 2260)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"990000", "000000", "100000", "830100"})
  void codesMustStartWithAProvince(String code) {
    assertRejected(() -> Region.parse(code), "region",
        "region (" + code + ") does not start with a GB/T 2260 province code (11 to 82)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"130001", "110099"})
  void provincesHaveNoCountyDigits(String code) {
    assertRejected(() -> Region.parse(code), "region",
        "region (" + code + ") has county digits under a province");
  }
}
