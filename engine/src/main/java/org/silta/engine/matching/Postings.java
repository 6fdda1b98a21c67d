package org.silta.engine.matching;

/** Inverted index: for each feature, the texts that have it and their weights. */
final class Postings {

    final int[][] texts;
    final float[][] weights;

    Postings(TextVector[] vectors, int features) {
        var counts = new int[features];
        for (var vector : vectors) {
            for (int f : vector.features()) {
                counts[f]++;
            }
        }
        texts = new int[features][];
        weights = new float[features][];
        for (int f = 0; f < features; f++) {
            texts[f] = new int[counts[f]];
            weights[f] = new float[counts[f]];
        }
        var filled = new int[features];
        for (int t = 0; t < vectors.length; t++) {
            var vector = vectors[t];
            for (int i = 0; i < vector.features().length; i++) {
                int f = vector.features()[i];
                texts[f][filled[f]] = t;
                weights[f][filled[f]++] = vector.weights()[i];
            }
        }
    }
}
