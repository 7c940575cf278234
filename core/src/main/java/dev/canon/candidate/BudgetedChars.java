package dev.canon.candidate;

/**
 * A {@link CharSequence} that counts char reads and throws once a budget is spent. Java's regex
 * engine reads its input only through {@code charAt}, so this bounds the work of any pattern,
 * including ones that backtrack catastrophically, without a thread or a timer.
 */
final class BudgetedChars implements CharSequence {

  /** Thrown when the budget is spent; carries no stack trace, it is control flow. */
  static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exhausted() {
      super("regular-expression budget exhausted", null, false, false);
    }
  }

  private final String text;
  private final int offset;
  private final int length;
  private final long[] budget;

  BudgetedChars(String text, long budget) {
    this(text, 0, text.length(), new long[] {budget});
  }

  private BudgetedChars(String text, int offset, int length, long[] budget) {
    this.text = text;
    this.offset = offset;
    this.length = length;
    this.budget = budget;
  }

  @Override
  public char charAt(int index) {
    if (--budget[0] < 0) {
      throw new Exhausted();
    }
    return text.charAt(offset + index);
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new BudgetedChars(text, offset + start, end - start, budget);
  }

  @Override
  public String toString() {
    return text.substring(offset, offset + length);
  }
}
