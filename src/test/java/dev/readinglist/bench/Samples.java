package dev.readinglist.bench;

import java.util.ArrayList;
import java.util.List;

/** Timings in milliseconds, with nearest-rank percentiles. */
final class Samples {

    private final List<Double> values = new ArrayList<>();

    void add(double millis) {
        values.add(millis);
    }

    /** Times one run of {@code work}, in milliseconds, and keeps it. */
    double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        double millis = (System.nanoTime() - start) / 1e6;
        add(millis);
        return millis;
    }

    int size() {
        return values.size();
    }

    double percentile(int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    double median() {
        return percentile(50);
    }

    double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
