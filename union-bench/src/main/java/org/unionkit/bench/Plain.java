package org.unionkit.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * Plain Java records with the fields of the unionkit JSON format, for the databind peers: what an
 * application would write without unionkit. Strings where unionkit has identifiers, codes and dates; no
 * validation. Written with {@link #MAPPER}, a document of these records is byte for byte the document
 * unionkit writes (the round-trip workload checks it).
 */
final class Plain {
  /** Jackson databind as an application would set it up, with unionkit's layout: indented, nulls left out. */
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Plain() {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"id", "organisation", "sex", "birthYear", "joined", "workRelation", "employmentForm",
      "skillLevel", "honours", "hardship", "citizenId", "entry", "transferredFrom", "left", "leaveReason",
      "transferredTo", "underageExemption"})
  record Member(String id, String organisation, String sex, Integer birthYear, String joined, String workRelation,
      String employmentForm, String skillLevel, List<String> honours, String hardship, String citizenId, String entry,
      String transferredFrom, String left, String leaveReason, String transferredTo, String underageExemption) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "name", "englishName", "kind", "parent", "region", "industry", "ownership", "employees",
      "founded", "dissolved"})
  record Organisation(String id, String name, String englishName, String kind, String parent, String region,
      String industry, String ownership, Long employees, String founded, String dissolved) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "kind", "scope", "union", "employer", "validity", "coveredEmployees", "coveredEnterprises",
      "region", "industry", "signed"})
  record Contract(String id, String kind, String scope, String union, String employer, String validity,
      long coveredEmployees, long coveredEnterprises, String region, String industry, String signed) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "kind", "name", "organiser", "period", "outputs"})
  record Programme(String id, String kind, String name, String organiser, String period, Map<String, String> outputs) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Source(String document, String section) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"title", "source", "period", "region"})
  record Metadata(String title, Source source, String period, String region) {}

  /** The generated documents hold no figures or relations; their lists stay empty. */
  @JsonPropertyOrder({"schemaVersion", "metadata", "organisations", "members", "contracts", "programmes", "figures",
      "relations"})
  record Document(String schemaVersion, Metadata metadata, List<Organisation> organisations, List<Member> members,
      List<Contract> contracts, List<Programme> programmes, List<Object> figures, List<Object> relations) {}
}
