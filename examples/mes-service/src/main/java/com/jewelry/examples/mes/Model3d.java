package com.jewelry.examples.mes;

/**
 * A piece's 3D model as the designers' CAD exports it: a closed triangle mesh in millimetres. {@code vertices} holds
 * x, y, z of each vertex one after another; {@code triangles} holds three vertex indexes per face, counter-clockwise
 * seen from outside.
 */
public record Model3d(String id, double[] vertices, int[] triangles) {
}
