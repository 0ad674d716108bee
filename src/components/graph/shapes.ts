/**
 * Sigma node programs that draw a kind's marker shape (circle, square, diamond, triangle), so
 * node kinds stay distinguishable without colour. Each is Sigma's point program
 * (sigma/rendering NodePointProgram: one GL point per node, picking included) with a fragment
 * shader that cuts the point sprite into the shape, anti-aliased like Sigma's own discs.
 */
import { NodeProgram, type ProgramInfo } from "sigma/rendering";
import type { NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform mat3 u_matrix;
varying vec4 v_color;
varying float v_border;
const float bias = 255.0 / 254.0;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
  gl_PointSize = a_size / u_sizeRatio * u_pixelRatio * 2.0;
  v_border = (0.5 / a_size) * u_sizeRatio;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}`;

/** Signed distance-like expressions (positive inside) over `m`, the point coordinate in ±0.5. */
const SHAPE_DISTANCE = {
  circle: "0.5 - length(m)",
  // Slightly smaller than the sprite so a square does not look heavier than a disc of equal size.
  square: "0.42 - max(abs(m.x), abs(m.y))",
  diamond: "(0.5 - abs(m.x) - abs(m.y)) * 0.7071",
  // Upward triangle: apex at y = -0.46 (point coordinates grow downwards), base at y = 0.36.
  triangle: "min(0.36 - m.y, ((m.y + 0.46) * 0.56 - abs(m.x)) * 0.87)",
} as const;

/** A marker shape. */
export type Shape = keyof typeof SHAPE_DISTANCE;

function fragmentShader(shape: Shape): string {
  return /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying float v_border;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
void main(void) {
  vec2 m = gl_PointCoord - vec2(0.5, 0.5);
  float dist = ${SHAPE_DISTANCE[shape]};
  #ifdef PICKING_MODE
  gl_FragColor = dist > v_border ? v_color : transparent;
  #else
  float t = dist > v_border ? 1.0 : (dist > 0.0 ? dist / v_border : 0.0);
  gl_FragColor = mix(transparent, v_color, t);
  #endif
}`;
}

const UNIFORMS = ["u_sizeRatio", "u_pixelRatio", "u_matrix"] as const;

/** A Sigma node program class drawing `shape`. */
export function createShapeProgram(shape: Shape) {
  return class ShapeProgram extends NodeProgram<(typeof UNIFORMS)[number]> {
    getDefinition() {
      const { FLOAT, UNSIGNED_BYTE, POINTS } = WebGLRenderingContext;
      return {
        VERTICES: 1,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: fragmentShader(shape),
        METHOD: POINTS,
        UNIFORMS,
        ATTRIBUTES: [
          { name: "a_position", size: 2, type: FLOAT },
          { name: "a_size", size: 1, type: FLOAT },
          { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
        ],
      };
    }

    processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
      const array = this.array;
      array[startIndex++] = data.x;
      array[startIndex++] = data.y;
      array[startIndex++] = data.size;
      array[startIndex++] = floatColor(data.color);
      array[startIndex++] = nodeIndex;
    }

    setUniforms({ sizeRatio, pixelRatio, matrix }: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
      // Sigma creates a location for every name in UNIFORMS; a missing one (null) is a no-op.
      gl.uniform1f(uniformLocations.u_pixelRatio ?? null, pixelRatio);
      gl.uniform1f(uniformLocations.u_sizeRatio ?? null, sizeRatio);
      gl.uniformMatrix3fv(uniformLocations.u_matrix ?? null, false, matrix);
    }
  };
}

/** One program per shape, keyed by the node `type` the reducers set. */
export const SHAPE_PROGRAMS = {
  circle: createShapeProgram("circle"),
  square: createShapeProgram("square"),
  diamond: createShapeProgram("diamond"),
  triangle: createShapeProgram("triangle"),
};
