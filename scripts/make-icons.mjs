// Draws Sourcelight's toolbar icon (a quotation mark in a spotlight) at the sizes the manifests need, as PNG,
// with no image library: a tiny rasteriser with 4x4 supersampling and zlib from Node.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) { c = (crc ^ b) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crc = (crc >>> 8) ^ c; }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
// Shapes in a unit square.
const inRounded = (x, y) => { const r = 0.22; const cx = Math.min(Math.max(x, r), 1 - r); const cy = Math.min(Math.max(y, r), 1 - r); return (x - cx) ** 2 + (y - cy) ** 2 <= r * r; };
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
// A closing quotation mark: two dots with tails.
const inMark = (x, y, cx) => inCircle(x, y, cx, 0.42, 0.11) || (x >= cx + 0.02 && x <= cx + 0.11 && y >= 0.42 && y <= 0.66 && (x - (cx + 0.11)) * -1 >= (y - 0.42) * 0.35);
function color(x, y) {
  if (!inRounded(x, y)) return null;
  if (inMark(x, y, 0.33) || inMark(x, y, 0.63)) return [255, 255, 255];
  const glow = Math.max(0, 1 - Math.hypot(x - 0.5, y - 0.45) * 1.6);
  return [Math.round(91 + 70 * glow), Math.round(60 + 60 * glow), Math.round(196 + 40 * glow)];
}
mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const S = 4;
  const data = png(size, (px, py) => {
    let r = 0, g = 0, b = 0, a = 0;
    for (let i = 0; i < S; i++) for (let j = 0; j < S; j++) {
      const c = color((px + (i + 0.5) / S) / size, (py + (j + 0.5) / S) / size);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
    }
    return a ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / (S * S))] : [0, 0, 0, 0];
  });
  writeFileSync(`public/icon/${size}.png`, data);
}
console.log('icons written to public/icon/');
