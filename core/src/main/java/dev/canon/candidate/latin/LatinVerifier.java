package dev.canon.candidate.latin;

import dev.canon.candidate.Candidate;
import dev.canon.candidate.Form;
import dev.canon.candidate.Lexicon;
import dev.canon.evidence.Evidence;
import dev.canon.internal.EditDistance;
import dev.canon.phonetic.EnglishKey;
import dev.canon.result.Method;
import dev.canon.scoring.Score;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides whether a window of Latin words is a misspelled or misheard form, and how sure that is.
 *
 * <p>Evidence needed: the same first letter and the same digits and Roman numerals (a version
 * number is never guessed: {@code GPT-3} is not {@code GPT-4}, {@code Phase III} not {@code Phase
 * II}); then either the whole key within a few edits
 * (more when the two sound alike), or, word by word, all words equal but one that is close in
 * spelling or sound ({@code Gemma 1.5 Pro} → {@code Gemini 1.5 Pro}). Windows made only of
 * everyday words ({@code grid lama}, {@code gecko}) also need one of the entity's context words
 * nearby. Immutable and thread-safe.
 */
final class LatinVerifier {

  private final LatinForms forms;
  private final Lexicon lexicon;

  LatinVerifier(LatinForms forms, Lexicon lexicon) {
    this.forms = forms;
    this.lexicon = lexicon;
  }

  /**
   * Verifies the window against each form of {@code ids}. {@code keySound} and
   * {@code spokenSound} are the window's key and spoken key {@link EnglishKey}s when the caller
   * has made them, else null (made here when needed).
   */
  void verifyAll(Window w, int[] ids, String keySound, String spokenSound, Evidence evidence, List<Candidate> out) {
    verifyAll(w, ids, keySound, spokenSound, evidence, out, null);
  }

  /**
   * As above; when {@code why} is not null, each form that yields no candidate gets one line
   * there saying which check stopped it (for {@code --why}; never on the hot path).
   */
  void verifyAll(Window w, int[] ids, String keySound, String spokenSound, Evidence evidence, List<Candidate> out,
      java.util.function.BiConsumer<Integer, String> why) {
    Boolean everyday = null;
    boolean lowerEveryday = false;
    boolean spokenDiffers = !w.spokenKey().equals(w.key());
    String[] keys = spokenDiffers ? new String[] {w.key(), w.spokenKey()} : new String[] {w.key()};
    String[] sounds = spokenDiffers ? new String[] {keySound, spokenSound} : new String[] {keySound};
    String[] digits = new String[keys.length];
    for (int k = 0; k < keys.length; k++) {
      digits[k] = LatinForms.digitsOf(keys[k]);
    }
    String numerals = null;
    for (int id : ids) {
      String formKey = forms.keys[id];
      if (w.key().equals(formKey)) {
        continue; // an exact match: the exact matcher reports it
      }
      if (numerals == null) {
        numerals = LatinForms.numeralsOf(w.surface());
      }
      if (!numerals.equals(forms.numerals[id])) {
        if (why != null) {
          why.accept(id, "another Roman numeral: a version is never guessed (\"Phase III\" is not Phase II)");
        }
        continue;
      }
      Evidence.Support support = null;
      String reason = "another first letter, other digits, or a plural of the name";
      for (int k = 0; k < keys.length; k++) {
        String key = keys[k];
        if (!digits[k].equals(forms.digits[id]) || !(sameFirstSound(key, formKey) || firstWordHeardAlike(w, id))
            || isInflection(key, formKey) || isInflection(formKey, key)) {
          continue; // no evidence: another version number, another first letter, a plural
        }
        if (support == null) {
          support = evidence.support(forms.forms.get(id).target(), w.span());
        }
        if (everyday == null) {
          lowerEveryday = allEveryday(w.words()) && w.lowerCase();
          everyday = lowerEveryday || allEveryday(w.words()) || (w.words().length == 1 && lexicon.isName(w.surface()));
        }
        if (lowerEveryday && support != Evidence.Support.CONTEXT
            && !(support.any() && soundsLikeOneName(w, id, key, sounds, k))) {
          support = Evidence.Support.NONE; // "to do", "and are", "dive": only the entity's own context words
        }
        boolean context = enough(support, w);
        boolean splitOnly = false;
        if (everyday && !context && !sharesWord(w.words(), forms.words[id])) {
          splitOnly = !lowerEveryday && isSplitName(w, id);
          if (!splitOnly) {
            reason = lowerEveryday
                ? "everyday words in lower case, and none of the entity's context words near"
                : "everyday words or a known name, with no evidence in the document";
            break;
          }
        }
        String[] stopped = why == null ? null : new String[1];
        Candidate c = verify(w, id, key, sounds, k, support, splitOnly, stopped);
        if (c != null) {
          out.add(c);
          reason = null;
          break;
        }
        if (stopped != null) {
          reason = stopped[0];
        }
      }
      if (why != null && reason != null) {
        why.accept(id, reason);
      }
    }
  }

