package org.unionkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionkit.model.Interval;
import org.unionkit.model.Multiplier;
import org.unionkit.model.OrganisationKind;
import org.unionkit.model.Qualifier;
import org.unionkit.model.Quantity;
import org.unionkit.model.Region;
import org.unionkit.model.ReportedFigure;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.model.Unit;
import org.unionkit.stats.RelationAudit;
import org.unionkit.stats.Verdict;

/**
 * The seed review (the Hebei federation's review of 2020, {@code seeds/000_754efc18a9043b9d.txt}) as data:
 * {@code seeds/hebei-2020.json} reads strictly, holds every figure of the four parts with its unit and
 * qualifier, validates against the shipped schema, and survives a write-read cycle unchanged.
 */
class SeedDatasetTest {
  /** The seed document, from the union-io module directory (surefire's working directory). */
  private static final Path SEED = Path.of("..", "seeds", "hebei-2020.json");

  /** The review's headline, which the metadata and every figure name as their source document. */
  private static final String DOCUMENT =
      "引导职工坚定不移听党话跟党走 全省工会团结动员广大职工争当高质量发展排头兵";

  // Figures counted by hand in the review, part by part (the parts appear in the order 1, 2, 4, 3 and
  // continue after photo captions). Dates, names of plans ("十四五", "六比一创", ...), numbers inside names
  // and Chinese-numeral words are not figures.
  /** Part 1: 4076期, 5194个, 1978场, 819万人次, 98名, 10位, 30个, 34名, 1638万人次, 55万余次, 12个, 266个, 45万人. */
  private static final int SECTION_1 = 13;
  /** Part 2: 1500万元, 106个, 136家, 10万余名, 17项, 15万名, 191项, 1230多项, 6批次, 604场, 6家, 4件, and the
   * expressway site's 6733人, 982台, 300名, 86000颗. */
  private static final int SECTION_2 = 16;
  /** Part 3: 5名, 418家, 10.1万人, 5部门, 5.1万份, 526万人, 8082.9万元, 930余万元, 694名, 464名, 911名,
   * 6800多万元, 14万余人, 129个, 776件, 486件, 2744万元, 200家, 1350多家, 15家. */
  private static final int SECTION_3 = 20;
  /** Part 4: 8000多人, 31万人次, 40万+人次, 7万人, 20多次, 172.5万人, 6.5万家, 1.5万件, 3.2万多篇, 79.2%, 1199个,
   * 11家, 2家, 79家, 909万人, 247万人, 27.2%. */
  private static final int SECTION_4 = 17;

  private static DatasetDocument document;
  private static byte[] bytes;

  @BeforeAll
  static void read() throws IOException {
    if (!Files.exists(SEED)) {
      fail("seed dataset not found at " + SEED.toAbsolutePath().normalize()
          + ": run the test from the union-io module directory (as Maven's surefire does)");
    }
    bytes = Files.readAllBytes(SEED);
    document = UnionJson.readDataset(new ByteArrayInputStream(bytes), SEED.toString(), null);
  }

  private static ReportedFigure figure(String id) {
    return document.dataset().figures().stream().filter(f -> f.id().toString().equals(id)).findFirst()
        .orElseGet(() -> fail("no figure with id " + id));
  }

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void metadataAndOrganisationDescribeTheProvincialReview() {
    Metadata metadata = document.metadata();
    assertThat(document.schemaVersion()).as("schemaVersion").isEqualTo("1.1");
    assertThat(metadata.title()).as("title").contains("河北省总工会2020年工作回顾");
    assertThat(metadata.source().document()).as("source document: the review's headline").isEqualTo(DOCUMENT);
    assertThat(metadata.source().section()).as("the metadata's source is the whole review").isEmpty();
    assertThat(metadata.period()).as("period").isEqualTo(ReportingPeriod.ofYear(2020));
    assertThat(metadata.region()).as("region").contains(Region.parse("130000"));
    assertThat(document.dataset().organisations()).as("organisations").anySatisfy(o -> {
      assertThat(o.id().toString()).as("id").isEqualTo("HB");
      assertThat(o.name()).as("name").isEqualTo("河北省总工会");
      assertThat(o.kind()).as("kind").isEqualTo(OrganisationKind.PROVINCIAL_FEDERATION);
    });
  }

  @Test
  void everyPartHoldsTheFiguresCountedInTheReview() {
    Map<String, Long> perSection = document.dataset().figures().stream()
        .collect(Collectors.groupingBy(f -> f.source().section().orElse("(none)"), TreeMap::new,
            Collectors.counting()));
    assertThat(perSection).as("figures per part of the review")
        .containsExactlyEntriesOf(new TreeMap<>(Map.of(
            "1", (long) SECTION_1, "2", (long) SECTION_2, "3", (long) SECTION_3, "4", (long) SECTION_4)));
    assertThat(document.dataset().figures()).as("all figures")
        .hasSize(SECTION_1 + SECTION_2 + SECTION_3 + SECTION_4);
  }

