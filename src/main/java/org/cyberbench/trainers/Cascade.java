package org.cyberbench.trainers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.LocalDate;

/**
 * The cascade: who accredited whom, as a tree, with each trainer's reach — the people they trained
 * directly, and the distinct people trained by them and everyone down their branch.
 *
 * <p>A person accredited more than once hangs under whoever accredited them first. An accreditation
 * that would close a loop (a trainer later accrediting the person who once accredited them) is left
 * out of the tree, so the tree stays a tree; and everyone is counted once, however often they were trained.
 */
public final class Cascade {

    /** One accreditation: {@code accreditedBy} accredited {@code trainer} on a day. */
    public record Edge(long trainer, long accreditedBy, LocalDate on, long order) {
    }

    /** A person in the tree with their reach. */
    public record Node(long personId, int directReach, int totalReach, List<Node> children) {
    }

    private final List<Node> roots;
    private final Map<Long, Node> byPerson;

    private Cascade(List<Node> roots, Map<Long, Node> byPerson) {
        this.roots = roots;
        this.byPerson = byPerson;
    }

    public List<Node> roots() {
        return roots;
    }

    public java.util.Optional<Node> node(long personId) {
        return java.util.Optional.ofNullable(byPerson.get(personId));
    }

    public int size() {
        return byPerson.size();
    }

    /**
     * Builds the tree from the accreditations and, per trainer, the people they trained directly
     * (attendees of the sessions they delivered).
     */
    public static Cascade build(Collection<Edge> accreditations, Map<Long, ? extends Collection<Long>> trainedBy) {
        Map<Long, Long> parent = new HashMap<>();
        Set<Long> hasChildren = new java.util.HashSet<>();
        Set<Long> people = new java.util.LinkedHashSet<>();
        List<Edge> ordered = new ArrayList<>(accreditations);
        ordered.sort(Comparator.comparing(Edge::on).thenComparingLong(Edge::order));
        for (Edge edge : ordered) {
            people.add(edge.accreditedBy());
            people.add(edge.trainer());
            // only someone who already accredited others can close a loop, which keeps long chains linear
            if (edge.trainer() == edge.accreditedBy() || parent.containsKey(edge.trainer())
                    || hasChildren.contains(edge.trainer()) && closesLoop(parent, edge)) {
                continue;
            }
            parent.put(edge.trainer(), edge.accreditedBy());
            hasChildren.add(edge.accreditedBy());
        }
        people.addAll(trainedBy.keySet());

        Map<Long, List<Long>> children = new LinkedHashMap<>();
        List<Long> rootIds = new ArrayList<>();
        for (long person : people) {
            Long up = parent.get(person);
            if (up == null) {
                rootIds.add(person);
            } else {
                children.computeIfAbsent(up, k -> new ArrayList<>()).add(person);
            }
        }

        // people trained get a dense index so that a branch's distinct reach is a bitset union
        Map<Long, Integer> index = new HashMap<>();
        trainedBy.values().forEach(list -> list.forEach(p -> index.putIfAbsent(p, index.size())));

        Map<Long, Node> nodes = new HashMap<>();
        List<Node> roots = new ArrayList<>();
        for (long root : rootIds) {
            roots.add(reach(root, children, trainedBy, index, nodes));
        }
        return new Cascade(List.copyOf(roots), nodes);
    }

    private static boolean closesLoop(Map<Long, Long> parent, Edge edge) {
        Long at = edge.accreditedBy();
        while (at != null) {
            if (at == edge.trainer()) {
                return true;
            }
            at = parent.get(at);
        }
        return false;
    }

    /** Post-order walk without recursion, so that a long chain of trainers cannot overflow the stack. */
    private static Node reach(long root, Map<Long, List<Long>> children, Map<Long, ? extends Collection<Long>> trainedBy,
            Map<Long, Integer> index, Map<Long, Node> nodes) {
        Map<Long, BitSet> reached = new HashMap<>();
        Deque<long[]> stack = new ArrayDeque<>();
        stack.push(new long[] {root, 0});
        while (!stack.isEmpty()) {
            long[] frame = stack.peek();
            long person = frame[0];
            List<Long> kids = children.getOrDefault(person, List.of());
            if (frame[1] < kids.size()) {
                stack.push(new long[] {kids.get((int) frame[1]++), 0});
                continue;
            }
            stack.pop();
            BitSet own = new BitSet();
            Collection<Long> direct = trainedBy.get(person);
            if (direct != null) {
                direct.forEach(p -> own.set(index.get(p)));
            }
            int directReach = own.cardinality();
            List<Node> childNodes = new ArrayList<>(kids.size());
            for (long kid : kids) {
                own.or(reached.remove(kid));
                childNodes.add(nodes.get(kid));
            }
            reached.put(person, own);
            nodes.put(person, new Node(person, directReach, own.cardinality(), List.copyOf(childNodes)));
        }
        return nodes.get(root);
    }
}
