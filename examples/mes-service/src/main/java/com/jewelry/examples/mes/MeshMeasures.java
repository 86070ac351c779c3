package com.jewelry.examples.mes;

/** What the workshop needs from a model: how much metal it takes and how much surface must be polished. */
public record MeshMeasures(int triangles, double volumeCm3, double surfaceCm2) {
}
