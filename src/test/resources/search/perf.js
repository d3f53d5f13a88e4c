// Times the ranking of tim-kiem.js over the shards of a built site, once they are loaded: the
// budget "results show within 100 ms once the shards are loaded".
//   node perf.js TIM_KIEM_JS SITE_DIR
// 50 queries: the most frequent syllables alone, in twos and threes (the heaviest postings), and
// the first one to three words of titles spread over the site, every fifth one with a filter.
// Each query is ranked 5 times after a warm-up; prints JSON {queries, p50, p95, max} in ms.
'use strict';
const fs = require('fs');
const path = require('path');
const search = require(path.resolve(process.argv[2]));
const dir = path.join(process.argv[3], 'tim-kiem', 'chi-muc');
const load = (p) => JSON.parse(fs.readFileSync(path.join(dir, p), 'utf8'));
const engine = new search.Engine(load);

(async () => {
  await engine.fetch(['manifest.json', 'facets.json']);
  const manifest = engine.data.get('manifest.json');
  const keys = [];
  for (let i = 0; i < manifest.shards.length; i++) {
    const shard = load('t/' + i + '.json');
    for (const [k, v] of Object.entries(shard)) if (Array.isArray(v)) keys.push([k, v[1].length]);
  }
  keys.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const queries = [];
  for (let i = 0; i < 8; i++) {
    queries.push(keys[i][0], keys[i][0] + ' ' + keys[i + 1][0], keys[i][0] + ' ' + keys[i + 1][0] + ' ' + keys[i + 2][0]);
  }
  const step = Math.max(1, Math.floor(manifest.docs / 26));
  for (let id = 0; queries.length < 50 && id < manifest.docs; id += step) {
    const rows = await engine.docs([id]);
    const words = search.tokens(rows[0][0]).map((t) => t.exact);
    queries.push(words.slice(0, 1 + (id % 3)).join(' '));
  }
  const times = [];
  for (let i = 0; i < queries.length; i++) {
    const filter = i % 5 === 4 ? { type: 'news' } : {};
    const q = search.query(queries[i]);
    await engine.fetch(engine.need(q, filter));
    await engine.docs(engine.rank(q, filter).hits.slice(0, 10)); // warm-up, and the first results' documents loaded
    for (let run = 0; run < 5; run++) {
      const t0 = process.hrtime.bigint();
      const r = engine.rank(search.query(queries[i]), filter);
      await engine.docs(r.hits.slice(0, 10));
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)];
  const round = (x) => Math.round(x * 100) / 100;
  process.stdout.write(JSON.stringify({ queries: queries.length, docs: manifest.docs, p50: round(at(0.5)),
    p95: round(at(0.95)), max: round(times[times.length - 1]) }) + '\n');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
