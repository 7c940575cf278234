package dev.canon.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDiffTest {

  @Test
  void between_equalTexts_givesNoEdit() {
    assertEquals(List.of(), EditDiff.between("通义千问", "通义千问"));
  }

  @Test
  void between_cjkHomophone_givesChangedCharsOnly() {
    assertEquals(List.of(new TextEdit(0, 3, "同意0", "通义灵")),
        EditDiff.between("同意0码上线", "通义灵码上线"));
  }

  @Test
  void between_latinWord_givesWholeToken() {
    assertEquals(List.of(new TextEdit(4, 8, "Lama", "Llama")),
        EditDiff.between("use Lama 2 now", "use Llama 2 now"));
  }

  @Test
  void between_wordsSeparatedBySpace_mergeIntoOneEdit() {
    assertEquals(List.of(new TextEdit(9, 21, "hugging face", "Hugging Face")),
        EditDiff.between("get from hugging face.", "get from Hugging Face."));
  }

  @Test
  void between_joinedTokens_trimsAlignedSpaces() {
    assertEquals(List.of(new TextEdit(0, 10, "Black Rock", "BlackRock")),
        EditDiff.between("Black Rock now runs", "BlackRock now runs"));
  }

  @Test
  void between_twoDistantErrors_giveTwoEdits() {
    assertEquals(
        List.of(new TextEdit(0, 2, "同意", "通义"), new TextEdit(8, 15, "CodeFus", "CodeFuse")),
        EditDiff.between("同意千问和蚂蚁的CodeFus", "通义千问和蚂蚁的CodeFuse"));
  }

  @Test
  void between_spaceToHyphen_givesSeparatorEdit() {
    assertEquals(List.of(new TextEdit(4, 5, " ", "-")), EditDiff.between("Grok 1 开源", "Grok-1 开源"));
  }

  @Test
  void between_surrogatePair_staysOneToken() {
    assertEquals(List.of(new TextEdit(2, 3, "a", "b")), EditDiff.between("😀a", "😀b"));
  }
}
