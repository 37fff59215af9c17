package dk.welfarealliance.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgPathTest {
    private static double[] at(double x, double y) {
        return new double[] {MapProjection.WEST + x / (MapProjection.x(MapProjection.WEST + 1) - MapProjection.x(
                MapProjection.WEST)), MapProjection.NORTH - y / (MapProjection.y(MapProjection.NORTH - 1)
                - MapProjection.y(MapProjection.NORTH))};
    }

    @Test
    void a_ring_is_written_as_a_move_then_relative_steps_on_a_half_unit_grid_and_closed() {
        String d = SvgPath.of(List.<double[][]>of(new double[][] {at(10, 20), at(13.2, 20), at(13.2, 18.6),
                at(10, 20)}));

        assertThat(d).isEqualTo("M10 20l3 0 0-1.5z");
    }

    @Test
    void points_that_round_onto_the_one_before_are_dropped_and_a_ring_left_with_two_is_left_out() {
        String d = SvgPath.of(List.<double[][]>of(new double[][] {at(10, 20), at(10.1, 20.1), at(30, 20),
                at(10, 20)}));

        assertThat(d).isEmpty();
    }

    @Test
    void the_projection_puts_north_up_and_the_bounds_on_the_map_edges() {
        assertThat(MapProjection.x(MapProjection.WEST)).isZero();
        assertThat(MapProjection.x(MapProjection.EAST)).isCloseTo(MapProjection.WIDTH, org.assertj.core.data.Offset
                .offset(1e-9));
        assertThat(MapProjection.y(MapProjection.NORTH)).isZero();
        assertThat(MapProjection.y(56.0)).isLessThan(MapProjection.y(55.0));
    }
}
