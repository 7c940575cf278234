package dev.canon.spark;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Canon on Spark DataFrames: adds the corrected text and the entities of a text column.
 *
 * <pre>{@code
 * Dataset<Row> out = CanonSpark.correct(transcripts, "text", DictionarySet.bundled());
 * // out: the columns of transcripts, then corrected: string, entities: array<struct<id,
 * //      canonical, type, start, end, text, method, score, changed>>
 * }</pre>
 *
 * The dictionaries travel to the executors once, as a broadcast of their bytes; each executor JVM
 * builds one corrector from them ({@link Correctors}) and shares it between its tasks.
 */
public final class CanonSpark {

  /** Name of the added corrected-text column: null where the text is null. */
  public static final String CORRECTED = "corrected";

  /** Name of the added entities column ({@link EntityRows#ENTITIES}): null where the text is null. */
  public static final String ENTITIES = "entities";

  private CanonSpark() {}

  /**
   * Corrects every row's {@code textColumn}. Lazy, like any transformation: nothing runs until an
   * action. Row count, order within partitions and partitioning are kept.
   *
   * <p>Each call broadcasts the dictionary set once (a few kilobytes; Spark frees it with the
   * session). The dictionaries are built once on the driver first, so a broken dictionary fails here,
   * with its file, line and column, rather than in a task.
   *
   * @param input any classic (non-Connect) DataFrame
   * @param textColumn a top-level string column of {@code input}
   * @param dictionaries what to correct with
   * @throws IllegalArgumentException when the column is missing or not a string, or when
   *     {@code input} already has a column named {@link #CORRECTED} or {@link #ENTITIES}
   * @throws dev.canon.dictionary.DictionaryException when the dictionaries do not load
   */
  public static Dataset<Row> correct(Dataset<Row> input, String textColumn, DictionarySet dictionaries) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(textColumn, "textColumn");
    Objects.requireNonNull(dictionaries, "dictionaries");
    StructType schema = input.schema();
    int textIndex = textIndex(schema, textColumn);
    for (String added : new String[] {CORRECTED, ENTITIES}) {
      if (Arrays.asList(schema.fieldNames()).contains(added)) {
        throw new IllegalArgumentException(
            "the input already has a column \"" + added + "\"; rename or drop it first");
      }
    }
    Correctors.forSet(dictionaries);
    StructType output =
        schema.add(CORRECTED, DataTypes.StringType, true).add(ENTITIES, EntityRows.ENTITIES, true);
    Broadcast<DictionarySet> shipped =
        JavaSparkContext.fromSparkContext(input.sparkSession().sparkContext()).broadcast(dictionaries);
    return input.mapPartitions(new CorrectPartition(shipped, textIndex), Encoders.row(output));
  }

  private static int textIndex(StructType schema, String textColumn) {
    String[] names = schema.fieldNames();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(textColumn)) {
        if (!schema.fields()[i].dataType().equals(DataTypes.StringType)) {
          throw new IllegalArgumentException(
              "text column \"" + textColumn + "\" must be a string; it is "
                  + schema.fields()[i].dataType().simpleString());
        }
        return i;
      }
    }
    throw new IllegalArgumentException(
        "no column \"" + textColumn + "\"; the columns are " + Arrays.toString(names));
  }
}
