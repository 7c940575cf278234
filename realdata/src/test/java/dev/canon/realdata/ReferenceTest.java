package dev.canon.realdata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceTest {

  @Test
  void of_keepsNamedEntitiesOnly_asWordRanges() {
    Reference ref = Fixtures.reference("c1", "the/5 Monro/5,6 Inc/5 call in 2020/6 with Ingersoll-Rand/7",
        Map.of("5", "ORG", "6", "DATE", "7", "ORG"));
    assertEquals(List.of("the", "monro", "inc", "call", "in", "2020", "with", "ingersoll", "rand"), ref.norms());
    assertEquals(List.of(
        new Reference.RefEntity("5", "ORG", 0, 2, "the Monro Inc"),
        new Reference.RefEntity("7", "ORG", 7, 8, "Ingersoll-Rand")), ref.entities());
    assertEquals(List.of("ORG", "DATE"), ref.wordTypes().get(1));
  }

  @Test
  void entityWords_marksWordsOfEveryEntity() {
    Reference ref = Fixtures.reference("c1", "hi Jeff/1 and Tom/2", Map.of("1", "PERSON", "2", "PERSON"));
    boolean[] inside = ref.entityWords();
    assertEquals(List.of(false, true, false, true),
        List.of(inside[0], inside[1], inside[2], inside[3]));
  }
}
