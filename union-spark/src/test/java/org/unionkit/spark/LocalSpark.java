package org.unionkit.spark;

import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The tests' Spark, {@code local[2]} with no web UI and a few shuffle partitions for small inputs: started
 * before a test class, stopped after it ({@code @RegisterExtension static final LocalSpark SPARK}). On a
 * JDK this Spark cannot run on, the class is reported skipped with the reason: from JDK 24 {@code Subject.getSubject} always throws
 * (JEP 486), and the Hadoop 3.4 client of Spark 4.1.1 calls it whenever it opens a file system
 * (HADOOP-19212, fixed in Hadoop 3.5).
 */
final class LocalSpark implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {
  private @Nullable SparkSession session;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return Runtime.version().feature() < 24 ? ConditionEvaluationResult.enabled("a JDK Spark 4.1.1 runs on")
        : ConditionEvaluationResult.disabled("Spark 4.1.1's Hadoop 3.4 client calls Subject.getSubject, which JDK "
            + Runtime.version().feature() + " refuses (JDK 24 and later)");
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    session = SparkSession.builder().master("local[2]").appName("unionkit-tests")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "3").getOrCreate();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (session != null) {
      session.stop();
      session = null;
    }
  }

  /** The running session. */
  SparkSession session() {
    if (session == null) {
      throw new IllegalStateException("LocalSpark runs only inside a test class that registers it");
    }
    return session;
  }
}
