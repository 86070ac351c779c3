package com.jewelry.examples.mes;

import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * Measures a closed triangle mesh: the volume by the divergence theorem (the signed volumes of the tetrahedra each
 * face forms with the origin add up to the enclosed volume) and the surface as the sum of the faces' areas. A mesh
 * with holes or inconsistently oriented faces has no volume and is refused.
 */
@Component
public class MeshAnalyzer {

    public MeshMeasures measure(Model3d model) {
        double[] v = model.vertices();
        int[] t = model.triangles();
        if (v == null || t == null || v.length % 3 != 0 || t.length == 0 || t.length % 3 != 0) {
            throw new BrokenModelException(model.id(), "no triangle mesh");
        }
        int vertexCount = v.length / 3;
        // every directed edge must be matched by the same edge walked the other way by the neighbouring face
        Set<Long> unmatched = new HashSet<>();
        double volume = 0;
        double area = 0;
        for (int f = 0; f < t.length; f += 3) {
            int a = t[f];
            int b = t[f + 1];
            int c = t[f + 2];
            if (a < 0 || b < 0 || c < 0 || a >= vertexCount || b >= vertexCount || c >= vertexCount) {
                throw new BrokenModelException(model.id(), "face " + f / 3 + " refers to a missing vertex");
            }
            edge(unmatched, a, b, vertexCount);
            edge(unmatched, b, c, vertexCount);
            edge(unmatched, c, a, vertexCount);
            double ax = v[3 * a], ay = v[3 * a + 1], az = v[3 * a + 2];
            double bx = v[3 * b], by = v[3 * b + 1], bz = v[3 * b + 2];
            double cx = v[3 * c], cy = v[3 * c + 1], cz = v[3 * c + 2];
            volume += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
            double ux = bx - ax, uy = by - ay, uz = bz - az;
            double wx = cx - ax, wy = cy - ay, wz = cz - az;
            double nx = uy * wz - uz * wy, ny = uz * wx - ux * wz, nz = ux * wy - uy * wx;
            area += Math.sqrt(nx * nx + ny * ny + nz * nz) / 2;
        }
        if (!unmatched.isEmpty()) {
            throw new BrokenModelException(model.id(), "the mesh is not closed (" + unmatched.size() + " open edges)");
        }
        volume /= 6;
        if (volume <= 0) {
            throw new BrokenModelException(model.id(), "the faces point inwards");
        }
        // mm³ → cm³, mm² → cm²
        return new MeshMeasures(t.length / 3, volume / 1000, area / 100);
    }

    private static void edge(Set<Long> unmatched, int from, int to, int vertexCount) {
        long reverse = (long) to * vertexCount + from;
        if (!unmatched.remove(reverse)) {
            unmatched.add((long) from * vertexCount + to);
        }
    }
}
