package org.layerwright.app.dashboard;

/**
 * One sample of the evaluation set with what the model says about it.
 *
 * @param image the sample as a picture, or null when it is not image-like
 * @param features the sample's first values as text, for data that is not pictures
 */
public record SamplePrediction(SampleImage image, String features, String truth, String predicted,
        boolean correct) {
}
