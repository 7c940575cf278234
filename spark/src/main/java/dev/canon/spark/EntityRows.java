package dev.canon.spark;

import dev.canon.result.Correction;
import dev.canon.result.Mention;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The mentions of a {@link Correction} as Spark rows, shaped like the entities of SPEC's JSON:
 * {@code id, canonical, type, start, end, text, method, score, changed}, with {@code start} and
 * {@code end} counted in Unicode code points of the original text, half-open. Stateless.
 */
public final class EntityRows {

  /** One entity: every field is non-null; {@code type} is {@code ""} when the dictionary has none. */
  public static final StructType ENTITY =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("canonical", DataTypes.StringType, false),
            DataTypes.createStructField("type", DataTypes.StringType, false),
            DataTypes.createStructField("start", DataTypes.IntegerType, false),
            DataTypes.createStructField("end", DataTypes.IntegerType, false),
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("method", DataTypes.StringType, false),
            DataTypes.createStructField("score", DataTypes.DoubleType, false),
            DataTypes.createStructField("changed", DataTypes.BooleanType, false)
          });

  /** The entities column: the mentions in order of their start. */
  public static final ArrayType ENTITIES = DataTypes.createArrayType(ENTITY, false);

  private EntityRows() {}

  /**
   * The mentions of {@code c} as {@link #ENTITY} rows, in order. Linear in the text length: code
   * point offsets are counted on from the previous mention rather than from the text start.
   */
  public static Row[] of(Correction c) {
    String text = c.original();
    List<Mention> mentions = c.mentions();
    Row[] rows = new Row[mentions.size()];
    int lastIndex = 0;
    int lastCodePoint = 0;
    for (int i = 0; i < rows.length; i++) {
      Mention m = mentions.get(i);
      int start = m.span().start();
      int end = m.span().end();
      if (start < lastIndex) {
        // Mentions are sorted and disjoint, so this does not happen; stay correct if it does.
        lastIndex = 0;
        lastCodePoint = 0;
      }
      int startCodePoint = lastCodePoint + text.codePointCount(lastIndex, start);
      int endCodePoint = startCodePoint + text.codePointCount(start, end);
      lastIndex = end;
      lastCodePoint = endCodePoint;
      rows[i] =
          RowFactory.create(
              m.entityId(),
              m.canonical(),
              m.type(),
              startCodePoint,
              endCodePoint,
              m.surface(),
              m.method().jsonName(),
              m.score(),
              m.changed());
    }
    return rows;
  }
}
