/**
 * The unionkit domain model, such as {@code Quantity.parse("14万余人")} or
 * {@code Organisation.builder().id(OrganisationId.parse("HB")).name("河北省总工会").kind(PROVINCIAL_FEDERATION).build()}.
 *
 * <h2>Vocabulary</h2>
 * One set of verbs across the API, so a name can be guessed at the JShell prompt:
 * <ul>
 *   <li>{@code of(...)}: a value from its parts ({@code Quantity.of(418, Unit.ENTERPRISE)});
 *   <li>{@code parse(text)}: a value from the text its {@code toString()} prints, locale-independent
 *       ({@code Region.parse("130100")}, {@code Money.parse("2744万元")});
 *   <li>{@code builder()}: for records with many attributes ({@link org.unionkit.model.Member},
 *       {@link org.unionkit.model.Organisation}, ...); each attribute is set once, and {@code build()}
 *       validates;
 *   <li>{@code withX(value)}: a copy with one attribute changed, on every built type;
 *   <li>{@code plus}, {@code minus}, {@code times}: arithmetic; {@code zero()}: the identity;
 *   <li>{@code isX()}: predicates ({@code SkillLevel.isHighSkill()}); {@code in(...)}, {@code toX()}:
 *       conversions.
 * </ul>
 *
 * <h2>Nulls, validation, equality</h2>
 * No method accepts or returns null; absent values are {@code Optional}. A null argument fails at once
 * with a {@code NullPointerException} naming the parameter. Every other rule is checked when a value is
 * made, and a broken rule throws {@link org.unionkit.model.ValidationException}, whose message names the
 * field and the value, such as {@code "employees (-3) must not be negative"}. All types are immutable
 * and thread-safe, and compare by value.
 *
 * <h2>Personal data</h2>
 * Citizen ID numbers and birth years are personal data (PIPL). They never appear in {@code toString()}
 * or in exception messages.
 *
 * <h2>Labels</h2>
 * Every code list is an enum implementing {@link org.unionkit.model.Labelled}: {@code chinese()} and
 * {@code english()} give its labels.
 */
@UnionStyle
@CheckReturnValue
package org.unionkit.model;

import com.google.errorprone.annotations.CheckReturnValue;
