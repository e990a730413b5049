/**
 * The second half of `npm run build`: compresses the build's JavaScript and CSS with Brotli once,
 * for the application's own server to send (scripts/lib/precompressed-assets.ts).
 */
import { precompressStaticAssets, staticFolder } from "./lib/precompressed-assets";
import { ROOT } from "./lib/next-server";

const started = Date.now();
const summary = await precompressStaticAssets(staticFolder(ROOT));
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
console.log(
  `Brotli: ${summary.files} static assets, ${kB(summary.bytes)} kB → ${kB(summary.compressedBytes)} kB (${Date.now() - started} ms).`,
);
