package org.convene.benchmarking;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm.Matching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.util.SupplierUtil;

/**
 * The matching of largest total mutual gain over a set of candidate pairs.
 *
 * <p>The candidate graph is general (not bipartite: anyone may pair with anyone) and a
 * perfect matching is neither required nor usually possible, so this is JGraphT's
 * {@link KolmogorovWeightedMatching}: Blossom V on the graph doubled with zero-weight links
 * between the copies, which finds the exact maximum-weight matching. Greedy matching
 * (heaviest pair first) can lose up to half of the total, see the tests.
 */
final class MaximumMutualGainMatching {

    private MaximumMutualGainMatching() {
    }

    /**
     * Matches the candidates and records each matched unit's partner in {@code partner}
     * (indexed by unit position; unmatched entries are left as they are).
     */
    static void match(CandidatePairs candidates, int[] partner) {
        if (candidates.size() == 0) {
            return;
        }
        int units = partner.length;
        // Blossom V builds the doubled graph from this graph's suppliers and keeps the old
        // and new vertices in one map, so new vertex numbers must not reuse unit positions.
        Graph<Integer, DefaultWeightedEdge> graph = GraphTypeBuilder.<Integer, DefaultWeightedEdge>undirected()
                .allowingMultipleEdges(false)
                .allowingSelfLoops(false)
                .weighted(true)
                .vertexSupplier(SupplierUtil.createIntegerSupplier(units))
                .edgeSupplier(SupplierUtil.DEFAULT_WEIGHTED_EDGE_SUPPLIER)
                .buildGraph();
        boolean[] added = new boolean[units];
        for (int i = 0; i < candidates.size(); i++) {
            int a = candidates.first[i];
            int b = candidates.second[i];
            addVertex(graph, added, a);
            addVertex(graph, added, b);
            DefaultWeightedEdge edge = graph.addEdge(a, b);
            graph.setEdgeWeight(edge, candidates.mutualGain[i]);
        }
        Matching<Integer, DefaultWeightedEdge> matching =
                new KolmogorovWeightedMatching<>(graph, ObjectiveSense.MAXIMIZE).getMatching();
        for (DefaultWeightedEdge edge : matching.getEdges()) {
            int a = graph.getEdgeSource(edge);
            int b = graph.getEdgeTarget(edge);
            partner[a] = b;
            partner[b] = a;
        }
    }

    private static void addVertex(Graph<Integer, DefaultWeightedEdge> graph, boolean[] added, int unit) {
        if (!added[unit]) {
            added[unit] = true;
            graph.addVertex(unit);
        }
    }
}
