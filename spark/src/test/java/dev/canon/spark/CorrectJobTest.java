package dev.canon.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.canon.result.Correction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CorrectJob} end to end on local files, as spark-submit would run it. */
class CorrectJobTest {

  private final SparkSession spark = LocalSpark.session();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void run_jsonlToParquetWithIdColumn_writesLibraryResults() throws IOException {
    List<String> lines = SeedCorpus.sentences();
    Map<String, String> expected = new HashMap<>();
    List<String> jsonl = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String id = "line-" + i;
      jsonl.add("{\"id\": \"" + id + "\", \"speaker\": \"host\", \"text\": \"" + escape(lines.get(i)) + "\"}");
      Correction c = LocalSpark.library().correct(lines.get(i));
      expected.put(id, c.corrected() + "\n" + LocalSpark.expectedEntities(c));
    }
    Files.write(dir.resolve("in.jsonl"), jsonl, StandardCharsets.UTF_8);

    int code = run("--input", dir.resolve("in.jsonl").toString(), "--output", dir.resolve("out").toString(),
        "--output-format", "parquet", "--id-col", "id");

    assertEquals(0, code, errBytes.toString(StandardCharsets.UTF_8));
    List<Row> out = spark.read().parquet(dir.resolve("out").toString()).collectAsList();
    assertEquals(List.of("id", "text", "corrected", "entities"), List.of(out.get(0).schema().fieldNames()));
    Map<String, String> actual = new HashMap<>();
    for (Row r : out) {
      actual.put(r.getAs("id"), r.getAs("corrected") + "\n" + LocalSpark.actualEntities(r.getList(3)));
    }
    assertEquals(expected, actual);
  }

  @Test
  void run_parquetToJsonlWithOwnDictionaryOnly_keepsAllColumns() throws IOException {
    Path yaml = dir.resolve("dicts").resolve("mine.yaml");
    Files.createDirectories(yaml.getParent());
    Files.writeString(yaml, "name: mine\nversion: 1\nentities:\n  - canonical: Zephyrine\n    aliases: [Zefirin]\n");
    spark.createDataFrame(List.of(new Note("n1", "meet Zefirin and CodeFus")), Note.class)
        .write().parquet(dir.resolve("in").toString());

    int code = run("--input", dir.resolve("in").toString(), "--input-format", "parquet",
        "--output", dir.resolve("out").toString(), "--output-format", "jsonl",
        "--dict", yaml.getParent().toString(), "--no-default-dict", "--text-col", "body");

    assertEquals(0, code, errBytes.toString(StandardCharsets.UTF_8));
    Row r = spark.read().json(dir.resolve("out").toString()).collectAsList().get(0);
    assertEquals("n1", r.getAs("key"));
    // CodeFus stays: the bundled dictionary that knows it was left out.
    assertEquals("meet Zephyrine and CodeFus", r.getAs("corrected"));
    assertEquals(1, r.getList(r.fieldIndex("entities")).size());
  }

  @Test
  void run_brokenDictionary_exits2NamingTheFile() throws IOException {
    Path yaml = dir.resolve("bad.yaml");
    Files.writeString(yaml, "name: bad\nversion: 1\nentities:\n  - aliases: [x]\n");
    Files.writeString(dir.resolve("in.jsonl"), "{\"text\": \"hello\"}\n");

    int code = run("--input", dir.resolve("in.jsonl").toString(), "--output", dir.resolve("out").toString(),
        "--dict", yaml.toString());

    assertEquals(2, code);
    assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("bad.yaml"), errBytes.toString(StandardCharsets.UTF_8));
    assertTrue(Files.notExists(dir.resolve("out")));
  }

  @Test
  void run_missingInput_exits2NamingThePath() {
    int code = run("--input", dir.resolve("nowhere.jsonl").toString(), "--output", dir.resolve("out").toString());

    assertEquals(2, code);
    assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("nowhere.jsonl"), errBytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void run_existingOutput_exits1() throws IOException {
    Files.writeString(dir.resolve("in.jsonl"), "{\"text\": \"hello\"}\n");
    Files.createDirectories(dir.resolve("out"));

    int code = run("--input", dir.resolve("in.jsonl").toString(), "--output", dir.resolve("out").toString());

    assertEquals(1, code);
    assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("already exists"), errBytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void parse_badArguments_sayWhatIsWrong() {
    assertEquals("--input and --output are required",
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--input", "a")).getMessage());
    assertEquals("--input-format must be jsonl or parquet; got csv",
        assertThrows(IllegalArgumentException.class,
            () -> JobOptions.parse("--input", "a", "--output", "b", "--input-format", "csv")).getMessage());
    assertEquals("--dict needs a value",
        assertThrows(IllegalArgumentException.class,
            () -> JobOptions.parse("--input", "a", "--output", "b", "--dict", "--no-default-dict")).getMessage());
    assertEquals("unknown option: --master",
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("--master", "x")).getMessage());
  }

  private int run(String... args) {
    return CorrectJob.run(spark, JobOptions.parse(args), err);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t");
  }

  /** A bean for a Parquet input whose columns are not named id and text. */
  public static final class Note implements java.io.Serializable {
    private String key;
    private String body;

    public Note() {}

    Note(String key, String body) {
      this.key = key;
      this.body = body;
    }

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key;
    }

    public String getBody() {
      return body;
    }

    public void setBody(String body) {
      this.body = body;
    }
  }
}