  /** {@code sounds[k]}, the sound key of {@code key}, is made here the first time it is needed. */
  private Candidate verify(Window w, int id, String key, String[] sounds, int k, Evidence.Support support,
      boolean splitOnly, String[] why) {
    boolean context = enough(support, w);
    String formKey = forms.keys[id];
    int longest = Math.max(key.length(), formKey.length());
    // the distance within the widest limit below: every narrower limit is answered from it
    // words heard for a one-word name, with evidence, may sound alike at a few more edits ("Ella quiz")
    boolean heardAsWords = w.words().length >= 2 && forms.words[id].length == 1 && support.any();
    int soundReach = soundReach(longest, heardAsWords);
    int reach = EditDistance.bounded(key, formKey, soundReach);
    // beyond that, only a spelling of the same consonants whose vowels differ ("Jiminy", "John Mark")
    // (as many words and syllables, words that are said, not spelled: "SQL" is not Scale AI; and
    // only with the entity's context words or the name said before: with other names nearby alone,
    // "Greedy" became Gradio, and a 100k list of made-up names found one in "by Germany", "Qatari";
    // never everyday words in lower case: learned context words made "guard" grid on Earnings-21)
    boolean vowelsOnly = reach < 0 && w.words().length == forms.words[id].length && forms.frames[id] != 0
        && sameConsonants(key, formKey) && syllables(key) == syllables(formKey)
        && !isCapitals(w.surface().replaceAll("[^\\p{L}]", ""))
        && !(w.lowerCase() && allEveryday(w.words()))
        && (support == Evidence.Support.CONTEXT || support == Evidence.Support.SAID);
    if (vowelsOnly) {
      reach = LevenshteinDistance.getDefaultInstance().apply(key, formKey);
    }
    double byWords = reach < 0 ? wordwise(w.words(), forms.words[id]) : Double.NaN;
    if (reach < 0 && byWords == 0) {
      return stop(why, "too many edits from the name, and not the name word by word");
    }
    if (sounds[k] == null) {
      sounds[k] = EnglishKey.of(key);
    }
    String sound = sounds[k];
    boolean soundsAlike = key.charAt(0) == formKey.charAt(0)
        ? sound.equals(forms.soundKeys[id])
        : sound.equals(EnglishKey.of(key.charAt(0) + formKey.substring(1))); // "Jemma": the name as written with a J
    // never above max(2, longest / 3), but for vowels only: retrieval drops forms out of that reach (withinReach)
    int limit = soundsAlike ? (vowelsOnly ? reach : soundReach) : maxEdits(longest, context);
    int distance = limit == 0 || reach > limit ? -1 : reach;
    if (splitOnly && !soundsAlike) {
      return stop(why, "everyday words with capitals, with no evidence in the document, that do not sound like"
          + " the one-word name they join into");
    }
    if (distance >= 0 && w.words().length >= 2 && !splitOnly
        && needlessEdge(w, key, formKey, distance, limit,
            soundsAlike && forms.words[id].length == 1 ? forms.soundKeys[id] : null)) {
      return stop(why, "the name matches better without the first or last word of the span (\"HuggingFace is\")");
    }
    boolean merged = distance > 0 && key == w.key() && w.words().length > forms.words[id].length;
    if (merged && !soundsAlike && (distance > 1 || hasCapitalWord(w))) {
      return stop(why, "words run together that do not sound like the name (\"Alpha CONDE\")");
    }
    if (merged && !context && !splitOnly && hasFunctionWord(w)) {
      return stop(why, "a short everyday word run into the name, with no evidence in the document (\"Steve is\")");
    }
    if (support != Evidence.Support.CONTEXT && hasAcronymPlural(w.surface())) {
      return stop(why, "the plural of an acronym (\"APIs\", \"Code LLMs\") is a word of its own, not a slip");
    }
    if (!soundsAlike && support != Evidence.Support.CONTEXT && support != Evidence.Support.SAID
        && forms.digits[id].isEmpty() && hasInnerCapital(w.surface())
        && !capitals(w.surface()).equals(capitals(form(id).text()))) {
      return stop(why, "a word with capitals inside (\"GraphCoder\") is a name as its writer spelled it: taken"
          + " for another only when it sounds like it, shares its version number (\"ImageGen2\") or the"
          + " document names the entity");
    }
    if (support == Evidence.Support.DOMAIN && w.words().length == 1 && allEveryday(w.words())
        && (!soundsAlike || forms.words[id].length > 1)) {
      return stop(why, "an everyday word, taken for a name that sounds otherwise (\"Optimum\" is not Optimus) or"
          + " grown into a longer one (\"Figure\" is not Figure AI): other names nearby are not enough");
    }
    if (support == Evidence.Support.DOMAIN && w.words().length == 1 && allEveryday(w.words())
        && !isLowerCase(w.surface()) && Window.capitalizedWordBefore(w.text(), w.span().start())) {
      return stop(why, "a capitalized everyday word after another capitalized word is the end of that name"
          + " (\"Intel Developer Cloud\" is not Claude): other names nearby are not enough");
    }
    if (support != Evidence.Support.CONTEXT && w.words().length == 1 && w.surface().length() <= SHORT_ACRONYM
        && isCapitals(w.surface()) && capitals(form(id).text()).length() <= 1 && distance != 1) {
      return stop(why, "a short word in capitals is an acronym as written (\"LAM\" is not Llama), not a name"
          + " with one capital, unless it is one slip from it (\"LAMA\") or the entity's context words stand near");
    }
    if (support != Evidence.Support.CONTEXT && w.words().length == 1 && formKey.length() > key.length()
        && formKey.startsWith(key) && allEveryday(w.words())) {
      return stop(why, "an everyday word that only begins the name (\"Open\" is not OpenAI): a name is not"
          + " heard cut short, unless the entity's context words stand near");
    }
    if (support != Evidence.Support.CONTEXT && distance != 1 && w.words().length == 1
        && lexicon.isName(w.surface())) {
      return stop(why, "a known name (\"Josh\" is not Joshua): only one slip, or the entity's context words near");
    }
    if (!context && !soundsAlike && isLowerCase(w.surface()) && !isLowerCase(form(id).text())) {
      return stop(why, "a lower-case word that does not sound like the name, with no evidence in the document");
    }
    if (!context && w.lowerCase() && w.words().length < forms.words[id].length) {
      return stop(why, "a lower-case word would grow into a longer name, with no evidence in the document (\"a cold mistral\")");
    }
    if (!context && w.words().length == 1 && formKey.length() <= SHORT_NAME && key.length() > formKey.length()
        && key.startsWith(formKey)) {
      return stop(why, "a word that starts with a short name and goes on is another word (\"Bingu\" is not Bing),"
          + " unless the document gives evidence");
    }
    if (formKey.length() < LatinForms.MIN_KEY && (distance != 0 || key == w.key())) {
      return stop(why, "the name is too short to be guessed (only a spoken form that spells it exactly)");
    }
    double wordwise = distance >= 0 ? 0 : reach < 0 ? byWords : wordwise(w.words(), forms.words[id]);
    if (distance < 0 && wordwise == 0) {
      return stop(why, "too far in spelling and sound, and not the name word by word");
    }
    double spelling = distance >= 0
        ? 1 - (vowelsOnly ? distance / 2.0 : spellingDistance(key, formKey, distance)) / longest
        : wordwise;
    double spelled = spelledOut(w.surface(), form(id).text());
    double soundSim = soundsAlike ? 1 : spelled >= 0 ? spelled : similarity(sound, forms.soundKeys[id]);
    double length = Math.min(1, formKey.length() / 10.0);
    double total = 0.6 * spelling + 0.3 * soundSim + 0.1 * length + (context ? Evidence.BONUS : 0);
    Method method = soundsAlike && distance >= 2 ? Method.PHONETIC : Method.FUZZY;
    Form form = forms.forms.get(id);
    return new Candidate(w.span(), w.surface(), form.target(), form.text(), method,
        new Score(Math.min(1, total), spelling, soundSim, length, context ? support.part() : 0), form.rewriteTo());
  }

