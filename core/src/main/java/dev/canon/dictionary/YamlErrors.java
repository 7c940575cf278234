package dev.canon.dictionary;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns the YAML stack's exceptions into {@link DictionaryException}s with a location. */
final class YamlErrors {

  private YamlErrors() {}

  static DictionaryException describe(String source, Exception e) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof MarkedYAMLException marked) {
        Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        String problem = marked.getProblem() != null ? marked.getProblem() : marked.getMessage();
        Location at =
            mark == null
                ? Location.inCode(source)
                : new Location(source, mark.getLine() + 1, mark.getColumn() + 1);
        return new DictionaryException(at, "not valid YAML: " + oneLine(problem), e);
      }
      cause = cause.getCause();
    }
    if (e instanceof JsonProcessingException json && json.getLocation() != null) {
      JsonLocation at = json.getLocation();
      return new DictionaryException(
          new Location(source, at.getLineNr(), at.getColumnNr()),
          "not valid YAML: " + oneLine(json.getOriginalMessage()),
          e);
    }
    return new DictionaryException(
        Location.inCode(source), "not valid YAML: " + oneLine(String.valueOf(e.getMessage())), e);
  }

  private static String oneLine(String message) {
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).trim();
  }
}
