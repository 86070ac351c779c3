package com.jewelry.examples.mes;

/** Test models: a plain band ring as a torus mesh, the shape whose volume is known exactly (2π²Rr²). */
final class RingModels {

    private RingModels() {
    }

    static Model3d band(String id, double majorRadiusMm, double tubeRadiusMm, int around, int across) {
        double[] vertices = new double[around * across * 3];
        int[] triangles = new int[around * across * 6];
        for (int i = 0; i < around; i++) {
            double u = 2 * Math.PI * i / around;
            for (int j = 0; j < across; j++) {
                double w = 2 * Math.PI * j / across;
                int k = 3 * (i * across + j);
                vertices[k] = (majorRadiusMm + tubeRadiusMm * Math.cos(w)) * Math.cos(u);
                vertices[k + 1] = (majorRadiusMm + tubeRadiusMm * Math.cos(w)) * Math.sin(u);
                vertices[k + 2] = tubeRadiusMm * Math.sin(w);
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
        return new Model3d(id, vertices, triangles);
    }

    /** The same ring with its last {@code missing} faces lost in export: a hole. */
    static Model3d withHole(Model3d model, int missing) {
        int[] kept = java.util.Arrays.copyOf(model.triangles(), model.triangles().length - 3 * missing);
        return new Model3d(model.id(), model.vertices(), kept);
    }
}
