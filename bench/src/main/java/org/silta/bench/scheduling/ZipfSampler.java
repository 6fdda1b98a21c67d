package org.silta.bench.scheduling;

import java.util.SplittableRandom;

/** Draws 0..n-1 with probability proportional to 1/(k+1)^exponent: a few are asked for very often. */
final class ZipfSampler {

    private final double[] cumulative;
    private final SplittableRandom random;

    ZipfSampler(int n, double exponent, SplittableRandom random) {
        this.random = random;
        cumulative = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += 1 / Math.pow(k + 1, exponent);
            cumulative[k] = total;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= total;
        }
    }

    int next() {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }
}