  @Test
  void everyFigureIsDescribedAndSourced() {
    Set<String> ids = new HashSet<>();
    for (ReportedFigure f : document.dataset().figures()) {
      String id = f.id().toString();
      assertThat(ids.add(id)).as("id %s is unique", id).isTrue();
      assertThat(f.measure()).as("%s: measure", id).isNotBlank();
      assertThat(f.englishMeasure()).as("%s: englishMeasure", id).isNotBlank();
      assertThat(f.source().document()).as("%s: source document", id).isEqualTo(DOCUMENT);
      assertThat(f.source().section()).as("%s: section", id).hasValueSatisfying(
          s -> assertThat(s).as("%s: section is a part of the review", id).isIn("1", "2", "3", "4"));
      f.region().ifPresent(r -> assertThat(r.isWithin(Region.parse("130000")))
          .as("%s: region %s lies in Hebei", id, r).isTrue());
    }
  }

  @Test
  void qualifiedFiguresKeepTheirQualifierMultiplierUnitAndInterval() {
    Quantity condolence = figure("condolence-recipients").quantity();
    assertThat(condolence.qualifier()).as("14万余人: qualifier").isEqualTo(Qualifier.YU_AFTER_MULTIPLIER);
    assertThat(condolence.multiplier()).as("14万余人: multiplier").isEqualTo(Multiplier.WAN);
    assertThat(condolence.unit()).as("14万余人: unit").isEqualTo(Unit.PERSON);
    assertThat(condolence.interval()).as("14万余人: interval")
        .isEqualTo(Interval.closedOpen(n("140000"), n("150000")));

    Quantity funds = figure("condolence-funds").quantity();
    assertThat(funds.qualifier()).as("6800多万元: qualifier").isEqualTo(Qualifier.DUO_AFTER_NUMBER);
    assertThat(funds.multiplier()).as("6800多万元: multiplier").isEqualTo(Multiplier.WAN);
    assertThat(funds.unit()).as("6800多万元: unit").isEqualTo(Unit.YUAN);
    assertThat(funds.interval()).as("6800多万元: interval")
        .isEqualTo(Interval.closedOpen(n("68000000"), n("69000000")));

    Quantity allowances = figure("epidemic-hardship-allowances").quantity();
    assertThat(allowances.qualifier()).as("930余万元: qualifier").isEqualTo(Qualifier.YU_AFTER_NUMBER);
    assertThat(allowances.unit()).as("930余万元: unit").isEqualTo(Unit.YUAN);
    assertThat(allowances.interval()).as("930余万元: interval")
        .isEqualTo(Interval.closedOpen(n("9300000"), n("9400000")));

    Quantity viewers = figure("kangbao-campaign-viewers").quantity();
    assertThat(viewers.qualifier()).as("40万+人次: qualifier").isEqualTo(Qualifier.AT_LEAST);
    assertThat(viewers.multiplier()).as("40万+人次: multiplier").isEqualTo(Multiplier.WAN);
    assertThat(viewers.unit()).as("40万+人次: unit").isEqualTo(Unit.PERSON_TIME);
    assertThat(viewers.interval()).as("40万+人次: interval").isEqualTo(Interval.atLeast(n("400000")));

    Quantity contestWorkers = figure("xiongan-contest-workers").quantity();
    assertThat(contestWorkers.qualifier()).as("10万余名: qualifier").isEqualTo(Qualifier.YU_AFTER_MULTIPLIER);
    assertThat(contestWorkers.unit()).as("10万余名: unit").isEqualTo(Unit.PERSON_MING);
    assertThat(contestWorkers.interval()).as("10万余名: interval")
        .isEqualTo(Interval.closedOpen(n("100000"), n("110000")));

    Quantity posts = figure("platform-activity-posts").quantity();
    assertThat(posts.qualifier()).as("3.2万多篇: qualifier").isEqualTo(Qualifier.DUO_AFTER_MULTIPLIER);
    assertThat(posts.unit()).as("3.2万多篇: unit").isEqualTo(Unit.ARTICLE);
    assertThat(posts.interval()).as("3.2万多篇: interval").isEqualTo(Interval.closedOpen(n("32000"), n("33000")));

    Quantity sessions = figure("platform-review-sessions").quantity();
    assertThat(sessions.qualifier()).as("20多次: qualifier").isEqualTo(Qualifier.DUO_AFTER_NUMBER);
    assertThat(sessions.unit()).as("20多次: unit").isEqualTo(Unit.TIME);
    assertThat(sessions.interval()).as("20多次: interval").isEqualTo(Interval.closedOpen(n("20"), n("30")));
  }

