/* Loa: tìm kiếm trên trang tĩnh, không cần máy chủ. Không dùng thư viện nào.
 *
 * Reads the index that Loa writes under tim-kiem/chi-muc/ (format: vn.loa.search.SearchIndex) and
 * ranks exactly as vn.loa.search.Searcher does; the tests run both on the same index and compare.
 * Tokens: runs of letters, digits and marks; exact form lower case NFC; key folded (NFD, marks
 * removed, đ → d). Loaded in node (tests), it only exports its functions.
 */
(function () {
  'use strict';

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var VALUE = new Int8Array(128).fill(-1);
  for (var a = 0; a < 64; a++) VALUE[ALPHABET.charCodeAt(a)] = a;
  var TOKEN = /[\p{L}\p{Nd}\p{M}]+/gu;
  var JOIN = /^[ \t\n\r\u00a0\u2000-\u200a\u202f\u3000\-\u2010\u2011\u2013/]*$/;
  var MARK = /\p{Mn}/gu;
  var MAX_TOKENS = 10;
  var PAGE = 10;

  function exact(s) {
    return s.toLowerCase().replace(/ς/g, 'σ').normalize('NFC');
  }

  function fold(s) {
    return s.normalize('NFD').replace(MARK, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');
  }

  /** Tokens of a text: {exact, key, joined, start, end}, offsets into text.normalize('NFC'). */
  function tokens(text) {
    var s = String(text == null ? '' : text).normalize('NFC');
    var out = [];
    var last = -1;
    var m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(s))) {
      var e = exact(m[0]);
      var k = fold(e);
      if (!k) continue;
      out.push({ exact: e, key: k, joined: last >= 0 && JOIN.test(s.slice(last, m.index)),
        start: m.index, end: m.index + m[0].length });
      last = m.index + m[0].length;
    }
    return out;
  }

  /** A query: distinct keys, the exact forms typed with marks per key, distinct phrase pairs. */
  function query(text) {
    var t = tokens(text).slice(0, MAX_TOKENS);
    var keys = [];
    var typed = new Map();
    var pairs = [];
    for (var i = 0; i < t.length; i++) {
      var k = t[i].key;
      if (keys.indexOf(k) < 0) keys.push(k);
      if (t[i].exact !== k) {
        if (!typed.has(k)) typed.set(k, []);
        typed.get(k).push(t[i].exact);
      }
      if (i > 0 && t[i].joined) {
        var p = t[i - 1].key + ' ' + k;
        if (pairs.indexOf(p) < 0) pairs.push(p);
      }
    }
    return { keys: keys, typed: typed, pairs: pairs };
  }

  function varints(s) {
    var out = [];
    var v = 0;
    var mul = 1;
    for (var i = 0; i < s.length; i++) {
      var d = VALUE[s.charCodeAt(i)];
      v += (d & 31) * mul;
      if (d < 32) {
        out.push(v);
        v = 0;
        mul = 1;
      } else {
        mul *= 32;
      }
    }
    return out;
  }

  /** The index, its files fetched by load(path) → Promise of the parsed JSON, each once. */
  function Engine(load) {
    this.load = load;
    this.data = new Map();
    this.pending = new Map();
  }

  Engine.prototype.fetch = function (paths) {
    var self = this;
    return Promise.all(paths.map(function (p) {
      if (self.data.has(p)) return null;
      if (!self.pending.has(p)) {
        self.pending.set(p, Promise.resolve(self.load(p)).then(function (v) {
          self.data.set(p, v);
          self.pending.delete(p);
        }, function (e) {
          self.pending.delete(p);
          throw e;
        }));
      }
      return self.pending.get(p);
    }));
  };

  Engine.prototype.shardOf = function (key) {
    var first = this.data.get('manifest.json').shards;
    var lo = 0;
    var hi = first.length - 1;
    var found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >>> 1;
      if (first[mid] <= key) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  };

  /** The files a query needs besides the manifest. */
  Engine.prototype.need = function (q, filter) {
    var out = [];
    var all = q.keys.concat(q.pairs);
    for (var i = 0; i < all.length; i++) {
      var s = this.shardOf(all[i]);
      if (s >= 0 && out.indexOf('t/' + s + '.json') < 0) out.push('t/' + s + '.json');
    }
    if (filter && (filter.type || filter.campaign || filter.year)) out.push('facets.json');
    return out;
  };

  Engine.prototype.entry = function (key) {
    var s = this.shardOf(key);
    if (s < 0) return undefined;
    var shard = this.data.get('t/' + s + '.json');
    return Object.prototype.hasOwnProperty.call(shard, key) ? shard[key] : undefined;
  };

  /** Ranks once the files are loaded: {hits: [id…] in rank order, partial, phraseMissing}. See Searcher. */
  Engine.prototype.rank = function (q, filter) {
    var n = this.data.get('manifest.json').docs;
    var acc = new Int32Array(n * 4); // per page: keys matched, exact forms, score, phrase pairs
    var touched = [];
    var i;
    var j;
    for (var k = 0; k < q.keys.length; k++) {
      var e = this.entry(q.keys[k]);
      if (!Array.isArray(e)) continue;
      var variants = e[0].split(' ');
      var typed = 0;
      var forms = q.typed.get(q.keys[k]);
      if (forms) {
        for (i = 0; i < variants.length; i++) if (forms.indexOf(variants[i]) >= 0) typed |= 1 << i;
      }
      var v = varints(e[1]);
      var many = variants.length > 1;
      var id = -1;
      for (j = 0; j < v.length;) {
        id += v[j++];
        var w = v[j++];
        var mask = many ? v[j++] : 1;
        var at = id * 4;
        if (acc[at] === 0) touched.push(id);
        acc[at]++;
        if (mask & typed) acc[at + 1]++;
        acc[at + 2] += (w & 8 ? 12 : 0) + (w & 4 ? 5 : 0) + (w & 3);
      }
    }
    for (var p = 0; p < q.pairs.length; p++) {
      var ps = this.entry(q.pairs[p]);
      if (typeof ps !== 'string') continue;
      var pv = varints(ps);
      var pid = -1;
      for (j = 0; j < pv.length; j += 2) {
        pid += pv[j];
        var pw = pv[j + 1];
        if (acc[pid * 4] > 0) {
          acc[pid * 4 + 2] += (pw & 4 ? 12 : 0) + (pw & 2 ? 8 : 0) + (pw & 1 ? 6 : 0);
          acc[pid * 4 + 3]++;
        }
      }
    }
    var all = q.keys.length;
    var complete = false;
    for (i = 0; i < touched.length; i++) if (acc[touched[i] * 4] === all) { complete = true; break; }
    var pass = this.filter(filter);
    var hits = [];
    for (i = 0; i < touched.length; i++) {
      var d = touched[i];
      if ((!complete || acc[d * 4] === all) && (!pass || pass(d))) hits.push(d);
    }
    hits.sort(function (x, y) {
      x *= 4;
      y *= 4;
      return acc[y] - acc[x] || acc[y + 3] - acc[x + 3] || acc[y + 1] - acc[x + 1] || acc[y + 2] - acc[x + 2] || x - y;
    });
    var pairs = q.pairs.length;
    var whole = false;
    for (i = 0; i < hits.length && !whole; i++) whole = acc[hits[i] * 4 + 3] === pairs;
    return { hits: hits, partial: !complete && hits.length > 0, phraseMissing: pairs > 0 && hits.length > 0 && !whole };
  };

  /** A test of a page id against the filter, or null when nothing filters. */
  Engine.prototype.filter = function (f) {
    if (!f || !(f.type || f.campaign || f.year)) return null;
    var facets = this.data.get('facets.json');
    if (!facets.ids) {
      facets.ids = varints(facets.docs);
      facets.yearOf = [];
      facets.years.forEach(function (run) {
        for (var k = 0; k < run[1]; k++) facets.yearOf.push(run[0]);
      });
    }
    var campaigns = this.data.get('manifest.json').campaigns;
    var ci = -2;
    for (var i = 0; i < campaigns.length; i++) if (campaigns[i].id === f.campaign) ci = i;
    var year = f.year ? Number(f.year) : 0;
    var ok = facets.combos.map(function (c) {
      return (!f.type || c[0] === f.type) && (!f.campaign || c[1] === ci);
    });
    return function (id) {
      return ok[facets.ids[id]] && (!year || facets.yearOf[id] === year);
    };
  };

  Engine.prototype.search = function (text, filter) {
    var self = this;
    var q = query(text);
    return this.fetch(['manifest.json']).then(function () {
      return self.fetch(self.need(q, filter));
    }).then(function () {
      var r = q.keys.length ? self.rank(q, filter) : { hits: [], partial: false, phraseMissing: false };
      r.query = q;
      return r;
    });
  };

  /** The document table rows of some ids: [title, url, type, date, campaign index, year, snippet]. */
  Engine.prototype.docs = function (ids) {
    var self = this;
    var per = this.data.get('manifest.json').docsPerShard;
    var paths = [];
    ids.forEach(function (id) {
      var p = 'd/' + Math.floor(id / per) + '.json';
      if (paths.indexOf(p) < 0) paths.push(p);
    });
    return this.fetch(paths).then(function () {
      return ids.map(function (id) {
        return self.data.get('d/' + Math.floor(id / per) + '.json')[id % per];
      });
    });
  };

  // ---- The page ----

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  /** Appends text to a parent with the tokens whose key the query has in <mark>; joined runs share one. */
  function highlight(parent, text, keys) {
    var s = String(text).normalize('NFC');
    var t = tokens(s);
    var at = 0;
    for (var i = 0; i < t.length; i++) {
      if (keys.indexOf(t[i].key) < 0) continue;
      var start = t[i].start;
      while (i + 1 < t.length && t[i + 1].joined && keys.indexOf(t[i + 1].key) >= 0) i++;
      var end = t[i].end;
      parent.appendChild(document.createTextNode(s.slice(at, start)));
      parent.appendChild(element('mark', null, s.slice(start, end)));
      at = end;
    }
    parent.appendChild(document.createTextNode(s.slice(at)));
  }

  function vnDate(iso) {
    var p = iso.split('-');
    return Number(p[2]) + '/' + Number(p[1]) + '/' + p[0];
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) {
      return values[k] != null ? values[k] : m;
    });
  }

  function init() {
    var form = document.getElementById('tim-kiem');
    if (!form || !window.fetch || !window.Promise) return;
    var input = form.elements.q;
    var selects = { loai: form.elements.loai, 'chien-dich': form.elements['chien-dich'], nam: form.elements.nam };
    var region = document.getElementById('tim-kiem-ket-qua');
    var words = {};
    ['loading', 'none', 'count', 'partial', 'phrase', 'scattered', 'error', 'plan', 'news', 'page', 'event'].forEach(function (k) {
      words[k] = region.getAttribute('data-t-' + k);
    });
    var status = document.getElementById('tim-kiem-trang-thai');
    var list = document.getElementById('tim-kiem-danh-sach');
    var more = document.getElementById('tim-kiem-them');
    var base = form.getAttribute('data-index').replace(/[^/]*$/, '');
    var version = form.getAttribute('data-version');
    var title = document.title;
    var engine = new Engine(/\.js$/.test(form.getAttribute('data-index')) ? script : function (path) {
      return fetch(base + path + '?v=' + version).then(function (r) {
        if (!r.ok) throw new Error(r.status + ' ' + path);
        return r.json();
      });
    });

    // An offline build (a site opened from disk, where fetch is refused) has the index as scripts
    // that call loaTimKiem(path, data).
    var waiting = {};
    window.loaTimKiem = function (path, data) {
      if (waiting[path]) waiting[path](data);
    };
    function script(path) {
      return new Promise(function (resolve, reject) {
        var tag = document.createElement('script');
        waiting[path] = function (data) {
          delete waiting[path];
          resolve(data);
        };
        tag.onload = tag.onerror = function () {
          tag.remove();
          if (waiting[path]) {
            delete waiting[path];
            reject(new Error('no index file ' + path));
          }
        };
        tag.src = base + path.replace(/\.json$/, '.js');
        document.head.appendChild(tag);
      });
    }
    var current = null;
    var shown = 0;
    var serial = 0;
    var timer = 0;

    document.getElementById('tim-kiem-khong-js').hidden = true;
    form.hidden = false;

    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    Object.keys(selects).forEach(function (name) {
      var v = params.get(name);
      if (v && Array.prototype.some.call(selects[name].options, function (o) { return o.value === v; })) selects[name].value = v;
    });

    function state() {
      return { q: input.value.trim(), type: selects.loai.value, campaign: selects['chien-dich'].value, year: selects.nam.value };
    }

    function remember(s) {
      var p = new URLSearchParams();
      if (s.q) p.set('q', s.q);
      if (s.type) p.set('loai', s.type);
      if (s.campaign) p.set('chien-dich', s.campaign);
      if (s.year) p.set('nam', s.year);
      var qs = p.toString();
      try {
        history.replaceState(null, '', qs ? '?' + qs : location.pathname);
      } catch (e) {
        // file:// pages may refuse; the search still works.
      }
      document.title = s.q ? '“' + s.q + '” — ' + title : title;
    }

    function run() {
      var s = state();
      var mine = ++serial;
      remember(s);
      if (!s.q) {
        region.hidden = true;
        return;
      }
      region.hidden = false;
      status.textContent = words.loading;
      region.setAttribute('aria-busy', 'true');
      engine.search(s.q, s).then(function (r) {
        if (mine !== serial) return null;
        current = r;
        shown = 0;
        list.textContent = '';
        var n = r.hits.length.toLocaleString('vi-VN');
        // A phrase that no page holds whole is said first: with some words missing, or all scattered.
        var said = r.hits.length === 0 ? words.none : r.phraseMissing ? (r.partial ? words.phrase : words.scattered)
          : r.partial ? words.partial : words.count;
        status.textContent = fill(said, { n: n, q: s.q });
        return page(mine);
      }).catch(function (e) {
        if (mine !== serial) return;
        status.textContent = words.error;
        if (window.console) console.error(e);
      }).then(function () {
        if (mine === serial) region.removeAttribute('aria-busy');
      });
    }

    /** Shows the next results; focus moves to the first new one when asked. */
    function page(mine, focus) {
      var ids = current.hits.slice(shown, shown + PAGE);
      return engine.docs(ids).then(function (rows) {
        if (mine !== serial) return;
        var campaigns = engine.data.get('manifest.json').campaigns;
        var keys = current.query.keys;
        var first = null;
        rows.forEach(function (d) {
          var li = element('li', 'page-list__item search-result');
          var meta = element('p', 'page-list__meta');
          meta.appendChild(element('span', 'tag-kind tag-kind--' + d[2], words[d[2]]));
          if (d[3]) {
            meta.appendChild(document.createTextNode(' '));
            var time = element('time', null, vnDate(d[3]));
            time.setAttribute('datetime', d[3]);
            meta.appendChild(time);
          }
          if (d[4] >= 0 && d[5] != null) {
            var c = campaigns[d[4]];
            meta.appendChild(document.createTextNode(' · '));
            var ca = element('a', null, c.short + ' ' + d[5]);
            ca.href = c.url.replace('{nam}', d[5]);
            ca.title = c.name + ' ' + d[5];
            meta.appendChild(ca);
          }
          var h = element('h3', 'page-list__title');
          var link = element('a');
          link.href = d[1];
          highlight(link, d[0], keys);
          h.appendChild(link);
          li.appendChild(meta);
          li.appendChild(h);
          if (d[6]) {
            var p = element('p', 'page-list__summary search-result__snippet');
            highlight(p, d[6], keys);
            li.appendChild(p);
          }
          list.appendChild(li);
          if (!first) first = link;
        });
        shown += rows.length;
        more.hidden = shown >= current.hits.length;
        if (focus && first) first.focus();
      });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, 150);
    });
    Object.keys(selects).forEach(function (name) {
      selects[name].addEventListener('change', run);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      run();
    });
    more.addEventListener('click', function () {
      page(serial, true).catch(function () {
        status.textContent = words.error;
      });
    });
    if (input.value.trim()) run();
  }

  var api = { fold: fold, exact: exact, tokens: tokens, query: query, varints: varints, Engine: Engine };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init); else init();
  }
})();
