package dev.canon.candidate.pinyin;

import dev.canon.candidate.Candidate;
import dev.canon.candidate.Form;
import dev.canon.candidate.Target;
import dev.canon.dictionary.Confusion;
import dev.canon.dictionary.Entity;
import dev.canon.dictionary.Location;
import dev.canon.dictionary.Profile;
import dev.canon.lexicon.Lexicons;
import dev.canon.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import static org.junit.jupiter.api.Assertions.assertEquals;


/**
 * The pinyin matcher's indexes (coarse syllable pairs for forms of three or of nine and more
 * syllables, three-of-four-position keys for the others, a char signature filter) find exactly
 * what verifying every form at every alignment finds, on random names and texts made of
 * homophones and near-homophones, where most index hits are false.
 */
class PinyinIndexTest {

  /** Groups of chars that read alike or nearly alike (shi/si, zhong/zong, zhang/chang, ling/ning...). */
  private static final String[] GROUPS = {
    "是市事试十时石使诗师史世式实", "四思斯死私司丝", "中种重众钟终忠", "总宗综纵",
    "张章长涨掌常场厂唱", "灵零领令宁凝", "一意义以已医易依", "码马妈吗", "通同童统铜",
    "千前钱迁间见建剑", "0123456789"
  };

  private static final String ALL = String.join("", GROUPS);

  @Property(tries = 150)
  void find_equalsVerifyingEveryAlignment(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long seed) {
    check(seed, null);
  }

  /**
   * With a learned profile, syllables far apart by the built-in table (ma/tong, shi/zhong, yi/ling)
   * become near; the indexes must still find what the scan finds.
   */
  @Property(tries = 150)
  void find_withAProfile_equalsVerifyingEveryAlignment(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long seed) {
    Random random = new Random(seed);
    String[] syllables = {"shi", "si", "zhong", "zong", "zhang", "chang", "ling", "ning", "yi", "ma", "tong", "qian",
        "jian", "ling", "er", "san", "wu", "ba", "jiu"};
    java.util.Map<String, Confusion> pairs = new java.util.TreeMap<>();
    for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
      String from = syllables[random.nextInt(syllables.length)];
      String to = syllables[random.nextInt(syllables.length)];
      if (!from.equals(to)) {
        pairs.put(from + " " + to, new Confusion(from, to, 1 + random.nextInt(6), 0.01 + random.nextInt(10) / 100.0));
      }
    }
    List<Confusion> initials = List.of(new Confusion("m", "t", 1 + random.nextInt(4), 0.2),
        new Confusion("zh", "l", 3, random.nextInt(10) / 100.0 + 0.001));
    List<Confusion> finals = List.of(new Confusion("a", "ong", 1 + random.nextInt(4), 0.08),
        new Confusion("i", "ing", 2, 0.3));
    check(seed, new Profile(java.util.Map.of(Profile.Part.SYLLABLES, List.copyOf(pairs.values()),
        Profile.Part.INITIALS, initials, Profile.Part.FINALS, finals)));
  }

  private static void check(long seed, Profile profile) {
    Random random = new Random(seed);
    List<Form> forms = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int count = 1 + random.nextInt(40);
    for (int i = 0; i < count; i++) {
      String name = word(random, 3 + random.nextInt(8));
      names.add(name);
      Entity e = new Entity("e" + i, name, "org", List.of(), List.of(), List.of(), true, Location.inCode("test"));
      forms.add(new Form(new Target(e, "test", 0), name, NormalizedText.normalize(name), Form.Kind.CANONICAL));
    }
    PinyinMatcher matcher = new PinyinMatcher(forms, Lexicons.standard(), profile);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      text.append(mutate(names.get(random.nextInt(names.size())), random));
      text.append(random.nextInt(3) == 0 ? "，" : word(random, random.nextInt(3)));
    }
    NormalizedText normalized = NormalizedText.of(text.toString());
    List<Candidate> indexed = new ArrayList<>();
    matcher.find(normalized, indexed);
    List<Candidate> scanned = new ArrayList<>();
    matcher.findByScan(normalized, scanned);
    Statistics.label("found").collect(scanned.isEmpty() ? "none" : "some");
    assertEquals(strings(scanned), strings(indexed), () -> "text " + text + " names " + names);
    assertEquals(scanned.size(), indexed.size(), "each alignment verified once");
  }

  private static String word(Random random, int length) {
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < length; i++) {
      w.append(ALL.charAt(random.nextInt(ALL.length())));
    }
    return w.toString();
  }

  /** The name with up to three chars swapped for one of the same group (sounds alike) or any. */
  private static String mutate(String name, Random random) {
    char[] chars = name.toCharArray();
    int edits = random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(chars.length);
      String group = ALL;
      for (String g : GROUPS) {
        if (g.indexOf(chars[at]) >= 0 && random.nextInt(4) > 0) {
          group = g;
        }
      }
      chars[at] = group.charAt(random.nextInt(group.length()));
    }
    return new String(chars);
  }

  private static TreeSet<String> strings(List<Candidate> candidates) {
    TreeSet<String> out = new TreeSet<>();
    candidates.forEach(c -> out.add(c.toString()));
    return out;
  }
}
