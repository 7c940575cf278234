package dev.canon.realdata;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Parses {@code --name value} pairs for the runners; unknown or valueless options are errors. */
final class Args {

  private final Map<String, String> values = new HashMap<>();

  Args(String[] args, Set<String> known) {
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name + "; expected one of " + known);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + name + " needs a value");
      }
      values.put(name, args[++i]);
    }
  }

  String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  String require(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing required option " + name);
    }
    return v;
  }
}
