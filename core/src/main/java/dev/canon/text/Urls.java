package dev.canon.text;

import com.google.common.net.InternetDomainName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds web addresses, host names and e-mail addresses, which are never corrected: {@code codefuse}
 * inside {@code https://codefuse.alipay.com}, {@code gemini} in {@code gemini.google.com} and
 * {@code openai} in {@code openai.com/blog} are parts of addresses, not mentions.
 *
 * <p>A bare host name (no scheme, no {@code www.}) counts as an address when it ends in a public
 * suffix (Guava's {@link InternetDomainName}, from the Public Suffix List: {@code .com},
 * {@code .ai}, {@code .co.uk}; not {@code .js}) and is written in lower case or followed by a
 * path: names such as {@code Character.AI} or {@code Node.js} stay names. The patterns have no
 * nested quantifiers, so they run in linear time.
 */
public final class Urls {

  private static final Pattern ADDRESS =
      Pattern.compile("(?i)(?:https?://|ftp://|www\\.)[^\\s<>\"'，。、）)\\]]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  /** Dot-separated labels of letters, digits and hyphens, then an optional path. */
  private static final Pattern HOST =
      Pattern.compile("(?<![\\w.@/-])[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(/[^\\s<>\"'，。、）)\\]]*)?");

  private Urls() {}

  /** Spans of every address, as {@code int[]{start, end}} pairs in order, disjoint. */
  public static List<int[]> find(String text) {
    List<int[]> out = new ArrayList<>();
    boolean schemes = text.indexOf("://") >= 0 || text.indexOf("www.") >= 0 || text.indexOf('@') >= 0;
    if (schemes) {
      Matcher m = ADDRESS.matcher(text);
      while (m.find()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    if (text.indexOf('.') < 0) {
      return out;
    }
    Matcher m = HOST.matcher(text);
    List<int[]> hosts = new ArrayList<>();
    while (m.find()) {
      if (isHost(m) && !insideAny(out, m.start())) {
        hosts.add(new int[] {m.start(), m.end()});
      }
    }
    if (hosts.isEmpty()) {
      return out;
    }
    out.addAll(hosts);
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
    return out;
  }

  private static boolean isHost(Matcher m) {
    String path = m.group(1);
    String host = m.group().substring(0, m.group().length() - (path == null ? 0 : path.length()));
    if (host.endsWith("-") || host.startsWith("-")) {
      return false;
    }
    boolean lowerCase = host.equals(host.toLowerCase(Locale.ROOT));
    if (!lowerCase && path == null) {
      return false; // Character.AI, Baidu.com as a company name in prose: a name, not an address
    }
    if (host.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
      return false; // 1.5, 3.14.2: a version, not an IP address worth protecting here
    }
    try {
      InternetDomainName name = InternetDomainName.from(host.toLowerCase(Locale.ROOT));
      return name.isUnderPublicSuffix();
    } catch (IllegalArgumentException e) {
      return false; // not a valid domain name: not an address
    }
  }

  private static boolean insideAny(List<int[]> spans, int at) {
    for (int[] s : spans) {
      if (s[0] <= at && at < s[1]) {
        return true;
      }
    }
    return false;
  }
}
