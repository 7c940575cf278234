package dev.canon.bench;

import dev.canon.Corrector;
import dev.canon.dictionary.Dictionary;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time to build a corrector (all indexes) from loaded dictionaries, single shot. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@State(Scope.Benchmark)
public class BuildBench {

  @Param({"10k", "100k"})
  public String dictionary;

  List<Dictionary> dictionaries;

  @Setup(Level.Trial)
  public void setUp() {
    dictionaries = Setups.dictionaries(dictionary);
    Setups.corrector(Setups.dictionaries("1k")); // load HanLP's tables outside the measurement
  }

  @Benchmark
  public Corrector build() {
    return Setups.corrector(dictionaries);
  }
}
