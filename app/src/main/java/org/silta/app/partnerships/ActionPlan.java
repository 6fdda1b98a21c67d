package org.silta.app.partnerships;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A programme's action plan: packages of measures, each with an owner, an indicator, a target and the
 * progress made. Progress rolls up weighted: a measure counts its share of the target (at most all of it),
 * a package the weighted mean of its measures, the plan the weighted mean of its packages.
 */
public record ActionPlan(long id, long programmeId, String title, String language, List<Package> packages) {

    public record Package(long id, String title, BigDecimal weight, List<Measure> measures) {

        public double progress() {
            return weighted(measures.stream().map(m -> new double[] {m.weight().doubleValue(), m.progressShare()}).toList());
        }
    }

    public record Measure(long id, String title, String owner, String indicator, BigDecimal target, BigDecimal progress,
                          BigDecimal weight) {

        /** The share of the target reached, from 0 to 1. */
        public double progressShare() {
            return Math.min(1.0, progress.divide(target, 6, RoundingMode.HALF_UP).doubleValue());
        }
    }

    public double progress() {
        return weighted(packages.stream().map(p -> new double[] {p.weight().doubleValue(), p.progress()}).toList());
    }

    /** A share as a whole percentage, for pages and reports. */
    public static long percent(double share) {
        return Math.round(share * 100);
    }

    private static double weighted(List<double[]> weightsAndValues) {
        var total = weightsAndValues.stream().mapToDouble(pair -> pair[0]).sum();
        return total == 0 ? 0 : weightsAndValues.stream().mapToDouble(pair -> pair[0] * pair[1]).sum() / total;
    }
}
