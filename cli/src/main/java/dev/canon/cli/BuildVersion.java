package dev.canon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code canon -V}: the version the build wrote into {@code canon/version.properties} (Maven
 * resource filtering of {@code ${project.version}}), so the command and the artifacts never
 * disagree.
 */
final class BuildVersion implements CommandLine.IVersionProvider {

  static final String RESOURCE = "canon/version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"canon " + version()};
  }

  /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    try (InputStream in = BuildVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the canon-cli jar; rebuild it with Maven");
      }
      Properties p = new Properties();
      p.load(in);
      String version = p.getProperty("version");
      if (version == null || version.contains("${")) {
        throw new IllegalStateException(RESOURCE + " was not filtered by the build; rebuild it with Maven");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
