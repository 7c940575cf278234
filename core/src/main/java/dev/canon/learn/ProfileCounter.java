package dev.canon.learn;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.canon.dictionary.Confusion;
import dev.canon.dictionary.Profile;
import dev.canon.phonetic.PinyinParts;
import dev.canon.phonetic.PinyinReader;
import dev.canon.phonetic.Syllables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Counts what an engine confuses, over all aligned pairs: for Chinese, each reference syllable
 * against the hypothesis syllable aligned with it (initial, final, tone, whole syllable); for
 * English, the letter groups that differ between a reference word and the hypothesis word
 * standing for it. Weights are rates: confusions over the times the reference sound was seen.
 * Not thread-safe; one per learning run.
 */
final class ProfileCounter {

  /** Most confusions kept per part, strongest first, so a profile stays readable. */
  static final int MAX_PER_PART = 100;
  /** Longest letter group counted (longer differences are different words, not a confusion). */
  static final int MAX_GROUP = 4;

  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  private final Map<Profile.Part, Map<String, Integer>> confusions = new EnumMap<>(Profile.Part.class);
  private final Map<Profile.Part, Map<String, Integer>> seen = new EnumMap<>(Profile.Part.class);

  ProfileCounter() {
    for (Profile.Part p : Profile.Part.values()) {
      confusions.put(p, new TreeMap<>());
      seen.put(p, new TreeMap<>());
    }
  }

  /** Counts one aligned pair. */
  void count(Alignment a) {
    int[][] refRead = read(a.ref);
    int[][] hypRead = read(a.hyp);
    int[] toRef = a.hypToRef();
    for (int i = 0; i < toRef.length; i++) {
      if (toRef[i] >= 0) {
        seenSyllable(refRead, toRef[i]);
        seenWord(a.ref.get(toRef[i]));
      }
    }
    for (Alignment.Chunk c : a.chunks) {
      if (c.hypSize() != c.refSize()) {
        continue; // without a one-to-one pairing, who stood for whom is a guess
      }
      for (int k = 0; k < c.refSize(); k++) {
        int r = c.refFrom() + k;
        int h = c.hypFrom() + k;
        if (refRead[0][r] != Syllables.NONE && hypRead[0][h] != Syllables.NONE) {
          seenSyllable(refRead, r);
          syllable(refRead[0][r], refRead[1][r], hypRead[0][h], hypRead[1][h]);
        } else if (isWord(a.ref.get(r)) && isWord(a.hyp.get(h))) {
          seenWord(a.ref.get(r));
          letters(a.ref.get(r).key(), a.hyp.get(h).key());
        }
      }
    }
  }

