package org.silta.engine.matching;

/**
 * A text as a sparse vector: ids of features sorted ascending and their weights. Concept
 * features and same-language term features live in one id space, so one dot product scores
 * both.
 */
record TextVector(int[] features, float[] weights) {

    static final TextVector EMPTY = new TextVector(new int[0], new float[0]);

    double dot(TextVector other) {
        int i = 0;
        int j = 0;
        double sum = 0;
        var a = features;
        var b = other.features;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                sum += (double) weights[i++] * other.weights[j++];
            }
        }
        return sum;
    }
}
