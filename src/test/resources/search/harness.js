// Runs tim-kiem.js in node for the Java tests. Reads a JSON array on stdin, prints a JSON array.
//   node harness.js TIM_KIEM_JS fold          strings → [[exact, key, joined], …] per string
//   node harness.js TIM_KIEM_JS rank INDEX    {q, type, campaign, year} → {hits: [id…], partial, phraseMissing, files}
'use strict';
const fs = require('fs');
const path = require('path');
const search = require(path.resolve(process.argv[2]));
const mode = process.argv[3];
const input = JSON.parse(fs.readFileSync(0, 'utf8'));

if (mode === 'fold') {
  const out = input.map((s) => search.tokens(s).map((t) => [t.exact, t.key, t.joined]));
  process.stdout.write(JSON.stringify(out));
} else if (mode === 'rank') {
  const dir = process.argv[4];
  const engine = new search.Engine((p) => JSON.parse(fs.readFileSync(path.join(dir, p), 'utf8')));
  (async () => {
    const out = [];
    for (const q of input) {
      const r = await engine.search(q.q, q);
      const files = r.query.keys.length ? ['manifest.json'].concat(engine.need(r.query, q)) : ['manifest.json'];
      out.push({ hits: r.hits, partial: r.partial, phraseMissing: r.phraseMissing, files: files });
    }
    process.stdout.write(JSON.stringify(out));
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  console.error('unknown mode ' + mode);
  process.exit(2);
}