  /** Syllable ids and tones per token; NONE / 0 for tokens that are not one readable character. */
  private static int[][] read(List<Token> tokens) {
    int[] ids = new int[tokens.size()];
    int[] tones = new int[tokens.size()];
    java.util.Arrays.fill(ids, Syllables.NONE);
    StringBuilder run = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i <= tokens.size(); i++) {
      Token t = i < tokens.size() ? tokens.get(i) : null;
      boolean readable = t != null && (t.han() || (t.digits() && t.key().length() == 1));
      if (readable) {
        run.append(t.key());
        at.add(i);
      } else if (run.length() > 0) {
        int[] r = PinyinReader.readIds(run.toString());
        int[] tn = PinyinReader.readTones(run.toString());
        for (int k = 0; k < at.size(); k++) {
          ids[at.get(k)] = r[k];
          tones[at.get(k)] = tn[k];
        }
        run.setLength(0);
        at.clear();
      }
    }
    return new int[][] {ids, tones};
  }

  private void seenSyllable(int[][] read, int k) {
    int id = read[0][k];
    if (id == Syllables.NONE) {
      return;
    }
    String s = Syllables.name(id);
    bump(seen, Profile.Part.SYLLABLES, s);
    bump(seen, Profile.Part.INITIALS, PinyinParts.initial(s));
    bump(seen, Profile.Part.FINALS, PinyinParts.fin(s));
    if (read[1][k] > 0) {
      bump(seen, Profile.Part.TONES, Integer.toString(read[1][k]));
    }
  }

  private void syllable(int ref, int refTone, int hyp, int hypTone) {
    String r = Syllables.name(ref);
    String h = Syllables.name(hyp);
    if (ref != hyp) {
      bump(confusions, Profile.Part.SYLLABLES, r + '\u0000' + h);
      String ri = PinyinParts.initial(r);
      String hi = PinyinParts.initial(h);
      if (!ri.equals(hi)) {
        bump(confusions, Profile.Part.INITIALS, ri + '\u0000' + hi);
      }
      String rf = PinyinParts.fin(r);
      String hf = PinyinParts.fin(h);
      if (!rf.equals(hf) && !rf.isEmpty() && !hf.isEmpty()) {
        bump(confusions, Profile.Part.FINALS, rf + '\u0000' + hf);
      }
    }
    if (refTone > 0 && hypTone > 0 && refTone != hypTone) {
      bump(confusions, Profile.Part.TONES, refTone + "\u0000" + hypTone);
    }
  }

  private static boolean isWord(Token t) {
    return !t.han() && t.key().length() >= 2 && t.key().chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '\'');
  }

  /** Every letter group of up to {@link #MAX_GROUP} letters of a reference word counts as seen. */
  private void seenWord(Token t) {
    if (!isWord(t)) {
      return;
    }
    String w = t.key();
    bump(seen, Profile.Part.LETTERS, "");
    for (int i = 0; i < w.length(); i++) {
      for (int n = 1; n <= MAX_GROUP && i + n <= w.length(); n++) {
        bump(seen, Profile.Part.LETTERS, w.substring(i, i + n));
      }
    }
  }

  /** The letter groups that differ between two words heard for each other (similar enough). */
  private void letters(String ref, String hyp) {
    if (ref.equals(hyp) || LEVENSHTEIN.apply(ref, hyp) * 2 > Math.max(ref.length(), hyp.length())) {
      return; // not a mishearing of the same word: an edit of the reference
    }
    List<Character> r = ref.chars().mapToObj(c -> (char) c).toList();
    List<Character> h = hyp.chars().mapToObj(c -> (char) c).toList();
    for (AbstractDelta<Character> d : DiffUtils.diff(h, r).getDeltas()) {
      String said = join(d.getTarget().getLines());
      String heard = join(d.getSource().getLines());
      if (said.length() <= MAX_GROUP && heard.length() <= MAX_GROUP) {
        bump(confusions, Profile.Part.LETTERS, said + '\u0000' + heard);
      }
    }
  }

  private static String join(List<Character> chars) {
    StringBuilder out = new StringBuilder();
    chars.forEach(out::append);
    return out.toString();
  }

  private static void bump(Map<Profile.Part, Map<String, Integer>> map, Profile.Part part, String key) {
    map.get(part).merge(key, 1, Integer::sum);
  }

  /** The profile of the confusions seen at least {@code minCount} times; empty parts when none. */
  Profile profile(int minCount) {
    Map<Profile.Part, List<Confusion>> out = new EnumMap<>(Profile.Part.class);
    for (Profile.Part part : Profile.Part.values()) {
      List<Confusion> list = new ArrayList<>();
      for (Map.Entry<String, Integer> e : confusions.get(part).entrySet()) {
        String[] fromTo = e.getKey().split("\u0000", -1);
        int of = seen.get(part).getOrDefault(fromTo[0], 0);
        if (e.getValue() >= minCount && of > 0) {
          // rounded as the file writes it, so a learned profile equals the one loaded back
          double weight = Double.parseDouble(LearnedYaml.number(Math.min(1, (double) e.getValue() / of)));
          list.add(new Confusion(fromTo[0], fromTo[1], e.getValue(), weight));
        }
      }
      list.sort(Comparator.comparingInt(Confusion::count).reversed()
          .thenComparing(Confusion::from).thenComparing(Confusion::to));
      out.put(part, List.copyOf(list.subList(0, Math.min(MAX_PER_PART, list.size()))));
    }
    return new Profile(out);
  }
}
