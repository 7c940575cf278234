package dev.canon.formats;

import java.math.BigDecimal;

/** Raw JSON text helpers: token ends, string literals, numbers. Stateless. */
final class JsonText {

  private JsonText() {}

  /** Index just after the string literal whose opening quote is at {@code start}. */
  static int stringEnd(String json, int start) {
    assert json.charAt(start) == '"' : "no string at " + start;
    int i = start + 1;
    while (json.charAt(i) != '"') {
      i += json.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  /** Index just after the number literal that starts at {@code start}. */
  static int numberEnd(String json, int start) {
    int i = start;
    while (i < json.length() && "+-.eE0123456789".indexOf(json.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /**
   * Whether the file writes non-ASCII text as {@code \\uXXXX} escapes, the way Python's
   * {@code json.dump} (and so Whisper) does by default: yes when it has such an escape or no
   * non-ASCII char at all.
   */
  static boolean escapesNonAscii(String json) {
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\\' && i + 5 < json.length() && json.charAt(i + 1) == 'u') {
        int code = Integer.parseInt(json.substring(i + 2, i + 6), 16);
        if (code >= 0x80) {
          return true;
        }
        i += 5;
      } else if (c == '\\') {
        i++;
      } else if (c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@code value} as a JSON string literal; non-ASCII as lower-case {@code \\uXXXX} if asked. */
  static String quote(String value, boolean asciiOnly) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || (asciiOnly && c >= 0x80)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Seconds as Python prints a float rounded to milliseconds: {@code 1.5}, {@code 2.0}. */
  static String seconds(double value) {
    String plain = BigDecimal.valueOf(Math.round(value * 1000) / 1000.0)
        .stripTrailingZeros().toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }
}