  @Test
  void unqualifiedFiguresKeepTheirMultiplierAndUnit() {
    Quantity share = figure("high-skill-share").quantity();
    assertThat(share.qualifier()).as("27.2%: qualifier").isEqualTo(Qualifier.EXACT);
    assertThat(share.unit()).as("27.2%: unit").isEqualTo(Unit.PERCENT);
    assertThat(share.value()).as("27.2%: value").isEqualByComparingTo("27.2");

    Quantity skilled = figure("skilled-workers").quantity();
    assertThat(skilled.multiplier()).as("909万人: multiplier").isEqualTo(Multiplier.WAN);
    assertThat(skilled.unit()).as("909万人: unit").isEqualTo(Unit.PERSON);
    assertThat(skilled.value()).as("909万人: value").isEqualByComparingTo("9090000");
    assertThat(figure("skilled-workers").period()).as("909万人: a stock at the end of 2020")
        .isEqualTo(ReportingPeriod.parse("2020-12-31/2020-12-31"));

    Quantity covered = figure("collective-contract-coverage").quantity();
    assertThat(covered.qualifier()).as("526万人: qualifier").isEqualTo(Qualifier.EXACT);
    assertThat(covered.unit()).as("526万人: unit").isEqualTo(Unit.PERSON);
    assertThat(covered.value()).as("526万人: value").isEqualByComparingTo("5260000");

    Quantity contracts = figure("comprehensive-collective-contracts").quantity();
    assertThat(contracts.multiplier()).as("5.1万份: multiplier").isEqualTo(Multiplier.WAN);
    assertThat(contracts.unit()).as("5.1万份: unit").isEqualTo(Unit.COPY);
    assertThat(contracts.number()).as("5.1万份: the written digits keep their scale").isEqualTo(n("5.1"));
    assertThat(contracts.interval()).as("5.1万份: taken as rounded")
        .isEqualTo(Interval.closedOpen(n("50500"), n("51500")));

    assertThat(figure("new-employment-members").quantity().unit()).as("10.1万人: persons, not person-times")
        .isEqualTo(Unit.PERSON);
    assertThat(figure("recitation-participants").quantity().unit()).as("819万人次: person-times")
        .isEqualTo(Unit.PERSON_TIME);
    assertThat(figure("new-unions-large-non-public").quantity().interval()).as("418家: exact")
        .isEqualTo(Interval.point(n("418")));
    assertThat(figure("epidemic-spending").quantity().value()).as("8082.9万元 in yuan")
        .isEqualByComparingTo("80829000");
    assertThat(figure("kangbao-resident-population").region()).as("7万人: Kangbao county")
        .contains(Region.parse("130723"));
  }

  @Test
  void thePublishedHighSkillShareAgreesWithItsCounts() {
    BigDecimal high = figure("high-skill-workers").quantity().value();
    BigDecimal skilled = figure("skilled-workers").quantity().value();
    BigDecimal percent = high.multiply(BigDecimal.valueOf(100)).divide(skilled, 1, RoundingMode.HALF_UP);
    assertThat(percent).as("247万 / 909万 at one decimal, half-up")
        .isEqualByComparingTo(figure("high-skill-share").quantity().value());
  }

  @Test
  void theSeedValidatesAgainstTheShippedSchema() {
    assertThat(SchemaSupport.errors(SchemaSupport.dataset(), SchemaSupport.tree(bytes)))
        .as("dataset.schema.json complaints about %s", SEED).isEmpty();
  }

  @Test
  void writingAndReadingAgainGivesAnEqualDocument() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    UnionJson.writeDataset(document, out, null);
    DatasetDocument again =
        UnionJson.readDataset(new ByteArrayInputStream(out.toByteArray()), "written hebei-2020.json", null);
    assertThat(again).as("the seed after a write-read cycle").isEqualTo(document);
    assertThat(again.dataset().figures()).as("figures in their order")
        .containsExactlyElementsOf(document.dataset().figures());
  }

  @Test
  void everyRelationOfTheReviewAuditsAsConsistentOrDerived() {
    List<RelationAudit> audits = RelationAudit.of(document.dataset());
    assertThat(audits).as("one audit per relation").hasSize(document.dataset().relations().size()).isNotEmpty();
    Map<String, RelationAudit> byId = audits.stream().collect(Collectors.toMap(a -> a.relation().id().toString(), a -> a));
    for (RelationAudit audit : audits) {
      // The review publishes the 79.2% spending share without the amounts it divides.
      Verdict expected = audit.relation().id().toString().equals("service-spending-share-check")
          ? Verdict.NOT_DETERMINABLE : audit.relation().result().isPresent() ? Verdict.CONSISTENT : Verdict.DERIVED;
      assertThat(audit.verdict()).as("%s", audit).isEqualTo(expected);
    }
    // 247万 / 909万 as rounded counts: (27.10%, 27.25%), which meets 27.2%'s [27.15%, 27.25%).
    assertThat(byId.get("high-skill-share-check")).as("high-skill share")
        .hasToString("high-skill-share-check SHARE: (27.10%, 27.25%) CONSISTENT");
    // 526万 / 5.1万: [5255000, 5265000) / [50500, 51500).
    assertThat(byId.get("workers-per-contract").computed()).as("workers per contract").isEqualTo("(102.03, 104.26) 人/份");
    // 6800多万元 / 14万余人: [68000000, 69000000) / [140000, 150000).
    assertThat(byId.get("assistance-per-person").computed()).as("assistance per person").isEqualTo("(453.33, 492.86) 元/人");
    // 694 + 464 + 911 persons sent on recuperation stays.
    assertThat(byId.get("recuperation-total").computed()).as("recuperation total").isEqualTo("[2069, 2069] 名");
  }
}
