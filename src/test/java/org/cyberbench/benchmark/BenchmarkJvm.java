package org.cyberbench.benchmark;

/** Refuses to measure in a JVM that does not run as production does. */
final class BenchmarkJvm {

    private BenchmarkJvm() {
    }

    /**
     * Fails when assertions are on (surefire's default): libraries then check their own invariants on
     * hot paths, Lucene a whole block of postings on every skip, and the figures are a debug JVM's.
     */
    static void requireProductionLike() {
        boolean assertions = false;
        assert assertions = true; // the assignment runs only when assertions are enabled
        if (assertions) {
            throw new IllegalStateException("Benchmarks measure a JVM without assertions, as in production: "
                    + "run them with ./mvnw -Pbenchmark verify -Dtest=<name>Benchmark");
        }
    }
}
