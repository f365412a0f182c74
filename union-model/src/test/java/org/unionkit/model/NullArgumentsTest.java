package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A null argument fails at once with a NullPointerException naming the parameter. */
class NullArgumentsTest {

  static Stream<Arguments> nullArguments() {
    return Stream.of(
        call("Member.builder().id(null)", () -> Member.builder().id(null), "id"),
        call("Organisation.builder().name(null)", () -> Organisation.builder().name(null), "name"),
        call("Quantity.of(null, ...)",
            () -> Quantity.of(null, Multiplier.WAN, Qualifier.EXACT, Unit.PERSON), "number"),
        call("Quantity.of(..., null)",
            () -> Quantity.of(BigDecimal.ONE, Multiplier.WAN, Qualifier.EXACT, null), "unit"),
        call("Interval.closedOpen(1, null)", () -> Interval.closedOpen(BigDecimal.ONE, null), "upper"),
        call("Source.of(null)", () -> Source.of(null), "document"),
        call("Industry.of(null)", () -> Industry.of(null), "section"),
        call("Interval.point(null)", () -> Interval.point(null), "value"),
        call("ReportingPeriod.of(null, ...)", () -> ReportingPeriod.of(null, LocalDate.of(2020, 1, 1)),
            "start"),
        call("Quantity.interval(null)", () -> Quantity.parse("14万余人").interval(null), "rules"));
  }

  private static Arguments call(String description, ThrowingCallable call, String parameter) {
    return Arguments.of(Named.of(description, call), parameter);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullArguments")
  void nullFailsNamingTheParameter(ThrowingCallable call, String parameter) {
    assertThatThrownBy(call).as("NullPointerException naming %s", parameter)
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining(parameter);
  }
}
