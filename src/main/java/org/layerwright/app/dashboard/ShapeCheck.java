package org.layerwright.app.dashboard;

import org.layerwright.core.Shape;

/**
 * Checks, before training, that a data set fits the model: its samples against the model's input shape and its
 * labels against the model's output and the loss. Each problem says what was expected and how to fix it.
 *
 * @param problem the first problem found, or null when the data fits
 * @param reshapeable true when the samples hold as many values as the model's input, so reshaping them fixes it
 */
public record ShapeCheck(String problem, boolean reshapeable) {
    private static final ShapeCheck FITS = new ShapeCheck(null, false);

    /** True when nothing stands in the way of training. */
    public boolean fits() {
        return problem == null;
    }

    /** Checks {@code data} against a model with these input and output shapes, trained with {@code loss}. */
    public static ShapeCheck of(Shape modelInput, Shape modelOutput, DataSummary data, String loss) {
        Shape given = data.inputShape();
        if (!matches(modelInput, given)) {
            boolean sameSize = modelInput.isFullyKnownExceptBatch()
                    && modelInput.productFrom(1) == given.productFrom(1);
            String fix = sameSize ? "add a Flatten or reshape the data"
                    : "set the Input layer's shape to " + given.slice(1) + " or pick data that fits";
            return new ShapeCheck("The model expects " + modelInput + "; this data set gives " + given + ": " + fix
                    + ".", sameSize);
        }
        Integer units = modelOutput.dim(modelOutput.rank() - 1);
        int classes = data.classCount();
        switch (loss) {
            case "sparse_categorical_crossentropy":
                if (data.labelWidth() > 1) {
                    return problem("sparse_categorical_crossentropy needs class indices; this data set has one-hot"
                            + " labels: use categorical_crossentropy.");
                }
                if (classes == 0) {
                    return problem("sparse_categorical_crossentropy needs whole-number class labels; this data set's"
                            + " labels are not: use a regression loss such as mse.");
                }
                return tooFewUnits(units, classes);
            case "categorical_crossentropy":
                if (data.labelWidth() == 1) {
                    return problem("categorical_crossentropy needs one-hot labels; this data set has class indices:"
                            + " use sparse_categorical_crossentropy.");
                }
                return tooFewUnits(units, classes);
            case "binary_crossentropy":
                if (classes != 2 && data.labelWidth() == 1) {
                    return problem("binary_crossentropy needs labels 0 or 1; this data set has "
                            + (classes == 0 ? "other values" : classes + " classes")
                            + ": use sparse_categorical_crossentropy with a softmax output.");
                }
                return FITS;
            default:
                return FITS;
        }
    }

    private static ShapeCheck tooFewUnits(Integer units, int classes) {
        if (units != null && units < classes) {
            return problem("The model's output has " + units + " units; this data set has " + classes
                    + " classes: set the last layer's units to " + classes + ".");
        }
        return FITS;
    }

    private static ShapeCheck problem(String text) {
        return new ShapeCheck(text, false);
    }

    /** Same rank and the same size on every axis the model fixes. */
    private static boolean matches(Shape model, Shape data) {
        if (model.rank() != data.rank()) {
            return false;
        }
        for (int axis = 1; axis < model.rank(); axis++) {
            if (model.dim(axis) != null && !model.dim(axis).equals(data.dim(axis))) {
                return false;
            }
        }
        return true;
    }
}
