#!/usr/bin/env node
/**
 * Draws the add-in's ribbon and store icons (icon-16/32/64/80/128.png): an MPO ferrule face
 * with a row of fibers over a cable boot, on the Fluent brand blue.
 *
 * Run once after changing the design (`node assets/make-icons.js`); the PNGs are committed.
 * Hand-written (Node's zlib, no image library) because it is a one-off of some 80 lines and
 * the project carries no image dependency; each pixel is 4×4 supersampled for smooth edges.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BLUE = [15, 108, 189]; // Fluent brand #0F6CBD
const WHITE = [255, 255, 255];
const SIZES = [16, 32, 64, 80, 128];

/** Inside a rounded rectangle (unit coordinates, 0..1). */
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

/** Colour and opacity of one point of the glyph, or null where it is transparent. */
function shade(x, y) {
  // fibers: four dots across the ferrule face
  for (let i = 0; i < 4; i++) {
    const fx = 0.29 + i * 0.14;
    if ((x - fx) ** 2 + (y - 0.44) ** 2 <= 0.05 ** 2) return BLUE;
  }
  if (inRoundRect(x, y, 0.15, 0.28, 0.85, 0.6, 0.06)) return WHITE; // ferrule
  if (inRoundRect(x, y, 0.36, 0.56, 0.64, 0.86, 0.04)) return WHITE; // boot
  if (inRoundRect(x, y, 0, 0, 1, 1, 0.2)) return BLUE; // tile
  return null;
}

function draw(size) {
  const SS = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return png(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A truecolour-with-alpha PNG (colour type 6, 8 bits, filter 0 on every scanline). */
function png(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), draw(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")}`);
