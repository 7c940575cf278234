package dev.canon.candidate;

import dev.canon.result.Span;

/**
 * A run of adjacent Latin words of the text, as the fuzzy matcher looks it up.
 *
 * @param text the original text
 * @param span the words' span in it
 * @param words the words, folded to lower case
 * @param key the words joined ({@code "gpt4turbo"})
 * @param spokenKey the key with spoken digits as digits ({@code "audio to lnk"} → {@code "audio2lnk"})
 */
record Window(String text, Span span, String[] words, String key, String spokenKey) {

  static Window of(String text, Span span, String[] allWords, int first, int last) {
    String[] words = java.util.Arrays.copyOfRange(allWords, first, last + 1);
    StringBuilder key = new StringBuilder();
    StringBuilder spoken = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      key.append(words[i]);
      spoken.append(SpokenDigits.spoken(words[i], i, words.length));
    }
    String k = key.toString();
    return new Window(text, span, words, k, spoken.toString());
  }


  String surface() {
    return span.of(text);
  }

  /** True when no char of the window is an upper-case letter. */
  boolean lowerCase() {
    for (int i = span.start(); i < span.end(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
