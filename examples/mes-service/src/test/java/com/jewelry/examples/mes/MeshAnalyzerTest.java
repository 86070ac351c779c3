package com.jewelry.examples.mes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MeshAnalyzerTest {

    private final MeshAnalyzer analyzer = new MeshAnalyzer();

    @Test
    void aBandRingsVolumeAndSurfaceMatchTheTorusFormulas() {
        MeshMeasures measures = analyzer.measure(RingModels.band("MODEL-T", 9.5, 1.2, 192, 48));

        double volumeMm3 = 2 * Math.PI * Math.PI * 9.5 * 1.2 * 1.2;
        double surfaceMm2 = 4 * Math.PI * Math.PI * 9.5 * 1.2;
        assertThat(measures.volumeCm3()).isCloseTo(volumeMm3 / 1000, within(volumeMm3 / 1000 * 0.01));
        assertThat(measures.surfaceCm2()).isCloseTo(surfaceMm2 / 100, within(surfaceMm2 / 100 * 0.01));
        assertThat(measures.triangles()).isEqualTo(192 * 48 * 2);
    }

    @Test
    void aModelWithAHoleIsRefusedNamingTheModel() {
        assertThatThrownBy(() -> analyzer.measure(RingModels.withHole(RingModels.band("MODEL-H", 9.5, 1.2, 32, 8), 3)))
                .isInstanceOf(BrokenModelException.class).hasMessageContaining("MODEL-H").hasMessageContaining("not closed");
    }

    @Test
    void aModelTurnedInsideOutIsRefused() {
        Model3d ring = RingModels.band("MODEL-I", 9.5, 1.2, 32, 8);
        int[] flipped = ring.triangles().clone();
        for (int f = 0; f < flipped.length; f += 3) {
            int swap = flipped[f + 1];
            flipped[f + 1] = flipped[f + 2];
            flipped[f + 2] = swap;
        }

        assertThatThrownBy(() -> analyzer.measure(new Model3d("MODEL-I", ring.vertices(), flipped)))
                .isInstanceOf(BrokenModelException.class).hasMessageContaining("inwards");
    }
}
