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
        DictionaryException unclosed = unclosed(source, marked, e);
        if (unclosed != null) {
          return unclosed;
        }
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

  /**
   * A bracket or quote that is never closed: SnakeYAML notices only where the parse breaks (often
   * the next line), so the error points at the opening character instead, where the fix is.
   */
  private static DictionaryException unclosed(String source, MarkedYAMLException marked, Exception e) {
    String context = marked.getContext();
    Mark open = marked.getContextMark();
    Mark broke = marked.getProblemMark();
    if (context == null || open == null || broke == null) {
      return null;
    }
    String what;
    if (context.contains("flow sequence")) {
      what = "the [ here is never closed; add the ] that ends the list";
    } else if (context.contains("flow mapping")) {
      what = "the { here is never closed; add the } that ends the map";
    } else if (context.contains("quoted scalar")) {
      what = "the quote here is never closed; add the closing quote";
    } else {
      return null;
    }
    String problem = marked.getProblem() == null ? "" : oneLine(marked.getProblem());
    return new DictionaryException(new Location(source, open.getLine() + 1, open.getColumn() + 1),
        "not valid YAML: " + what + " (the parser stopped at line " + (broke.getLine() + 1) + ", column "
            + (broke.getColumn() + 1) + (problem.isEmpty() ? "" : ": " + problem) + ")", e);
  }

  private static String oneLine(String message) {
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).trim();
  }
}
