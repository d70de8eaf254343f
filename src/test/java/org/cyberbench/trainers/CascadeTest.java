package org.cyberbench.trainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cyberbench.trainers.Cascade.Edge;
import org.junit.jupiter.api.Test;

class CascadeTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

    @Test
    void reachCountsPeopleTrainedDirectlyAndDistinctPeopleDownTheBranch() {
        // master 1 accredited trainers 2 and 3; trainer 2 accredited trainer 4
        List<Edge> edges = List.of(edge(2, 1, 0), edge(3, 1, 1), edge(4, 2, 2));
        Map<Long, List<Long>> trained = Map.of(
                1L, List.of(2L, 3L),            // the master trained their two trainers
                2L, List.of(100L, 101L, 4L),
                3L, List.of(101L, 102L),        // 101 was trained by both 2 and 3
                4L, List.of(103L, 100L));
        Cascade cascade = Cascade.build(edges, trained);

        assertThat(cascade.roots()).extracting(Cascade.Node::personId).containsExactly(1L);
        Cascade.Node master = cascade.roots().getFirst();
        assertThat(master.children()).extracting(Cascade.Node::personId).containsExactly(2L, 3L);
        assertThat(master.directReach()).isEqualTo(2);
        // 2,3 + 100,101,4 + 101,102 + 103,100 = {2,3,4,100,101,102,103}
        assertThat(master.totalReach()).isEqualTo(7);
        Cascade.Node two = cascade.node(2).orElseThrow();
        assertThat(two.directReach()).isEqualTo(3);
        assertThat(two.totalReach()).as("100 counted once though trained by 2 and 4").isEqualTo(4);
        assertThat(cascade.node(4).orElseThrow().totalReach()).isEqualTo(2);
    }

    @Test
    void aPersonAccreditedTwiceHangsUnderTheFirstAccreditorAndIsCountedOnce() {
        List<Edge> edges = List.of(edge(3, 1, 0), edge(3, 2, 1), edge(2, 1, 0));
        Cascade cascade = Cascade.build(edges, Map.of(3L, List.of(50L)));
        assertThat(cascade.roots()).extracting(Cascade.Node::personId).containsExactly(1L);
        assertThat(cascade.node(1).orElseThrow().children()).extracting(Cascade.Node::personId).containsExactlyInAnyOrder(3L, 2L);
        assertThat(cascade.node(2).orElseThrow().children()).isEmpty();
        assertThat(cascade.node(1).orElseThrow().totalReach()).isEqualTo(1);
        assertThat(cascade.size()).isEqualTo(3);
    }

    @Test
    void anAccreditationThatWouldCloseALoopIsLeftOutOfTheTree() {
        // 1 accredits 2, 2 accredits 3, later 3 (now a master) accredits 1 on renewal
        List<Edge> edges = List.of(edge(2, 1, 0), edge(3, 2, 1), edge(1, 3, 2));
        Cascade cascade = Cascade.build(edges, Map.of(1L, List.of(10L), 3L, List.of(11L, 10L)));
        assertThat(cascade.roots()).extracting(Cascade.Node::personId).containsExactly(1L);
        assertThat(cascade.node(1).orElseThrow().totalReach()).isEqualTo(2);
        assertThat(cascade.size()).isEqualTo(3);
    }

    @Test
    void selfAccreditationAndPeopleWhoOnlyTrainedAreRoots() {
        Cascade cascade = Cascade.build(List.of(edge(5, 5, 0)), Map.of(7L, List.of(1L, 2L)));
        assertThat(cascade.roots()).extracting(Cascade.Node::personId).containsExactlyInAnyOrder(5L, 7L);
        assertThat(cascade.node(7).orElseThrow().totalReach()).isEqualTo(2);
    }

    @Test
    void aLongChainDoesNotOverflowTheStack() {
        List<Edge> edges = new ArrayList<>();
        Map<Long, List<Long>> trained = new HashMap<>();
        for (long i = 1; i < 50_000; i++) {
            edges.add(edge(i + 1, i, (int) i));
            trained.put(i, List.of(1_000_000 + i));
        }
        Cascade cascade = Cascade.build(edges, trained);
        assertThat(cascade.roots()).hasSize(1);
        assertThat(cascade.roots().getFirst().totalReach()).isEqualTo(49_999);
    }

    private static Edge edge(long trainer, long by, int dayOffset) {
        return new Edge(trainer, by, DAY.plusDays(dayOffset), trainer * 1000 + by);
    }
}