  /**
   * Everyday words in lower case that together sound exactly like a one-word name, long enough
   * not to be met by chance ({@code met forming} for metformin, {@code we go vee} for Wegovy): ASR
   * writes a name it does not know as the words it hears. These take the name said right earlier
   * or other names around as evidence; shorter runs ({@code to do}, {@code and are}), runs that
   * open or close like a phrase ({@code control and}) and names of people or places, which
   * phrases meet all the time ({@code just won}), only the entity's own context words.
   */
  private boolean soundsLikeOneName(Window w, int id, String key, String[] sounds, int k) {
    if (w.words().length < 2 || forms.words[id].length != 1 || key.length() < HEARD_AS_WORDS_MIN
        || !mayBeHeardAsOneName(w.words()[0], w.words()[w.words().length - 1])
        || lexicon.isName(forms.forms.get(id).text())) {
      return false; // a known first name is met in phrases all the time: "just won" is not Justin
    }
    if (sounds[k] == null) {
      sounds[k] = EnglishKey.of(key);
    }
    String droppedG = withoutDroppedG(key);
    return sounds[k].equals(forms.soundKeys[id])
        || (droppedG != null && forms.keys[id].endsWith("in") && EnglishKey.of(droppedG).equals(forms.soundKeys[id]));
  }

