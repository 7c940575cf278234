package dev.canon.realdata;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses {@code --name value} pairs and valueless {@code --flag}s for the runners; unknown or
 * valueless options are errors.
 */
final class Args {

  private final Map<String, String> values = new HashMap<>();
  private final Set<String> flagsSet = new HashSet<>();

  Args(String[] args, Set<String> known) {
    this(args, known, Set.of());
  }

  Args(String[] args, Set<String> known, Set<String> flags) {
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (flags.contains(name)) {
        flagsSet.add(name);
        continue;
      }
      if (!known.contains(name)) {
        Set<String> all = new TreeSet<>(known);
        all.addAll(flags);
        throw new IllegalArgumentException("unknown option " + name + "; expected one of " + all);
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

  /** Whether the valueless flag {@code name} was given. */
  boolean has(String name) {
    return flagsSet.contains(name);
  }
}
