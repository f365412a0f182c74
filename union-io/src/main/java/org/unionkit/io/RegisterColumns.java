package org.unionkit.io;

import java.util.ArrayList;
import java.util.List;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;

/**
 * The columns of a register as {@link Csv} writes them, such as {@code id, organisation, sex, birthYear, joined,
 * ...} for members, with the type of each and a record's cells: for formats that type their cells, such as a
 * workbook's, so that they write the same columns and texts as the CSV without listing the fields again.
 * Immutable and thread-safe.
 *
 * @param <T> the record type, {@link Member} or {@link Organisation}
 */
public final class RegisterColumns<T> {
  private static final RegisterColumns<Member> MEMBERS = new RegisterColumns<>(MemberField.values());
  private static final RegisterColumns<Organisation> ORGANISATIONS = new RegisterColumns<>(OrganisationField.values());

  /** What a column's cells hold. */
  public enum Type {
    /** Text, such as an identifier, a code, a citizen ID number or honours joined by {@code ;}: never a number. */
    TEXT,
    /** A whole count from 0 in plain digits, such as a birth year ({@code 1984}) or a number of employees. */
    COUNT,
    /** A date written {@code yyyy-mm-dd}, such as {@code 2020-05-01}. */
    DATE
  }

  private final RecordField<T, ?>[] fields;
  private final List<String> names;
  private final List<Type> types;

  private RegisterColumns(RecordField<T, ?>[] fields) {
    this.fields = fields;
    this.names = RecordField.names(fields);
    List<Type> kinds = new ArrayList<>();
    for (RecordField<T, ?> f : fields) {
      kinds.add(switch (f.kind()) {
        case NUMBER -> Type.COUNT;
        case DATE -> Type.DATE;
        case STRING, ARRAY, OBJECT -> Type.TEXT;
      });
    }
    this.types = List.copyOf(kinds);
  }

  /**
   * The member columns, in the order of {@link Csv#memberColumns()}.
   *
   * @return the columns, not null
   */
  public static RegisterColumns<Member> members() {
    return MEMBERS;
  }

  /**
   * The organisation columns, in the order {@link Csv#organisationWriter} writes them: {@code id, name,
   * englishName, kind, parent, region, industry, ownership, employees, founded, dissolved}.
   *
   * @return the columns, not null
   */
  public static RegisterColumns<Organisation> organisations() {
    return ORGANISATIONS;
  }

  /**
   * The column names, the record's JSON field names, in the order written.
   *
   * @return the names, not null
   */
  public List<String> names() {
    return names;
  }

  /**
   * The type of each column, in the order of {@link #names()}.
   *
   * @return the types, not null
   */
  public List<Type> types() {
    return types;
  }

  /**
   * The record's cells in the order of {@link #names()}, as {@link Csv} writes them before it neutralises
   * formulas: an absent attribute is an empty text, honours are joined by {@code ;}. A member's cells hold
   * its citizen ID number in full: they are personal data.
   *
   * @param record the record; not null
   * @return the cells, one a column; not null
   */
  public List<String> cells(T record) {
    return RecordField.cells(fields, record, CsvRow.HONOUR_SEPARATOR);
  }
}
