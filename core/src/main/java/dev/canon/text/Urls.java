package dev.canon.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds web addresses and e-mail addresses, which are never corrected: {@code codefuse} inside
 * {@code https://codefuse.alipay.com} is part of an address, not a mention. The pattern has no
 * nested quantifiers, so it runs in linear time.
 */
public final class Urls {

  private static final Pattern ADDRESS =
      Pattern.compile("(?i)(?:https?://|ftp://|www\\.)[^\\s<>\"'，。、）)\\]]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  private Urls() {}

  /** Spans of every address, as {@code int[]{start, end}} pairs in order. */
  public static List<int[]> find(String text) {
    List<int[]> out = new ArrayList<>();
    if (text.indexOf("://") < 0 && text.indexOf("www.") < 0 && text.indexOf('@') < 0) {
      return out;
    }
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
