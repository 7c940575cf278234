package dev.canon.spark;

import dev.canon.Corrector;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link Corrector} per JVM and dictionary set: every task an executor runs with the same
 * {@link DictionarySet#fingerprint()} shares it, so the dictionaries are parsed and indexed once
 * per executor, never per partition or per row. Thread-safe (a corrector is, and tasks run on
 * several threads of one executor).
 *
 * <p>Entries are never evicted: a job uses one or a few dictionary sets, and a corrector for
 * a few thousand entities weighs a few megabytes.
 *
 * <p>Each build is logged at INFO ({@value #BUILT} fingerprint, names, time), so an executor's log
 * shows how often it built which set; the cluster test counts these lines per executor JVM.
 */
public final class Correctors {

  /** How a build's log line starts; the fingerprint follows. */
  static final String BUILT = "canon-spark: built the corrector for dictionary set";

  private static final Logger LOG = LoggerFactory.getLogger(Correctors.class);
  private static final Map<String, Corrector> CACHE = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private Correctors() {}

  /**
   * The corrector of this set, built on first use in this JVM. Concurrent first calls build it
   * once: the others wait for it.
   *
   * @throws dev.canon.dictionary.DictionaryException when the set does not load (nothing is
   *     cached then, so the next call tries again)
   */
  public static Corrector forSet(DictionarySet set) {
    Objects.requireNonNull(set, "set");
    return CACHE.computeIfAbsent(
        set.fingerprint(),
        key -> {
          long start = System.nanoTime();
          Corrector built = set.build();
          BUILDS.incrementAndGet();
          LOG.info(
              "{} {} (bundled={}, dictionaries={}) in {} ms",
              BUILT,
              key,
              set.includesBundled(),
              set.names(),
              (System.nanoTime() - start) / 1_000_000);
          return built;
        });
  }

  /** How many correctors this JVM has built so far; lets tests prove "once, not per row". */
  static int builds() {
    return BUILDS.get();
  }
}
