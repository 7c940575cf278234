package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.canon.Corrector;
import dev.canon.dictionaries.BundledDictionaries;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CorrectJsonlTest {

  @Test
  void correct_jsonLines_correctsEachRecord() throws Exception {
    Corrector corrector = Corrector.builder().addAll(BundledDictionaries.load()).build();
    StringWriter out = new StringWriter();
    int n = CorrectJsonl.correct(new StringReader(
        "{\"id\":1,\"text\":\"蚂蚁集团的CodeFus\"}\n{\"id\":2,\"text\":\"我同意你的看法\"}\n"), out, corrector);
    assertEquals(2, n);
    assertEquals("{\"id\":1,\"text\":\"蚂蚁集团的CodeFuse\",\"edits\":1}\n"
        + "{\"id\":2,\"text\":\"我同意你的看法\",\"edits\":0}\n", out.toString());
  }
}
