package dev.canon.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code canon serve} does, for {@link SignalsTest} to run in a child JVM: serves the
 * dictionary file given as argument, prints {@code port N}, exits 0 after SIGTERM.
 */
public final class ServeMain {

  private ServeMain() {}

  public static void main(String[] args) throws InterruptedException {
    CanonServer server = CanonServer.start(ServerOptions.defaults().withPort(0)
        .withDicts(List.of(Path.of(args[0])), false));
    var stopped = Signals.install(server, Duration.ofSeconds(30));
    System.out.println("port " + server.port());
    System.out.flush();
    stopped.await();
    System.exit(0);
  }
}