  /**
   * A key ending in "ing" without its g, else null: a dropped g is heard the other way round too
   * ({@code met forming} for metformin).
   */
  static String withoutDroppedG(String key) {
    return key.endsWith("ing") ? key.substring(0, key.length() - 1) : null;
  }

  /**
   * The most edits a window that sounds like a form may be from it: a third of the longer key,
   * at least 2; two fifths for words heard as a one-word name ({@code Ella quiz}), which the
   * verifier takes only with evidence. Retrieval ({@link LatinFuzzyMatcher}) uses the same reach.
   */
  static int soundReach(int longest, boolean heardAsWords) {
    return Math.max(2, heardAsWords ? longest * 2 / 5 : longest / 3);
  }

  /** All-capitals words of at most this many letters are acronyms as written. */
  static final int SHORT_ACRONYM = 4;

  /** Letters of everyday words in lower case that {@link #soundsLikeOneName} joins, at least. */
  static final int HEARD_AS_WORDS_MIN = 7;

  /**
   * Whether a run of words with these first and last words may be a name heard as words: not one
   * that starts with a word that opens a phrase or ends with one that goes on to the next
   * ({@code control and} sounds like ControlNet, but "and" joins, it does not end a name).
   */
  static boolean mayBeHeardAsOneName(String first, String last) {
    return !PHRASE_OPENERS.contains(first) && !PHRASE_OPENERS.contains(last) && !PHRASE_LINKS.contains(last);
  }

  /**
   * Articles, conjunctions and prepositions, and the forms of "be", "have" and "do": closed word
   * classes, so listed here; the everyday-word list does not tell a function word from any other.
   */
  private static final java.util.Set<String> PHRASE_OPENERS = java.util.Set.of(
      "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with",
      "as", "than", "that", "into", "onto", "over", "under", "about", "after", "before");

  private static final java.util.Set<String> PHRASE_LINKS = java.util.Set.of(
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "if", "so", "then",
      "its", "their", "our", "your", "his", "her", "my");

