package dev.canon.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code spark/cluster-test.sh} in the build's integration-test phase (after the job jar is
 * packaged): a standalone master and two workers on 127.0.0.1, CorrectJob submitted four times
 * (JSON Lines, Parquet, a broken dictionary, a worker killed mid-job), every output row checked
 * against the library, one corrector build per executor JVM. The script does the work and the
 * checks; this test passes it the row count, fails with its output when it fails, and checks on its
 * own that no process of the run is left.
 */
class StandaloneClusterIT {

  /** Rows for the build's run; the script's own default (100,000) is for a run by hand. */
  private static final String ROWS = System.getProperty("canon.cluster.rows", "20000");

  private static final Path RUN = Path.of("target", "cluster-run").toAbsolutePath();

  @Test
  void correctJob_onTwoWorkerCluster_equalsTheLibrary() throws IOException, InterruptedException {
    // -Dtest=... makes the unit-test execution pick this class too; it runs only in its own
    // execution, after the job jar is packaged.
    assumeTrue(Boolean.getBoolean("canon.cluster.test"), "runs in the cluster-test execution only");
    Path log = Files.createDirectories(Path.of("target")).resolve("cluster-test.log");
    ProcessBuilder script =
        new ProcessBuilder("bash", "cluster-test.sh", "--no-build", "--rows", ROWS)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    if (Boolean.getBoolean("canon.mvn.offline")) {
      script.environment().put("CANON_MVN_OFFLINE", "1");
    }
    Process process = script.start();
    if (!process.waitFor(20, TimeUnit.MINUTES)) {
      // TERM lets the script's trap stop the cluster by process id.
      process.destroy();
      process.waitFor(2, TimeUnit.MINUTES);
      process.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);

    assertEquals(0, process.exitValue(), "cluster-test.sh failed:\n" + output);
    assertTrue(output.contains("no process left behind"), output);
    List<String> left =
        ProcessHandle.allProcesses()
            .filter(p -> p.info().commandLine().map(c -> c.contains(RUN + "/")).orElse(false))
            .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
            .toList();
    assertEquals(List.of(), left, "processes of the cluster run still alive");
  }
}
