package com.jewelry.examples.mes;

/** The model cannot be cast as it is (not closed, faces inside out, indexes out of range); the designer must fix it. */
public final class BrokenModelException extends RuntimeException {

    public BrokenModelException(String modelId, String problem) {
        super("model " + modelId + " cannot be priced: " + problem);
    }
}
