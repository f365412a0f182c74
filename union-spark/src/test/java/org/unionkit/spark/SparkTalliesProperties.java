package org.unionkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unionkit.model.Member;
import org.unionkit.model.Organisation;
import org.unionkit.model.ReportingPeriod;
import org.unionkit.stats.CountOptions;
import org.unionkit.stats.Indicators;
import org.unionkit.stats.IndicatorTable;
import org.unionkit.stats.Ratio;
import org.unionkit.stats.RollUp;
import org.unionkit.stats.Tally;
import org.unionkit.testkit.UnionGenerators;

/**
 * The SQL aggregate gives each group the tally of its members counted on one machine, however the rows
 * are partitioned, and counts the rows that do not decode; an indicator table keeps every cell exactly.
 */
class SparkTalliesProperties {
  @RegisterExtension
  static final LocalSpark SPARK = new LocalSpark();



  @Test
  void eachGroupsTallyIsItsMembersTallyForAnyPartitioning() {
    SparkTallies.register(SPARK.session(), ReportingPeriod.ofYear(2020));
    qt().withExamples(8).forAll(longs().all(), integers().between(1, 7)).checkAssert((seed, partitions) -> {
      List<Member> members = UnionGenerators.seeded(seed).dataset(3, 3, 6).members();
      List<String> lines = SparkRollUpProperties.write(members);
      Random random = new Random(seed);
      List<Row> rows = new ArrayList<>();
      long broken = 0;
      for (int i = 0; i < members.size(); i++) {
        // A birth year as text is refused, as every reader refuses it.
        String line = random.nextInt(8) == 0 ? lines.get(i).replaceFirst("\"birthYear\":(\\d+)", "\"birthYear\":\"$1\"")
            : lines.get(i);
        broken += line.equals(lines.get(i)) ? 0 : 1;
        rows.add(RowFactory.create(members.get(i).organisation().toString(), line));
      }
      Dataset<Row> table = SPARK.session().createDataFrame(rows, new StructType()
          .add("organisation", "string").add("json", "string")).repartition(partitions);
      table.createOrReplaceTempView("members");
      List<Row> groups = SPARK.session().sql("SELECT organisation, " + SparkTallies.FUNCTION
          + "(json) AS t FROM members GROUP BY organisation").collectAsList();

      Map<String, List<Member>> byOrganisation = new HashMap<>();
      for (int i = 0; i < members.size(); i++) {
        boolean kept = rows.get(i).getString(1).equals(lines.get(i));
        if (kept) {
          byOrganisation.computeIfAbsent(members.get(i).organisation().toString(), k -> new ArrayList<>())
              .add(members.get(i));
        }
      }
      long rowsSeen = 0;
      long rejected = 0;
      for (Row group : groups) {
        Row t = group.getStruct(1);
        List<Member> own = byOrganisation.getOrDefault(group.getString(0), List.of());
        assertThat(SparkTallies.tally(t)).as("the tally of %s", group.getString(0))
            .isEqualTo(Tally.ofMembers(own, ReportingPeriod.ofYear(2020)));
        rowsSeen += t.getLong(t.fieldIndex("ROWS"));
        rejected += t.getLong(t.fieldIndex("REJECTED"));
      }
      assertThat(rowsSeen).as("every row aggregated once").isEqualTo(members.size());
      assertThat(rejected).as("the broken rows").isEqualTo(broken);
    });
  }

  @Test
  void anIndicatorTableBecomesOneRowACellWithItsExactRatio() {
    var dataset = UnionGenerators.seeded(3).dataset(3, 3, 20);
    RollUp rollUp = RollUp.of(dataset.tree(), dataset.members(), dataset.contracts(),
        CountOptions.of(ReportingPeriod.ofYear(2020)));
    List<Organisation> nodes = dataset.tree().preOrder();
    IndicatorTable table = rollUp.table(nodes, Indicators.all());
    List<Row> cells = SparkTallies.table(SPARK.session(), table).collectAsList();
    assertThat(cells).as("a row a cell").hasSize(nodes.size() * Indicators.all().size());
    for (int r = 0; r < nodes.size(); r++) {
      for (int c = 0; c < table.columns().size(); c++) {
        Row cell = cells.get(r * table.columns().size() + c);
        Ratio ratio = table.cell(r, c);
        assertThat(List.of(cell.getString(0), cell.getString(1))).as("row and indicator")
            .containsExactly(table.rows().get(r), table.columns().get(c).id());
        assertThat(Ratio.of(cell.getLong(2), cell.getLong(3))).as("the ratio of %s", cell.getString(1))
            .isEqualTo(ratio);
        assertThat(cell.isNullAt(4)).as("no value where undefined").isEqualTo(!ratio.isDefined());
        if (ratio.isDefined()) {
          assertThat(cell.getDecimal(4).subtract(
              BigDecimal.valueOf(ratio.numerator()).divide(BigDecimal.valueOf(ratio.denominator()),
                  12, RoundingMode.HALF_UP)).abs())
              .as("the value to 10 decimals").isLessThanOrEqualTo(new BigDecimal("0.00000000005"));
        }
      }
    }
  }
}
