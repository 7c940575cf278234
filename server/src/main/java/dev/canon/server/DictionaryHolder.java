package dev.canon.server;

import dev.canon.Corrector;
import dev.canon.LiveCorrector;
import dev.canon.dictionaries.BundledDictionaries;
import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.DictionaryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The server's dictionaries: loaded at start, reloaded from the same paths on request. A reload
 * builds a whole new {@link Corrector} and swaps it in atomically ({@link LiveCorrector}):
 * requests that already took the old one finish with it. A dictionary that fails to load leaves
 * the old corrector serving. Thread-safe; reloads run one at a time.
 */
final class DictionaryHolder {

  private final ServerOptions options;
  private final LiveCorrector live;

  DictionaryHolder(ServerOptions options) {
    this.options = options;
    this.live = new LiveCorrector(build());
  }

  /** The corrector to use for one whole request. */
  Corrector current() {
    return live.current();
  }

  /**
   * Loads the dictionaries again and makes them current.
   *
   * @throws dev.canon.dictionary.DictionaryException when one does not load (nothing changes)
   * @throws IllegalArgumentException when a {@code --dict} path has gone
   */
  synchronized Corrector reload() {
    Corrector next = build();
    live.swap(next);
    return next;
  }

  private Corrector build() {
    List<Dictionary> all = new ArrayList<>();
    if (options.defaultDicts()) {
      all.addAll(BundledDictionaries.load());
    }
    for (Path p : options.dicts()) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("--dict " + p + ": no such file or folder");
      }
      all.addAll(DictionaryLoader.defaults().loadAll(p));
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no dictionary: give --dict PATH or drop --no-default-dict");
    }
    return Corrector.builder().addAll(all).build();
  }
}
