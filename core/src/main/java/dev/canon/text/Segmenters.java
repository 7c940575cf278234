package dev.canon.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

/**
 * HanLP's plain segmenter as Canon uses it everywhere: offsets on, no recognition of person,
 * place, organisation or translated names (a name is what the dictionary says it is), so words
 * and parts of speech come from HanLP's dictionaries alone.
 */
public final class Segmenters {

  private Segmenters() {}

  /** A new plain segmenter; {@code customDictionary} adds HanLP's custom dictionary (brands, idioms). */
  public static Segment plain(boolean customDictionary) {
    return HanLP.newSegment()
        .enableOffset(true)
        .enableNameRecognize(false)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableTranslatedNameRecognize(false)
        .enableJapaneseNameRecognize(false)
        .enableCustomDictionary(customDictionary);
  }
}
