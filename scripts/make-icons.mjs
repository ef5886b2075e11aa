// Draws the toolbar icon (a magnifying lens over a quotation mark) as PNGs, so the project
// ships no binary it cannot regenerate: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel((x + 0.5) / size, (y + 0.5) / size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Supersampled coverage of the lens: a ring, a handle and a highlighted "quote" bar inside.
function shade(u, v) {
  const cx = 0.42, cy = 0.42, r = 0.3, w = 0.075;
  const d = Math.hypot(u - cx, v - cy);
  const ring = Math.abs(d - r) < w;
  const t = ((u - cx) + (v - cy)) / 2;
  const off = Math.abs((u - cx) - (v - cy)) / Math.SQRT2;
  const handle = t > r / Math.SQRT2 && t < 0.46 && off < 0.07;
  const bar = d < r - w && Math.abs(v - cy) < 0.07 && Math.abs(u - cx) < 0.2;
  if (ring || handle) return [31, 41, 89, 255];
  if (bar) return [245, 180, 0, 255];
  if (d < r) return [255, 244, 204, 255];
  return [0, 0, 0, 0];
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const ss = 4;
  const buf = png(size, (u, v) => {
    const acc = [0, 0, 0, 0];
    for (let i = 0; i < ss; i++)
      for (let j = 0; j < ss; j++) {
        const p = shade(u + (i - ss / 2 + 0.5) / (ss * size), v + (j - ss / 2 + 0.5) / (ss * size));
        acc[0] += p[0] * p[3]; acc[1] += p[1] * p[3]; acc[2] += p[2] * p[3]; acc[3] += p[3];
      }
    const a = acc[3] / (ss * ss);
    return a === 0 ? [0, 0, 0, 0] : [acc[0] / acc[3], acc[1] / acc[3], acc[2] / acc[3], a].map(Math.round);
  });
  writeFileSync(`public/icon/${size}.png`, buf);
}
console.log('icons written to public/icon/');
