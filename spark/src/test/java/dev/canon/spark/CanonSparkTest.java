package dev.canon.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.Corrector;
import dev.canon.result.Correction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** {@link CanonSpark#correct} in local[2] gives exactly what the library gives, row for row. */
class CanonSparkTest {

  private static final StructType ID_TEXT =
      new StructType().add("id", DataTypes.LongType, false).add("text", DataTypes.StringType, true);

  private final SparkSession spark = LocalSpark.session();

  @Test
  void correct_seedTranscript_equalsGoldenAndLibrary() {
    String input = SeedCorpus.read("input.txt");
    Correction library = LocalSpark.library().correct(input);
    Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create(1L, input)), ID_TEXT);

    Row out = CanonSpark.correct(df, "text", DictionarySet.bundled()).collectAsList().get(0);

    assertEquals(SeedCorpus.read("expected.txt"), out.getAs(CanonSpark.CORRECTED));
    assertEquals(library.corrected(), out.getAs(CanonSpark.CORRECTED));
    List<Row> entities = out.getList(out.fieldIndex(CanonSpark.ENTITIES));
    assertEquals(LocalSpark.expectedEntities(library), LocalSpark.actualEntities(entities));
    assertEquals(37, entities.stream().filter(e -> e.<Boolean>getAs("changed")).count());
    for (Row e : entities) {
      // Code point offsets: what Python's text[start:end] would slice.
      int from = input.offsetByCodePoints(0, e.<Integer>getAs("start"));
      int to = input.offsetByCodePoints(0, e.<Integer>getAs("end"));
      assertEquals(e.<String>getAs("text"), input.substring(from, to));
    }
  }

  @Test
  void correct_thousandsOfShuffledRows_keepCountAndEqualLibrary() {
    List<String> lines = SeedCorpus.lines(3000, 42);
    List<Row> rows = new ArrayList<>();
    Map<Long, String> expected = new HashMap<>();
    for (long id = 0; id < 3000; id++) {
      String line = lines.get((int) id);
      // Emoji outside the BMP make code point offsets differ from UTF-16 indices.
      String text = id % 3 == 0 ? "🎙️😀 " + line : line;
      rows.add(RowFactory.create(id, text));
      Correction c = LocalSpark.library().correct(text);
      expected.put(id, c.corrected() + "\n" + LocalSpark.expectedEntities(c));
    }
    Dataset<Row> df = spark.createDataFrame(rows, ID_TEXT).repartition(5);

    List<Row> out = CanonSpark.correct(df, "text", DictionarySet.bundled()).collectAsList();

    assertEquals(3000, out.size());
    Map<Long, String> actual = new HashMap<>();
    for (Row r : out) {
      String was =
          actual.put(
              r.getAs("id"),
              r.getAs(CanonSpark.CORRECTED) + "\n"
                  + LocalSpark.actualEntities(r.getList(r.fieldIndex(CanonSpark.ENTITIES))));
      assertNull(was, () -> "row " + r.getAs("id") + " came out twice");
    }
    for (long id = 0; id < 3000; id++) {
      assertEquals(expected.get(id), actual.get(id), "row " + id);
    }
    assertTrue(expected.values().stream().anyMatch(v -> v.contains("|true")), "some rows change");
  }

  @Test
  void correct_manyPartitions_buildsTheCorrectorOncePerJvm() {
    byte[] yaml =
        ("name: once\nversion: 1\nentities:\n  - canonical: CodeFuse\n    aliases: [Code Fuse]\n")
            .getBytes(StandardCharsets.UTF_8);
    DictionarySet only = DictionarySet.of(false, List.of("once.yaml"), List.of(yaml));
    List<Row> rows = new ArrayList<>();
    for (long id = 0; id < 1000; id++) {
      rows.add(RowFactory.create(id, "第" + id + "次用 Code Fuse 写代码"));
    }
    int before = Correctors.builds();

    List<Row> out =
        CanonSpark.correct(spark.createDataFrame(rows, ID_TEXT).repartition(8), "text", only)
            .collectAsList();

    assertEquals(1, Correctors.builds() - before, "one corrector for 8 partitions and 1000 rows");
    Corrector library = only.build();
    for (Row r : out) {
      assertEquals(library.correct(r.getAs("text")).corrected(), r.getAs(CanonSpark.CORRECTED));
      assertTrue(r.<String>getAs(CanonSpark.CORRECTED).contains("用 CodeFuse 写"));
    }
  }

  @Test
  void correct_nullText_givesNullColumnsAndKeepsOtherColumns() {
    Dataset<Row> df =
        spark.createDataFrame(
            List.of(RowFactory.create(7L, null), RowFactory.create(8L, "no entity here")), ID_TEXT);

    List<Row> out = CanonSpark.correct(df, "text", DictionarySet.bundled()).orderBy("id").collectAsList();

    assertEquals(7L, out.get(0).<Long>getAs("id"));
    assertTrue(out.get(0).isNullAt(out.get(0).fieldIndex(CanonSpark.CORRECTED)));
    assertTrue(out.get(0).isNullAt(out.get(0).fieldIndex(CanonSpark.ENTITIES)));
    assertEquals("no entity here", out.get(1).getAs(CanonSpark.CORRECTED));
    assertEquals(List.of(), out.get(1).getList(out.get(1).fieldIndex(CanonSpark.ENTITIES)));
  }

  @Test
  void correct_badColumn_failsOnTheDriverNamingIt() {
    Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create(1L, "x")), ID_TEXT);

    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class,
            () -> CanonSpark.correct(df, "body", DictionarySet.bundled()));
    IllegalArgumentException notString =
        assertThrows(IllegalArgumentException.class,
            () -> CanonSpark.correct(df, "id", DictionarySet.bundled()));
    IllegalArgumentException taken =
        assertThrows(IllegalArgumentException.class,
            () -> CanonSpark.correct(df.withColumnRenamed("id", "corrected"), "text",
                DictionarySet.bundled()));

    assertTrue(missing.getMessage().contains("no column \"body\""), missing.getMessage());
    assertTrue(notString.getMessage().contains("must be a string; it is bigint"), notString.getMessage());
    assertTrue(taken.getMessage().contains("already has a column \"corrected\""), taken.getMessage());
  }
}
