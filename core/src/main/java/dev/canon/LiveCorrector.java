package dev.canon;

import dev.canon.result.Correction;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A corrector that can be replaced while other threads keep correcting, for services that reload
 * their dictionaries. Each {@link #correct} call uses exactly one corrector from start to end:
 * the one current when the call began; its result names that corrector's dictionaries
 * ({@link Correction#dictionaries()}). Thread-safe; {@link #swap} is atomic.
 *
 * <pre>{@code
 * LiveCorrector live = new LiveCorrector(Corrector.builder().addAll(v1).build());
 * // request threads:  live.correct(text)
 * // reload thread:    live.swap(Corrector.builder().addAll(v2).build());
 * }</pre>
 */
public final class LiveCorrector {

  private final AtomicReference<Corrector> current;

  public LiveCorrector(Corrector initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  /** Corrects with the corrector current at the time of the call. */
  public Correction correct(String text) {
    return current.get().correct(text);
  }

  /** The corrector in use now. */
  public Corrector current() {
    return current.get();
  }

  /**
   * Makes {@code next} the corrector for every later call and returns the one it replaces; calls
   * already running finish with the old one.
   */
  public Corrector swap(Corrector next) {
    return current.getAndSet(Objects.requireNonNull(next, "next"));
  }
}
