package org.convene.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitTreeTest {

    // Europe ─┬─ France ─┬─ Lyon ── Lyon team
    //         │          └─ Paris
    //         └─ Spain
    // Americas
    private final UnitTree tree = UnitTree.of(List.of(
            node(1, null, "Europe", 0),
            node(2, 1L, "France", 1),
            node(3, 2L, "Lyon", 4),
            node(4, 3L, "Lyon team", 2),
            node(5, 2L, "Paris", 0),
            node(6, 1L, "Spain", 3),
            node(7, null, "Americas", 5)));

    @Test
    void shouldOrderTopLevelAndSiblingsByName() {
        assertThat(tree.roots()).extracting(branch -> branch.unit().name()).containsExactly("Americas", "Europe");
        assertThat(tree.children(2L)).extracting(UnitNode::name).containsExactly("Lyon", "Paris");
    }

    @Test
    void shouldListRowsDepthFirstWithDepth() {
        assertThat(tree.rows()).extracting(row -> row.unit().name() + "@" + row.depth())
                .containsExactly("Americas@0", "Europe@0", "France@1", "Lyon@2", "Lyon team@3", "Paris@2", "Spain@1");
    }

    @Test
    void shouldGiveSubtreeIncludingTheUnitItself() {
        assertThat(tree.subtreeIds(2)).containsExactlyInAnyOrder(2L, 3L, 4L, 5L);
        assertThat(tree.subtreeIds(4)).containsExactly(4L);
        assertThat(tree.subtreeIds(1)).hasSize(6).doesNotContain(7L);
    }

    @Test
    void shouldGiveEmptySubtreeForUnknownUnit() {
        assertThat(tree.subtreeIds(99)).isEmpty();
    }

    @Test
    void shouldRefuseMovingUnderItselfOrADescendant() {
        assertThat(tree.wouldCreateCycle(2, 2L)).isTrue();
        assertThat(tree.wouldCreateCycle(2, 3L)).isTrue();
        assertThat(tree.wouldCreateCycle(1, 4L)).isTrue();
    }

    @Test
    void shouldAllowMovingElsewhereOrToTheTop() {
        assertThat(tree.wouldCreateCycle(3, 5L)).isFalse();
        assertThat(tree.wouldCreateCycle(2, 7L)).isFalse();
        assertThat(tree.wouldCreateCycle(4, 1L)).isFalse();
        assertThat(tree.wouldCreateCycle(2, null)).isFalse();
    }

    @Test
    void shouldOfferOnlyPlacesOutsideTheUnitsSubtree() {
        assertThat(tree.placesFor(2)).extracting(row -> row.unit().name())
                .containsExactly("Americas", "Europe", "Spain");
    }

    @Test
    void shouldCountMembersOfWholeSubtree() {
        var europe = tree.roots().get(1);
        assertThat(europe.totalMembers()).isEqualTo(10);
        assertThat(europe.children().get(0).totalMembers()).isEqualTo(7);
        assertThat(europe.isEmpty()).isFalse();
        var paris = europe.children().get(0).children().get(1);
        assertThat(paris.unit().name()).isEqualTo("Paris");
        assertThat(paris.isEmpty()).isTrue();
    }

    @Test
    void shouldGivePathFromTheTopAndDepth() {
        assertThat(tree.path(4)).extracting(UnitNode::name).containsExactly("Europe", "France", "Lyon", "Lyon team");
        assertThat(tree.depth(4)).isEqualTo(3);
        assertThat(tree.depth(7)).isZero();
        assertThat(tree.depth(99)).isEqualTo(-1);
    }

    @Test
    void shouldDetectSiblingNameIgnoringCaseAndTheUnitItself() {
        assertThat(tree.nameTaken(2L, " paris ", null)).isTrue();
        assertThat(tree.nameTaken(2L, "Paris", 5L)).isFalse();
        assertThat(tree.nameTaken(1L, "Paris", null)).isFalse();
        assertThat(tree.nameTaken(null, "europe", null)).isTrue();
    }

    @Test
    void shouldShowUnitsWithUnknownParentAtTheTop() {
        var orphaned = UnitTree.of(List.of(node(1, null, "A", 0), node(2, 42L, "B", 0)));
        assertThat(orphaned.roots()).extracting(branch -> branch.unit().name()).containsExactly("A", "B");
    }

    @Test
    void shouldSurviveACycleInStoredData() {
        var looped = UnitTree.of(List.of(node(1, 2L, "A", 0), node(2, 1L, "B", 0)));
        assertThat(looped.rows()).hasSize(2);
        assertThat(looped.subtreeIds(1)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(looped.path(1)).hasSize(2);
    }

    @Test
    void shouldIndentRowsByDepth() {
        assertThat(new UnitTree.Row(node(1, null, "A", 0), 2).indent()).isEqualTo("\u00a0".repeat(6));
        assertThat(new UnitTree.Row(node(1, null, "A", 0), 0).indent()).isEmpty();
    }

    private static UnitNode node(long id, Long parentId, String name, long members) {
        return new UnitNode(id, parentId, name, "Team", 0, members);
    }
}