  /**
   * A name of several words whose first word is heard with another first letter that Double
   * Metaphone, with its alternate readings, says the same ({@code Jan LeCun} for Yann LeCun,
   * {@code Joshua Bengio} for Yoshua Bengio: a J read as Y), when every other word is the name's
   * own, written with a capital, and no everyday word ({@code LeCun}). The other words carry the
   * evidence a first letter otherwise gives.
   */
  private boolean firstWordHeardAlike(Window w, int id) {
    String[] words = w.words();
    String[] name = forms.words[id];
    if (words.length < 2 || words.length != name.length || !w.capitalizedWords()) {
      return false;
    }
    for (int i = 1; i < words.length; i++) {
      if (!words[i].equals(name[i]) || lexicon.isCommonWord(words[i])) {
        return false;
      }
    }
    return SAME_SOUND.isDoubleMetaphoneEqual(words[0], name[0], false)
        || SAME_SOUND.isDoubleMetaphoneEqual(words[0], name[0], true);
  }

  /** Stateless once configured: {@code isDoubleMetaphoneEqual} only reads the default code length. */
  private static final org.apache.commons.codec.language.DoubleMetaphone SAME_SOUND =
      new org.apache.commons.codec.language.DoubleMetaphone();

  /**
   * Two or more everyday words, each written with a capital, or the first only ({@code Mix trail},
   * when no short everyday word follows: {@code Control and} is a phrase), that join into a
   * one-word name ({@code Pie Torch} for PyTorch): ASR writes a compound name it does not know as
   * the words it hears, with the capitals of a name. Taken without evidence only when the words
   * sound exactly like the name; {@code Cloud} alone, or words in lower case, never.
   */
  private boolean isSplitName(Window w, int id) {
    return w.words().length >= 2 && forms.words[id].length == 1
        && (w.capitalizedWords()
            || Window.capitalizedStart(w.text(), w.span().start(), w.span().end()) && !shortWordAfterFirst(w));
  }

