package org.layerwright.app.dashboard;

/**
 * One sample drawn as a grey picture: {@code pixels} row by row in [0, 1] (values outside are clipped when drawn).
 */
public record SampleImage(int width, int height, float[] pixels) {
    /**
     * The sample as a picture when it looks like one: (h, w), (h, w, 1), or a flat vector whose length is a square
     * of at least 16 (64 → 8×8, 784 → 28×28); null otherwise.
     */
    public static SampleImage of(long[] sampleShape, float[] values) {
        if (sampleShape.length == 2 || sampleShape.length == 3 && sampleShape[2] == 1) {
            return new SampleImage((int) sampleShape[1], (int) sampleShape[0], values);
        }
        if (sampleShape.length == 1) {
            int side = (int) Math.round(Math.sqrt(values.length));
            if (side >= 4 && side * side == values.length) {
                return new SampleImage(side, side, values);
            }
        }
        return null;
    }
}
