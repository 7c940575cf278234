package dev.canon.candidate.latin;

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
    String previous = null;
    for (int i = 0; i < words.length; i++) {
      key.append(words[i]);
      String piece = SpokenDigits.spoken(words[i], i, words.length);
      SpokenDigits.append(spoken, i == 0 ? null : words[i - 1], previous, words[i], piece,
          SpokenDigits.isAmbiguous(words[i]));
      previous = piece;
    }
    String k = key.toString();
    return new Window(text, span, words, k, spoken.toString());
  }


  String surface() {
    return span.of(text);
  }

  /**
   * True when every word of the window is written with a capital first letter and has two
   * letters or more ({@code Pie Torch}); the pronoun {@code I} is capitalized by rule, not as a
   * name, so {@code And I} is not such a window.
   */
  boolean capitalizedWords() {
    return capitalizedWords(text, span.start(), span.end());
  }

  /** {@link #capitalizedWords()} of the chars {@code [start, end)} of {@code text}. */
  static boolean capitalizedWords(String text, int start, int end) {
    int letters = 0;
    for (int i = start; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (letters == 0 && !Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else {
        if (letters == 1) {
          return false;
        }
        letters = 0;
      }
    }
    return true;
  }

  /**
   * True when the first word is written with a capital, the others in lower case, and every word
   * has two letters or more ({@code Mix trail}): ASR capitalizes the start of a name it splits
   * as often as every word of it. The caller has already seen that the capital is not just a
   * sentence start ({@link #lowerCase}).
   */
  static boolean capitalizedStart(String text, int start, int end) {
    int letters = 0;
    boolean firstWord = true;
    for (int i = start; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        boolean upper = Character.isUpperCase(c);
        if (letters == 0 && upper != firstWord) {
          return false;
        }
        if (letters > 0 && upper && !firstWord) {
          return false;
        }
        letters++;
      } else {
        if (letters == 1) {
          return false;
        }
        if (letters > 0) {
          firstWord = false;
        }
        letters = 0;
      }
    }
    return true;
  }

  /**
   * True when the window is written in lower case, as far as its capitals say anything: no
   * upper-case letter, or only the first letter of a window that starts a sentence ({@code And},
   * {@code Cloud} after a full stop are the words, capitalized by their position).
   */
  boolean lowerCase() {
    return lowerCase(text, span.start(), span.end());
  }

  /** {@link #lowerCase()} of the chars {@code [start, end)} of {@code text}. */
  static boolean lowerCase(String text, int start, int end) {
    int from = start;
    if (from < end && Character.isUpperCase(text.charAt(from)) && startsSentence(text, from)) {
      from++;
    }
    for (int i = from; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when only spaces, quotes or brackets stand between {@code at} and a sentence end or the text start. */
  static boolean startsSentence(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '…') {
        return true;
      }
      if (!(Character.isWhitespace(c) || c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '（'
          || c == '[' || c == '-' || c == '—')) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the word just before {@code start} (spaces between, nothing else) starts with a
   * capital and does not begin a sentence: the window continues a name of capitalized words
   * ({@code Intel Developer Cloud}).
   */
  static boolean capitalizedWordBefore(String text, int start) {
    int end = start;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == start || end == 0 || !Character.isLetter(text.charAt(end - 1))) {
      return false;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return Character.isUpperCase(text.charAt(begin)) && end - begin >= 2 && !startsSentence(text, begin);
  }
}
