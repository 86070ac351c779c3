package com.jewelry.examples.day;

import java.util.Arrays;

/** 3D models the designers send to the MES: a band ring as a closed torus mesh (millimetres), or one with a hole. */
final class RingMesh {

    /** A mesh as the MES's {@code Model3d} JSON carries it. */
    record Mesh(String id, double[] vertices, int[] triangles) {
    }

    private RingMesh() {
    }

    static Mesh band(String id, double majorRadiusMm, double tubeRadiusMm, int around, int across) {
        double[] vertices = new double[around * across * 3];
        int[] triangles = new int[around * across * 6];
        for (int i = 0; i < around; i++) {
            double u = 2 * Math.PI * i / around;
            for (int j = 0; j < across; j++) {
                double w = 2 * Math.PI * j / across;
                int k = 3 * (i * across + j);
                vertices[k] = round((majorRadiusMm + tubeRadiusMm * Math.cos(w)) * Math.cos(u));
                vertices[k + 1] = round((majorRadiusMm + tubeRadiusMm * Math.cos(w)) * Math.sin(u));
                vertices[k + 2] = round(tubeRadiusMm * Math.sin(w));
            }
        }
        int f = 0;
        for (int i = 0; i < around; i++) {
            for (int j = 0; j < across; j++) {
                int a = i * across + j;
                int b = ((i + 1) % around) * across + j;
                int c = ((i + 1) % around) * across + (j + 1) % across;
                int d = i * across + (j + 1) % across;
                triangles[f++] = a;
                triangles[f++] = b;
                triangles[f++] = c;
                triangles[f++] = a;
                triangles[f++] = c;
                triangles[f++] = d;
            }
        }
        return new Mesh(id, vertices, triangles);
    }

    /** The same model with its last {@code missing} faces lost in export. */
    static Mesh withHole(Mesh mesh, int missing) {
        return new Mesh(mesh.id(), mesh.vertices(), Arrays.copyOf(mesh.triangles(), mesh.triangles().length - 3 * missing));
    }

    /** CAD exports to a micrometre; it also keeps the request small. */
    private static double round(double mm) {
        return Math.round(mm * 1000) / 1000.0;
    }
}
