package dev.canon.spark;

import dev.canon.Corrector;
import dev.canon.result.Correction;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Corrects the rows of one partition: each output row is the input row followed by the corrected
 * text and the entities. The corrector comes from the per-JVM {@link Correctors} cache, looked up
 * once per partition; rows stream through one at a time, so a partition never sits in memory.
 */
final class CorrectPartition implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final Broadcast<DictionarySet> dictionaries;
  private final int textIndex;

  CorrectPartition(Broadcast<DictionarySet> dictionaries, int textIndex) {
    this.dictionaries = dictionaries;
    this.textIndex = textIndex;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Corrector corrector = Correctors.forSet(dictionaries.value());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return correct(corrector, rows.next());
      }
    };
  }

  private Row correct(Corrector corrector, Row row) {
    int width = row.length();
    Object[] values = new Object[width + 2];
    for (int i = 0; i < width; i++) {
      values[i] = row.get(i);
    }
    // A null text has nothing to correct; nulls out, like Spark's own string functions.
    if (!row.isNullAt(textIndex)) {
      Correction c = corrector.correct(row.getString(textIndex));
      values[width] = c.corrected();
      values[width + 1] = EntityRows.of(c);
    }
    return RowFactory.create(values);
  }
}
