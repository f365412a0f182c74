package org.unionkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LabelledTest {

  /** Every enum of the model that implements {@link Labelled}, found among the compiled main classes. */
  static List<Class<?>> labelledEnums() throws IOException, URISyntaxException {
    Path classes = Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.list(classes.resolve(Labelled.class.getPackageName().replace('.', '/')))) {
      return files.map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".class"))
          .<Class<?>>map(name -> load(Labelled.class.getPackageName() + "." + name.substring(0, name.length() - 6)))
          .filter(type -> type.isEnum() && Labelled.class.isAssignableFrom(type))
          .sorted(Comparator.comparing(Class::getName))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Labelled.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }

  @Test
  void theScanFindsTheModelsCodeLists() throws Exception {
    assertThat(labelledEnums()).as("labelled enums of org.unionkit.model")
        .contains(SkillLevel.class, Sex.class, Qualifier.class, IndustrySection.class, RegionStatus.class)
        .hasSizeGreaterThanOrEqualTo(20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labelledEnums")
  void everyConstantHasAChineseAndAnEnglishLabel(Class<?> type) {
    assertThat(Arrays.stream(type.getEnumConstants()).map(Labelled.class::cast)).as("constants of %s", type)
        .isNotEmpty()
        .allSatisfy(code -> {
          assertThat(code.chinese()).as("%s.%s Chinese label", type.getSimpleName(), code.name()).isNotBlank();
          assertThat(code.english()).as("%s.%s English label", type.getSimpleName(), code.name()).isNotBlank();
        });
  }

  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(delimiter = '|', textBlock = """
      SENIOR_WORKER   | 高级工 | senior worker
      CHIEF_TECHNICIAN | 首席技师 | chief technician
      """)
  void skillLevelLabels(SkillLevel level, String chinese, String english) {
    assertThat(level.chinese()).as("Chinese label of %s", level).isEqualTo(chinese);
    assertThat(level.english()).as("English label of %s", level).isEqualTo(english);
  }

  @Test
  void labelsOfOtherCodeLists() {
    assertThat(IndustrySection.C.chinese()).as("section C").isEqualTo("制造业");
    assertThat(OrganisationKind.GRASSROOTS_UNION.chinese()).as("grassroots union").isEqualTo("基层工会");
    assertThat(Sex.FEMALE.english()).as("female").isEqualTo("female");
  }
}
