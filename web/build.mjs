// Builds the dashboard into dist/: the bundled script, the page, the style
// sheet, and a world outline drawn from Natural Earth's land polygons
// (public domain, by way of the world-atlas package). The output depends
// only on src/ and the locked package versions, so a rebuild gives the same
// files. Run it with scripts/build-web.sh.
import * as esbuild from "esbuild";
import { feature } from "topojson-client";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist");

await esbuild.build({
  entryPoints: ["src/main.js"],
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2020",
  outfile: "dist/app.js",
  legalComments: "eof",
  logLevel: "warning",
});
copyFileSync("src/index.html", "dist/index.html");
copyFileSync("src/style.css", "dist/style.css");

// The world outline: land polygons in an equirectangular projection whose
// viewBox is longitude + 180 by 90 - latitude, so that the map can place
// points without a projection library.
const land = JSON.parse(readFileSync("node_modules/world-atlas/land-110m.json", "utf8"));
const geo = feature(land, land.objects.land);
const round = (v) => Math.round(v * 10) / 10;
let d = "";
for (const f of geo.features ?? [geo]) {
  const g = f.geometry;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  for (const poly of polys) {
    for (const ring of poly) {
      // A ring that crosses the antimeridian jumps across the whole map:
      // break it there rather than draw a line along a parallel.
      let prev = "";
      let prevLon = null;
      let broken = false;
      ring.forEach(([lon, lat], i) => {
        const pt = `${round(lon + 180)} ${round(90 - lat)}`;
        if (pt === prev) return;
        const jump = prevLon !== null && Math.abs(lon - prevLon) > 180;
        broken ||= jump;
        d += (i === 0 || jump ? "M" : "L") + pt;
        prev = pt;
        prevLon = lon;
      });
      if (!broken) d += "Z";
    }
  }
}
writeFileSync(
  "dist/world.svg",
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" width="360" height="180">` +
    `<!-- Land outlines: Natural Earth (public domain), 1:110m, via world-atlas. -->` +
    `<path fill="#e4e7ea" stroke="#b5bcc4" stroke-width="0.2" d="${d}"/></svg>\n`,
);
