package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.canon.dictionary.Dictionary;
import dev.canon.dictionary.Entity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameDictionaryTest {

  private static final Reference REF = Fixtures.reference("c1",
      "we thank Monro/1 Inc/1 and Ingersoll-Rand/2 and Biopharma and bio pharma and Biopharma and BioPharma"
          + " as a team with JP/3 Morgan/3 as a bank at home and non- GAAP",
      Map.of("1", "ORG", "2", "ORG", "3", "ORG"));

  @Test
  void build_spellsNamesAsTheReferenceDoes() {
    Dictionary d = NameDictionary.build("t", List.of("MONRO INC", "INGERSOLL RAND"), List.of(REF));
    assertEquals(List.of("Monro Inc", "Ingersoll-Rand"), d.entities().stream().map(Entity::canonical).toList());
    assertEquals("org", d.entities().get(0).type());
    assertEquals(List.of(), d.entities().get(0).aliases());
  }

  @Test
  void build_nameSplitDifferently_countsOnlyWhereTaggedAsEntity() {
    Dictionary d = NameDictionary.build("t", List.of("JPMORGAN", "ASA"), List.of(REF));
    assertEquals(List.of("JP Morgan", "Asa"), d.entities().stream().map(Entity::canonical).toList());
  }

  @Test
  void build_nameWithAmpersand_doesNotTakeTheSpellingOfAPlainWord() {
    Dictionary d = NameDictionary.build("t", List.of("A&T"), List.of(REF));
    assertEquals("A&T", d.entities().get(0).canonical());
  }

  @Test
  void shape_ignoresCaseSpacesHyphensAndEndPunctuation() {
    assertEquals("ingersollrand", NameDictionary.shape("Ingersoll-Rand"));
    assertEquals("ingersollrand", NameDictionary.shape("INGERSOLL RAND"));
    assertEquals("a&t", NameDictionary.shape("A&T"));
    assertEquals("mattb", NameDictionary.shape("MATT B."));
  }

  @Test
  void build_referenceTokenEndingInHyphen_isJoinedToTheNextWord() {
    Dictionary d = NameDictionary.build("t", List.of("NON-GAAP"), List.of(REF));
    assertEquals("non-GAAP", d.entities().get(0).canonical());
  }

  @Test
  void build_unseenName_isTitleCasedWithTypeName() {
    Dictionary d = NameDictionary.build("t", List.of("JOC O'ROURKE", "EV", "AT&T", "HERSHEY'S"), List.of(REF));
    assertEquals(List.of("Joc O'Rourke", "EV", "AT&T", "Hershey's"),
        d.entities().stream().map(Entity::canonical).toList());
    assertEquals("name", d.entities().get(0).type());
  }

  @Test
  void build_variantsEqualUpToSpaces_becomeOneEntity_spelledByTheMostFrequentForm() {
    Dictionary d = NameDictionary.build("t", List.of("BIO PHARMA", "BIOPHARMA"), List.of(REF));
    assertEquals(List.of("Biopharma"), d.entities().stream().map(Entity::canonical).toList());
  }

  @Test
  void asListed_keepsSpellingAndDropsCaseDuplicates() {
    Dictionary d = NameDictionary.asListed("poi", List.of("ktv", "KTV", "泗阳", " "), "poi");
    assertEquals(List.of("ktv", "泗阳"), d.entities().stream().map(Entity::canonical).toList());
  }
}