  /** A short everyday word after the first ({@code Control and}): a phrase goes on, no name was split. */
  private boolean shortWordAfterFirst(Window w) {
    String[] words = w.words();
    for (int i = 1; i < words.length; i++) {
      if (words[i].length() <= 3 && lexicon.isCommonWord(words[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * How alike two acronyms sound when spelled out letter by letter, or -1 when either is not an
   * acronym of three or more capitals or their lengths differ. Letter names that rhyme are heard
   * for one another ({@code MCEB} for {@code MTEB}: "see" and "tee"); Double Metaphone, made for
   * words, says nothing about them ({@code MKP} against {@code MTP}).
   */
  static double spelledOut(String surface, String name) {
    int n = surface.length();
    if (n < 3 || n != name.length() || !isCapitals(surface) || !isCapitals(name)) {
      return -1;
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      char a = surface.charAt(i);
      char b = name.charAt(i);
      sum += a == b ? 1 : LETTER_RHYMES[a - 'A'] != 0 && LETTER_RHYMES[a - 'A'] == LETTER_RHYMES[b - 'A'] ? 0.8 : 0;
    }
    return sum / n;
  }

  private static boolean isCapitals(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }

  /**
   * The rhyme of each letter's English name, A to Z, 0 for letters that rhyme with none: 1 "ee"
   * (B C D E G P T V Z), 2 "ay" (A J K), 3 "e-" and a consonant (F L M N S X), 4 "eye" (I Y),
   * 5 "oo" (Q U W). Hand-written: no library lists letter names by sound.
   */
  private static final byte[] LETTER_RHYMES = {
    2, 1, 1, 1, 1, 3, 1, 0, 4, 2, 2, 3, 3, 3, 0, 1, 5, 0, 3, 1, 5, 1, 5, 3, 4, 1
  };

  /**
   * Whether two keys start with the same sound: the same letter, or letters English spells one
   * sound with ({@code Jemma}/{@code Gemma}, {@code Kathy}/{@code Cathy}, {@code Cyrus}/{@code Syrus}).
   */
  static boolean sameFirstSound(String key, String formKey) {
    return key.charAt(0) == formKey.charAt(0) || firstSound(key) == firstSound(formKey);
  }

  /** The sound of a key's first letter: soft {@code g} and {@code c} before e, i, y; hard {@code c}, {@code q}. */
  static char firstSound(String key) {
    char c = key.charAt(0);
    char next = key.length() > 1 ? key.charAt(1) : ' ';
    boolean front = next == 'e' || next == 'i' || next == 'y';
    if (c == 'g' && front) {
      return 'j';
    }
    if (c == 'c') {
      return front ? 's' : 'k';
    }
    return c == 'q' ? 'k' : c;
  }

  /**
   * The edit distance for the spelling score: edits that only respell the same sound (a doubled
   * letter, a final {@code y} for {@code i}, {@code ph} for {@code f}, {@code ck} for {@code k}, a
   * first letter of the same sound) count half ({@code Kimmy} is nearer {@code Kimi} than two
   * letters say). The gates above use the plain distance.
   */
  static double spellingDistance(String key, String formKey, int distance) {
    if (distance == 0) {
      return 0;
    }
    String a = respelled(key);
    String b = respelled(formKey);
    if (firstSound(key) == firstSound(formKey)) {
      a = a.substring(1);
      b = b.substring(1);
    }
    int same = EditDistance.bounded(a, b, distance);
    return same < 0 || same >= distance ? distance : (distance + same) / 2.0;
  }

  /** Fewest consonants a name needs before vowels alone may tell its spellings apart: "Kimi" has two. */
  static final int MIN_CONSONANTS = 3;

  /**
   * Whether two keys spell the same consonants in the same order, only their vowels (and a silent
   * {@code h} or {@code w}) differing: {@code jiminy} and {@code gemini} (first sound j), {@code
   * johnmark} and {@code jeanmarc}. ASR picks among the spellings of one consonant frame, and a
   * key whose sound is the name's (checked by the caller) differs by its vowels as a respelling.
   * Names of fewer than {@link #MIN_CONSONANTS} consonants do not qualify: {@code Bard} and
   * {@code bird}, {@code Kimi} and {@code Kama} are other words.
   */
  static boolean sameConsonants(String key, String formKey) {
    String a = consonants(key);
    return a.length() >= MIN_CONSONANTS && a.equals(consonants(formKey));
  }

  /** The vowel groups of a key ({@code y} counted as a vowel): {@code jiminy} 3, {@code sql} 0. */
  static int syllables(String key) {
    int groups = 0;
    boolean inVowel = false;
    for (int i = 0; i < key.length(); i++) {
      boolean vowel = "aeiouy".indexOf(key.charAt(i)) >= 0;
      if (vowel && !inVowel) {
        groups++;
      }
      inVowel = vowel;
    }
    return groups;
  }

  /** The consonant frame of a key: its first sound, then each consonant sound, vowels and h, w dropped. */
  static String consonants(String key) {
    String r = respelled(key);
    StringBuilder out = new StringBuilder(r.length());
    out.append(firstSound(r));
    for (int i = 1; i < r.length(); i++) {
      char c = r.charAt(i);
      char next = i + 1 < r.length() ? r.charAt(i + 1) : ' ';
      if ("aeiouyhw".indexOf(c) >= 0) {
        continue;
      }
      char sound = c == 'c' ? (next == 'e' || next == 'i' || next == 'y' ? 's' : 'k') : c == 'q' ? 'k' : c == 'z' ? 's' : c;
      out.append(sound);
    }
    return out.toString();
  }

  /** A key with the spellings of one sound made one: doubled letters single, ph → f, ck → k, a final y → i. */
  private static String respelled(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      char next = i + 1 < key.length() ? key.charAt(i + 1) : ' ';
      if (c == 'p' && next == 'h') {
        out.append('f');
        i++;
      } else if (c == 'c' && next == 'k') {
        out.append('k');
        i++;
      } else if (c == 'y' && i == key.length() - 1 && i > 0) {
        out.append('i');
      } else if (Character.isLetter(c) && c == next) {
        continue; // the first of a doubled letter
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Names of at most this many letters: a word that starts with one and goes on is another word. */
  static final int SHORT_NAME = 4;

  /** Whether a word of {@code surface} is an acronym plural ({@link #isAcronymPlural}). */
  static boolean hasAcronymPlural(String surface) {
    int start = 0;
    for (int i = 0; i <= surface.length(); i++) {
      if (i == surface.length() || !Character.isLetterOrDigit(surface.charAt(i))) {
        if (i > start && isAcronymPlural(surface.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /**
   * Whether a word of {@code surface} has a capital after a lower-case letter or a lower-case
   * letter after two capitals: {@code GraphCoder}, {@code MMBench}, {@code CoCA}. Such a spelling
   * is deliberate; {@code Cloud}, {@code LAMA} and {@code iPhone}-like single-capital starts are not it.
   */
  static boolean hasInnerCapital(String surface) {
    boolean lower = false;
    int capitalsInRow = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        lower = false;
        capitalsInRow = 0;
      } else if (Character.isUpperCase(c)) {
        if (lower) {
          return true;
        }
        capitalsInRow++;
      } else if (Character.isLowerCase(c)) {
        if (capitalsInRow >= 2) {
          return true;
        }
        lower = true;
        capitalsInRow = 0;
      }
    }
    return false;
  }

  /** The capital letters of a text, in order: {@code "GraphCoder"} → {@code "GC"}. */
  private static String capitals(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  /** Two or more capitals then a lower-case s: {@code APIs}, {@code GPUs}, {@code LLMs}. */
  static boolean isAcronymPlural(String surface) {
    int n = surface.length();
    if (n < 3 || surface.charAt(n - 1) != 's') {
      return false;
    }
    for (int i = 0; i < n - 1; i++) {
      if (!Character.isUpperCase(surface.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Records why a form was not taken, when asked; always null. */
  private static Candidate stop(String[] why, String reason) {
    if (why != null) {
      why[0] = reason;
    }
    return null;
  }

  /**
   * Whether the document's evidence is enough to take a window of everyday words for a name:
   * a context word or the name said right earlier always is; other names of the dictionary
   * nearby are not for a single word written in lower case: ASR writes names with capitals
   * ({@code Minstrel}, {@code Grid LAMA}), and {@code a cold mistral} stays the wind in any
   * document. Words run apart ({@code met forming}, {@code oh zempic}) may be in lower case.
   */
  private static boolean enough(Evidence.Support support, Window w) {
    return support == Evidence.Support.CONTEXT || support == Evidence.Support.SAID
        || (support == Evidence.Support.DOMAIN && (w.words().length > 1 || !w.lowerCase()));
  }

  private Form form(int id) {
    return forms.forms.get(id);
  }

  private static boolean isLowerCase(String s) {
    return s.equals(s.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A plural or verb form of the name ({@code models}, {@code valleys}) is the name, not a slip;
   * called both ways, the singular of a plural name ({@code renewable}) is a word of its own.
   */
  static boolean isInflection(String key, String formKey) {
    int extra = key.length() - formKey.length();
    return extra > 0 && extra <= 2 && key.startsWith(formKey)
        && (key.endsWith("s") || key.endsWith("ed") || key.endsWith("es"));
  }

  /**
   * True when dropping the first or the last word of the window matches the form at least as
   * well: the word is not part of the name, and the shorter window is tried on its own.
   */
  private boolean needlessEdge(Window w, String key, String formKey, int distance, int limit, String formSound) {
    String[] words = w.words();
    int last = words[words.length - 1].length();
    int first = words[0].length();
    int lastKey = key == w.key() ? last
        : SpokenDigits.spoken(words[words.length - 1], words.length - 1, words.length).length();
    String withoutLast = key.substring(0, key.length() - lastKey);
    int firstKey = key == w.key() ? first : SpokenDigits.spoken(words[0], 0, words.length).length();
    String withoutFirst = key.substring(firstKey);
    if ((allKeysContain(withoutLast) && isExtraWord(words[words.length - 1], words.length - 1, words.length))
        || (allKeysContain(withoutFirst) && isExtraWord(words[0], 0, words.length))) {
      return true; // "Europe and", "barclays we": a name as it is, plus a word that is not part of it
    }
    int a = EditDistance.bounded(withoutLast, formKey, limit);
    // the window without its first word is tried on its own only when it starts like the name
    // ("oh zempic": "zempic" is no candidate for Ozempic, so "oh" is part of it)
    int b = withoutFirst.isEmpty() || !sameFirstSound(withoutFirst, formKey) ? -1
        : EditDistance.bounded(withoutFirst, formKey, limit);
    return (a >= 0 && (a < distance || a == distance && !soundsOtherwise(withoutLast, formSound)))
        || (b >= 0 && (b < distance || b == distance && !soundsOtherwise(withoutFirst, formSound)));
  }

  /**
   * When the whole window sounds like a one-word name ({@code formSound} not null), whether a
   * shorter one, as near in spelling, sounds otherwise: the whole is then the better match ("we
   * go vee" sounds like Wegovy, "we go" does not).
   */
  private static boolean soundsOtherwise(String shorter, String formSound) {
    return formSound != null && !EnglishKey.of(shorter).equals(formSound);
  }

  /**
   * Word-by-word similarity when the window and the form have the same number of words, all
   * equal but one, and at least two equal: the mean of the word similarities, or 0 when the
   * evidence is not there.
   */
  static double wordwise(String[] words, String[] formWords) {
    if (words.length != formWords.length || words.length < 2) {
      return 0;
    }
    int equal = 0;
    double sum = 0;
    for (int i = 0; i < words.length; i++) {
      String a = SpokenDigits.spoken(words[i], i, words.length);
      String b = formWords[i];
      if (a.equals(b)) {
        equal++;
        sum += 1;
        continue;
      }
      if (a.charAt(0) != b.charAt(0)) {
        return 0;
      }
      double sim = Math.max(similarity(a, b), 0.9 * similarity(EnglishKey.ofWord(a), EnglishKey.ofWord(b)));
      if (sim < 0.5) {
        return 0;
      }
      sum += sim;
    }
    return equal == words.length - 1 && equal >= 2 ? sum / words.length : 0;
  }

  /** Edits allowed by spelling alone, by key length; four-char keys need context for one edit. */
  static int maxEdits(int length, boolean context) {
    if (length < 5) {
      return context && length == 4 ? 1 : 0;
    }
    return length < 9 ? 1 : length < 14 ? 2 : 3;
  }

  /** An everyday word of two letters or more that is not a spoken digit or letter. */
  private boolean isExtraWord(String word, int i, int count) {
    return word.length() >= 2 && SpokenDigits.spoken(word, i, count).equals(word) && lexicon.isCommonWord(word);
  }

  private boolean allKeysContain(String key) {
    return forms.allKeys.contains(key);
  }

  /** A short everyday word ({@code is}, {@code of}, {@code and}) among the words merged into a name. */
  private boolean hasFunctionWord(Window w) {
    for (String word : w.words()) {
      if (word.length() <= 3 && lexicon.isCommonWord(word)) {
        return true;
      }
    }
    return false;
  }

  /** An all-capitals word of four letters or more: a surname or an acronym as written, not a slip. */
  private static boolean hasCapitalWord(Window w) {
    String text = w.span().of(w.text());
    int run = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isUpperCase(c)) {
        run++;
      } else {
        if (run >= 4 && (i == text.length() || !Character.isLetter(c))) {
          return true;
        }
        run = Character.isLetter(c) ? -1000 : 0;
      }
    }
    return false;
  }

  /**
   * A multi-word window that is the name word for word, each word equal or sounding the same and
   * at least one equal ({@code Hugging Phase} for {@code Hugging Face}), is evidence enough even
   * when all its words are everyday words; {@code and portrait} for {@code Any Portrait} is not,
   * nor {@code morning and} for {@code Morning Andy}: a sound-alike word needs four letters.
   */
  private static boolean sharesWord(String[] words, String[] formWords) {
    if (words.length < 2 || words.length != formWords.length) {
      return false;
    }
    boolean equal = false;
    for (int i = 0; i < words.length; i++) {
      String word = SpokenDigits.spoken(words[i], i, words.length);
      if (word.equals(formWords[i])) {
        equal = true;
      } else if (word.length() < 4 || !EnglishKey.ofWord(word).equals(EnglishKey.ofWord(formWords[i]))) {
        return false;
      }
    }
    return equal;
  }

  /** True when every word is an everyday word; a number is not (it marks a model name). */
  private boolean allEveryday(String[] words) {
    for (String w : words) {
      if (!lexicon.isCommonWord(w)) {
        return false;
      }
    }
    return true;
  }

  static double similarity(String a, String b) {
    int longest = Math.max(a.length(), b.length());
    if (longest == 0) {
      return 0;
    }
    return 1 - (double) LevenshteinDistance.getDefaultInstance().apply(a, b) / longest;
  }
}
