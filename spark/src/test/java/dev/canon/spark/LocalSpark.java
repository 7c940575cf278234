package dev.canon.spark;

import dev.canon.CorrectionAssert;
import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.result.Correction;
import dev.canon.result.Mention;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What the Spark tests share: one local[2] session for the whole test JVM (starting one costs
 * seconds) and the library's own answers to compare with.
 */
final class LocalSpark {

  private static SparkSession session;
  private static Corrector bundled;

  private LocalSpark() {}

  /** The shared session; Spark's own shutdown hook stops it when the test JVM exits. */
  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("canon-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
    }
    return session;
  }

  /** The library alone, with the bundled dictionaries: the reference the Spark results must equal. */
  static synchronized Corrector library() {
    if (bundled == null) {
      bundled = Corrector.builder().addAll(BundledDictionaries.load()).build();
    }
    return bundled;
  }

  /**
   * The entities the Spark column must hold for {@code c}, written out, with code point offsets
   * counted from the text start (independently of {@link EntityRows}' running count).
   */
  static String expectedEntities(Correction c) {
    CorrectionAssert.valid(c);
    String text = c.original();
    return c.mentions().stream()
        .map(m -> describe(m, text.codePointCount(0, m.span().start()), text.codePointCount(0, m.span().end())))
        .collect(Collectors.joining("; ", "[", "]"));
  }

  private static String describe(Mention m, int start, int end) {
    return String.join("|", m.entityId(), m.canonical(), m.type(), Integer.toString(start),
        Integer.toString(end), m.surface(), m.method().jsonName(), Double.toString(m.score()),
        Boolean.toString(m.changed()));
  }

  /** A Spark entities value written out like {@link #expectedEntities}. */
  static String actualEntities(List<Row> entities) {
    return entities.stream()
        .map(e -> String.join("|", e.getAs("id"), e.getAs("canonical"), e.getAs("type"),
            e.getAs("start").toString(), e.getAs("end").toString(), e.getAs("text"),
            e.getAs("method"), e.getAs("score").toString(), e.getAs("changed").toString()))
        .collect(Collectors.joining("; ", "[", "]"));
  }
}
