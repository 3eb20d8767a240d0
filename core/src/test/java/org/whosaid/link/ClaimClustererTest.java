package org.whosaid.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ClaimClusterer}: statements of unrelated articles make no common claim by a shared word or two. */
class ClaimClustererTest {

  private static ClaimClusterer.Item item(String article, String... features) {
    Map<String, Double> f = new java.util.LinkedHashMap<>();
    for (String x : features) {
      f.put(x, 1.0);
    }
    return new ClaimClusterer.Item(Evidence.of(f), Optional.empty(), article);
  }

  /** Each statement's group, as the smallest member of its group. */
  private static List<Integer> groupOf(List<ClaimClusterer.Group> groups, int n) {
    List<Integer> out = new ArrayList<>(java.util.Collections.nCopies(n, -1));
    for (ClaimClusterer.Group g : groups) {
      for (int m : g.members()) {
        out.set(m, g.members().get(0));
      }
    }
    return out;
  }

  /** Two articles about other things, each with statements of its own, and one shared concept. */
  private static List<ClaimClusterer.Item> unrelatedArticlesSharingAConcept() {
    return List.of(
        item("a", "c:disease", "c:spread", "w:influ"),
        item("a", "c:vaccine", "w:trial", "n:300"),
        item("a", "c:hospital", "e:Q30", "w:scien"),
        item("b", "c:disease", "c:death", "e:Q794"),
        item("b", "c:council", "c:member", "w:exped"),
        item("b", "c:funeral", "w:tehra", "n:1"),
        item("a", "c:study", "w:genom", "n:2020"),
        item("a", "w:virus", "c:mutation", "w:labor"),
        item("b", "c:parliament", "w:quara", "e:Q794"),
        item("b", "c:minister", "w:decre", "c:school"));
  }

  @Test
  void statementsOfUnrelatedArticlesSharingOneConceptStayApart() {
    List<ClaimClusterer.Item> items = unrelatedArticlesSharingAConcept();
    List<Integer> groups = groupOf(ClaimClusterer.create().clusterItems(items), items.size());
    for (int i = 0; i < items.size(); i++) {
      for (int j = 0; j < items.size(); j++) {
        if (items.get(i).origin().equals(items.get(j).origin())) {
          continue;
        }
        assertEquals(false, groups.get(i).equals(groups.get(j)), "statement " + i + " and " + j + ": " + groups);
      }
    }
  }

  @Test
  void relatedOriginsZeroComparesEveryArticle() {
    List<ClaimClusterer.Item> items = unrelatedArticlesSharingAConcept();
    List<Integer> groups = groupOf(ClaimClusterer.builder().relatedOrigins(0).build().clusterItems(items), items.size());
    assertEquals(groups.get(0), groups.get(3), "the shared concept joins them when every article is compared: " + groups);
  }

  @Test
  void statementsOfOneArticleAloneMakeNoClaim() {
    List<ClaimClusterer.Item> items = List.of(
        item("a", "c:primary", "n:10", "e:Q30", "c:election"),
        item("a", "c:primary", "n:10", "e:Q30", "c:election", "c:vote"),
        item("b", "c:storm", "c:flood", "e:Q16"));
    List<ClaimClusterer.Group> groups = ClaimClusterer.create().clusterItems(items);
    assertEquals(3, groups.size(), "one article's two statements are no claim: " + groups);
  }

  @Test
  void statementsOfOneArticleJoinTheClaimAnotherArticleShares() {
    List<ClaimClusterer.Item> items = List.of(
        item("a", "c:primary", "n:10", "e:Q30", "c:election"),
        item("a", "c:primary", "n:10", "e:Q30", "c:election", "c:vote"),
        item("b", "c:primary", "n:10", "e:Q30", "c:election", "c:vote"));
    List<Integer> groups = groupOf(ClaimClusterer.create().clusterItems(items), items.size());
    assertEquals(List.of(0, 0, 0), groups);
  }

  @Test
  void statementsOfUnknownOriginStillGroup() {
    Map<String, Double> f = Map.of("c:primary", 1.0, "n:10", 1.0, "e:Q30", 1.0);
    List<ClaimClusterer.Group> groups = ClaimClusterer.create().cluster(List.of(Evidence.of(f), Evidence.of(f)));
    assertEquals(1, groups.size(), groups.toString());
  }

  @Test
  void reportsOfOneEventStillMakeOneClaim() {
    List<ClaimClusterer.Item> items = List.of(
        item("nl", "e:Q159", "n:10000", "c:troops", "c:border", "e:Q212"),
        item("nl", "e:Q159", "c:talks", "c:ceasefire"),
        item("en", "e:Q159", "n:10000", "c:troops", "c:border", "e:Q212", "w:pulli"),
        item("en", "e:Q212", "c:talks", "c:ceasefire", "c:geneva"));
    List<Integer> groups = groupOf(ClaimClusterer.create().clusterItems(items), items.size());
    assertEquals(groups.get(0), groups.get(2), groups.toString());
    assertEquals(groups.get(1), groups.get(3), groups.toString());
  }

  @Test
  void relatedOriginsOutsideZeroToOneIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ClaimClusterer.builder().relatedOrigins(1.5).build());
    assertEquals("relatedOrigins must be in [0, 1], not 1.5", e.getMessage());
  }
}
