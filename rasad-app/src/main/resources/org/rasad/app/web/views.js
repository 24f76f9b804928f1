/* rasad web UI views: search, events, article, actors, actor, dyad, network. All DOM via Rasad.h. */
'use strict';
(function () {
  const R = window.Rasad;
  const h = R.h;
  const PAGE = 25;
  const clip = (s, n) => { s = R.clean(s); return s.length > n ? s.slice(0, n) + '…' : s; };

  function section(title, ...kids) {
    return h('section', { class: 'card' }, title ? h('h2', null, title) : null, ...kids);
  }

  /* ---------- search (home) ---------- */
  R.views.search = async function (main, p) {
    const box = R.input('q', p.q, { type: 'search', placeholder: R.t('searchPlaceholder'), autofocus: true, 'aria-label': R.t('navSearch') });
    const form = h('form', { class: 'searchbar', id: 'search-form', onsubmit: ev => { ev.preventDefault(); R.go('search', { q: box.value.trim() }); } },
      box, h('button', { type: 'submit', class: 'primary' }, R.t('searchButton')));
    main.append(h('div', { class: 'hero' }, h('h1', null, R.t('appName')), h('p', { class: 'sub' }, R.t('tagline')), form));
    const out = h('div', { id: 'search-results' }, R.spinner());
    main.append(out);
    if (!p.q) {
      const s = await R.api('/api/stats');
      const cards = h('div', { class: 'stats' },
        stat(s.documents, R.t('documents')), stat(s.events, R.t('events')),
        s.first_date ? stat(s.first_date + ' … ' + s.last_date, R.t('period')) : null);
      const chartEl = h('div', { class: 'chart', id: 'types-chart' });
      out.replaceChildren(cards, section(R.t('byType'), chartEl));
      const types = Object.keys(s.events_by_type).sort((a, b) => s.events_by_type[a] - s.events_by_type[b]);
      const c = R.chart(chartEl, {
        grid: { left: 110, right: 30, top: 10, bottom: 30 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: types.map(R.typeName), inverse: false },
        series: [{ type: 'bar', data: types.map(t => ({ value: s.events_by_type[t], itemStyle: { color: R.color(t) } })) }]
      });
      c.on('click', e => R.go('events', { type: types[e.dataIndex] }));
      return;
    }
    const offset = +(p.offset || 0);
    const r = await R.api('/api/search', { q: p.q, offset: offset, limit: 20 });
    const list = h('ol', { class: 'hits' });
    r.items.forEach(x => list.appendChild(h('li', { class: 'hit' },
      h('a', { href: R.route('doc', { id: x.id }), class: 'hit-title', dir: 'auto' }, x.title || x.id),
      h('div', { class: 'meta' }, h('bdi', null, x.date || ''), ' · ', h('span', null, x.events + ' ' + R.t('events'))),
      h('p', { class: 'snippet', dir: 'auto' }, x.snippet))));
    out.replaceChildren(h('p', { class: 'count' }, R.t('total', r.total)), r.items.length ? list : h('p', null, R.t('noResults')),
      pager(r, o => R.go('search', { q: p.q, offset: o })));
  };
  const arrow = (a, b) => h('bdi', { dir: 'ltr', class: 'arrow' }, a + ' → ' + b);
  function stat(v, label) { return h('div', { class: 'stat' }, h('b', null, String(v)), h('span', null, label)); }

  function pager(page, go) {
    const pages = Math.max(1, Math.ceil(page.total / page.limit));
    const cur = Math.floor(page.offset / page.limit) + 1;
    return h('div', { class: 'pager' },
      h('button', { type: 'button', id: 'prev', disabled: cur <= 1, onclick: () => go(Math.max(0, page.offset - page.limit)) }, R.t('prev')),
      h('span', null, R.t('pageOf', cur, pages)),
      h('button', { type: 'button', id: 'next', disabled: cur >= pages, onclick: () => go(page.offset + page.limit) }, R.t('next')));
  }

  R.pager = pager;

  /* ---------- events table ---------- */
  const FILTERS = ['q', 'actor', 'source', 'target', 'dyad', 'type', 'modality', 'mode', 'context', 'from', 'to', 'sort', 'doc'];
  R.views.events = async function (main, p) {
    const f = {};
    FILTERS.forEach(k => { if (p[k]) f[k] = p[k]; });
    const form = h('form', { class: 'filters card', id: 'event-filters', onsubmit: ev => { ev.preventDefault(); R.go('events', R.formValues(form)); } },
      R.field(R.t('text'), R.input('q', f.q, { type: 'search' })),
      R.field(R.t('actor'), R.input('actor', f.actor, { placeholder: 'IRQ', size: 8 })),
      R.field(R.t('source'), R.input('source', f.source, { size: 8 })),
      R.field(R.t('target'), R.input('target', f.target, { size: 8 })),
      R.field(R.t('type'), R.select('type', f.type, [['', R.t('anyType')]].concat(R.TYPES.map(t => [t, R.typeName(t)])))),
      R.field(R.t('modality'), R.select('modality', f.modality, [['', R.t('anyModality')]].concat(R.MODALITIES.map(m => [m, R.modName(m)])))),
      R.field(R.t('mode'), R.input('mode', f.mode, { placeholder: 'visit', size: 8 })),
      R.field(R.t('context'), R.input('context', f.context, { placeholder: 'military', size: 8 })),
      R.field(R.t('from'), R.input('from', f.from, { placeholder: 'YYYY-MM-DD', size: 10 })),
      R.field(R.t('to'), R.input('to', f.to, { placeholder: 'YYYY-MM-DD', size: 10 })),
      R.field(R.t('sort'), R.select('sort', f.sort, [['', R.t('newest')], ['date', R.t('oldest')], ['confidence', R.t('byConfidence')]])),
      f.dyad ? h('input', { type: 'hidden', name: 'dyad', value: f.dyad }) : null,
      f.doc ? h('input', { type: 'hidden', name: 'doc', value: f.doc }) : null,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'primary', id: 'apply' }, R.t('apply')),
        h('a', { href: R.route('events'), class: 'button' }, R.t('reset'))));
    main.append(h('h1', null, R.t('eventsTitle')), form);
    const out = h('div', { id: 'events-out' }, R.spinner());
    main.append(out);
    const offset = +(p.offset || 0);
    const r = await R.api('/api/events', Object.assign({ offset: offset, limit: PAGE }, f));
    out.replaceChildren(h('div', { class: 'toolbar' }, h('span', { class: 'count', id: 'events-total' }, R.t('total', r.total)),
      h('a', { class: 'button', href: R.apiUrl('/api/export', Object.assign({ format: 'jsonl' }, f)), download: 'rasad-events.jsonl' }, R.t('exportJsonl')),
      h('a', { class: 'button', href: R.apiUrl('/api/export', Object.assign({ format: 'csv' }, f)), download: 'rasad-events.csv' }, R.t('exportCsv'))),
    eventTable(r.items), pager(r, o => R.go('events', Object.assign({}, f, { offset: o }))));
  };

  function eventTable(items) {
    if (!items.length) return h('p', null, R.t('noResults'));
    const body = h('tbody');
    items.forEach(e => body.appendChild(h('tr', { dataset: { id: e.id } },
      h('td', { class: 'nowrap' }, h('bdi', null, e.date || R.t('undated'))),
      h('td', null, R.badge(e.type)),
      h('td', null, R.actors(e.source)),
      h('td', null, R.actors(e.target)),
      h('td', null, R.modBadge(e.modality)),
      h('td', { class: 'evidence', dir: 'auto' }, clip(e.evidence.length ? e.evidence[0].text : '', 160)),
      h('td', null, h('a', { href: R.route('doc', { id: e.doc, ev: e.id }), class: 'open-doc' }, R.t('openArticle'))))));
    return h('div', { class: 'table-wrap' }, h('table', { class: 'events', id: 'events-table' },
      h('thead', null, h('tr', null, [R.t('date'), R.t('type'), R.t('source'), R.t('target'), R.t('modality'), R.t('evidence'), R.t('document')]
        .map(x => h('th', { scope: 'col' }, x)))), body));
  }

  /* ---------- article with highlighted evidence ---------- */
  function highlight(text, events, field) {
    const len = text.length;
    const spans = [];
    events.forEach((e, i) => (e.evidence || []).forEach(s => {
      if ((s.field || 'text') !== field) return;
      const a = Math.max(0, Math.min(len, s.start | 0));
      const b = Math.max(a, Math.min(len, s.end | 0));
      if (b > a) spans.push({ a: a, b: b, i: i });
    }));
    const cuts = Array.from(new Set([0, len].concat(spans.flatMap(s => [s.a, s.b])))).sort((x, y) => x - y);
    const frag = document.createDocumentFragment();
    for (let k = 0; k + 1 < cuts.length; k++) {
      const x = cuts[k], y = cuts[k + 1];
      const piece = R.clean(text.slice(x, y));
      const cover = spans.filter(s => s.a <= x && s.b >= y).map(s => s.i);
      if (!cover.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      const ids = Array.from(new Set(cover));
      const m = h('mark', { class: 'ev', dataset: { events: ids.join(' ') }, style: '--c:' + R.color(events[ids[0]].type),
        title: ids.map(i => R.typeName(events[i].type)).join(' + ') }, piece);
      m.addEventListener('click', () => focusEvent(ids[0], false));
      frag.appendChild(m);
    }
    return frag;
  }

  function focusEvent(i, scroll) {
    document.querySelectorAll('mark.ev.flash, .event-card.active').forEach(el => el.classList.remove('flash', 'active'));
    const marks = Array.from(document.querySelectorAll('mark.ev')).filter(m => m.dataset.events.split(' ').includes(String(i)));
    marks.forEach(m => m.classList.add('flash'));
    const card = document.getElementById('event-' + i);
    if (card) card.classList.add('active');
    if (scroll && marks.length) marks[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    else if (!scroll && card) card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  R.views.doc = async function (main, p) {
    let d;
    try { d = await R.api('/api/documents/' + encodeURIComponent(p.id || '')); } catch (e) {
      main.append(h('p', { class: 'error' }, e.status === 404 ? R.t('notFound') : e.message)); return;
    }
    const events = d.events || [];
    const title = h('h1', { class: 'doc-title', dir: 'auto' }, highlight(d.title || d.id, events, 'title'));
    const meta = h('div', { class: 'meta' }, h('bdi', null, d.date || R.t('undated')),
      d.source ? [' · ', R.t('outlet') + ': ', h('bdi', null, d.source)] : null,
      d.url && R.safeHref(d.url) !== '#' ? [' · ', h('a', { href: d.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, R.t('sourceUrl'))] : null);
    const body = h('div', { class: 'article-text', id: 'article-text', dir: 'auto', lang: 'ar' }, highlight(d.text, events, 'text'));
    const cleaned = h('div', { class: 'article-text cleaned', dir: 'auto', lang: 'ar', hidden: true }, d.cleaned || '');
    const tabs = h('div', { class: 'tabs' },
      h('button', { type: 'button', class: 'tab on', onclick: ev => { body.hidden = false; cleaned.hidden = true; tabSwap(ev); } }, R.t('original')),
      h('button', { type: 'button', class: 'tab', onclick: ev => { body.hidden = true; cleaned.hidden = false; tabSwap(ev); } }, R.t('cleaned')));
    const list = h('div', { class: 'event-list', id: 'event-list' });
    if (!events.length) list.appendChild(h('p', { class: 'muted' }, R.t('noEvents')));
    events.forEach((e, i) => list.appendChild(eventCard(e, i)));
    main.append(h('div', { class: 'doc-layout' },
      h('article', { class: 'card article' }, title, meta, tabs, body, cleaned),
      h('aside', { class: 'card side' }, h('h2', null, R.t('eventsInDoc') + ' (' + events.length + ')'), list)));
    if (p.ev) {
      const i = events.findIndex(e => e.id === p.ev);
      if (i >= 0) setTimeout(() => focusEvent(i, true), 50);
    }
  };
  function tabSwap(ev) {
    ev.target.parentNode.querySelectorAll('.tab').forEach(b => b.classList.remove('on'));
    ev.target.classList.add('on');
  }

  function eventCard(e, i) {
    const rows = [];
    const row = (k, v) => { if (v !== null && v !== undefined && v !== '') rows.push(h('dt', null, k), h('dd', null, v)); };
    row(R.t('source'), e.source.length ? R.actors(e.source) : null);
    row(R.t('target'), e.target.length ? R.actors(e.target) : null);
    row(R.t('date'), e.date || e.date_text ? [e.date ? h('bdi', { dir: 'ltr' }, e.date) : null, e.date && e.date_text ? ' ' : null,
      e.date_text ? h('bdi', { class: 'muted' }, '«' + R.clean(e.date_text) + '»') : null] : null);
    row(R.t('mode'), e.mode);
    row(R.t('contexts'), (e.contexts || []).join(R.lang === 'ar' ? '، ' : ', '));
    row(R.t('location'), e.location ? [h('bdi', null, e.location.name), ' ', e.location.code ? h('bdi', { class: 'code' }, e.location.code) : null] : null);
    row(R.t('confidence'), e.confidence > 0 ? Math.round(e.confidence * 100) + '%' : null);
    return h('div', { class: 'event-card', id: 'event-' + i, dataset: { id: e.id }, tabindex: 0, role: 'button',
      style: '--c:' + R.color(e.type),
      onclick: () => focusEvent(i, true), onkeydown: ev => { if (ev.key === 'Enter') focusEvent(i, true); } },
    h('div', { class: 'card-head' }, R.badge(e.type), R.modBadge(e.modality), h('span', { class: 'show' }, R.t('showInText'))),
    h('dl', null, rows));
  }

  /* ---------- actors ---------- */
  R.views.actors = async function (main, p) {
    const box = R.input('q', p.q, { type: 'search', placeholder: R.t('actorSearch') });
    main.append(h('h1', null, R.t('actorsTitle')),
      h('form', { class: 'searchbar', onsubmit: ev => { ev.preventDefault(); R.go('actors', { q: box.value.trim() }); } },
        box, h('button', { type: 'submit', class: 'primary' }, R.t('searchButton'))));
    const r = await R.api('/api/actors', { q: p.q, limit: 100 });
    const body = h('tbody');
    r.items.forEach(a => body.appendChild(h('tr', null,
      h('td', null, R.link('actor', { code: a.code }, h('bdi', { class: 'code' }, a.code))),
      h('td', { dir: 'auto' }, a.name), h('td', { class: 'num' }, String(a.events)),
      h('td', { class: 'num' }, String(a.as_source)), h('td', { class: 'num' }, String(a.as_target)),
      h('td', { dir: 'auto', class: 'muted' }, a.names.join(' · ')))));
    main.append(r.items.length ? h('div', { class: 'table-wrap card' }, h('table', { class: 'events', id: 'actors-table' },
      h('thead', null, h('tr', null, [R.t('code'), R.t('name'), R.t('events'), R.t('asSource'), R.t('asTarget'), R.t('names')]
        .map(x => h('th', null, x)))), body)) : h('p', null, R.t('noResults')));
  };

  R.views.actor = async function (main, p) {
    let a;
    try { a = await R.api('/api/actors/' + encodeURIComponent(p.code || '')); } catch (e) {
      main.append(h('p', { class: 'error' }, e.status === 404 ? R.t('notFound') : e.message)); return;
    }
    main.append(h('h1', { id: 'actor-title' }, h('bdi', { class: 'code big' }, a.code), ' ', h('span', { dir: 'auto' }, a.name)),
      h('div', { class: 'stats' }, stat(a.events, R.t('events')), stat(a.as_source, R.t('asSource')), stat(a.as_target, R.t('asTarget'))));
    const types = Object.keys(a.by_type);
    const typeChart = h('div', { class: 'chart short', id: 'actor-types' });
    const timeChart = h('div', { class: 'chart short', id: 'actor-timeline' });
    const partners = h('ul', { class: 'plain' });
    a.partners.forEach(x => partners.appendChild(h('li', null, R.link('dyad', { a: a.code, b: x.code }, h('bdi', { class: 'code' }, x.code), ' ', h('span', { dir: 'auto' }, x.name)),
      h('span', { class: 'muted' }, ' (' + x.events + ')'))));
    const persons = h('ul', { class: 'plain' });
    a.persons.forEach(x => persons.appendChild(h('li', { dir: 'auto' }, h('b', null, x.person), x.role ? ' — ' + R.clean(x.role) : '', h('span', { class: 'muted' }, ' (' + x.events + ')'))));
    main.append(h('div', { class: 'grid2' }, section(R.t('activity'), typeChart), section(R.t('timeline'), timeChart)),
      h('div', { class: 'grid2' }, section(R.t('partners'), partners), section(R.t('persons'), a.persons.length ? persons : h('p', { class: 'muted' }, '—'))),
      section(R.t('recentEvents'), eventTable(a.recent)));
    R.chart(typeChart, {
      legend: { data: [R.t('asSource'), R.t('asTarget')] }, grid: { left: 100, right: 20, top: 30, bottom: 25 },
      xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: types.map(R.typeName) },
      series: [{ name: R.t('asSource'), type: 'bar', stack: 's', data: types.map(t => a.by_type[t].as_source), itemStyle: { color: '#1565c0' } },
        { name: R.t('asTarget'), type: 'bar', stack: 's', data: types.map(t => a.by_type[t].as_target), itemStyle: { color: '#ef6c00' } }]
    });
    timelineChart(timeChart, a.timeline);
  };

  function timelineChart(el, t) {
    const types = Object.keys(t.series);
    return R.chart(el, {
      legend: { type: 'scroll', data: types.map(R.typeName) }, grid: { left: 40, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: t.buckets }, yAxis: { type: 'value', minInterval: 1 },
      series: types.map(ty => ({ name: R.typeName(ty), type: 'bar', stack: 'all', data: t.series[ty], itemStyle: { color: R.color(ty) } }))
    });
  }

  /* ---------- dyad timeline ---------- */
  R.views.dyad = async function (main, p) {
    const form = h('form', { class: 'filters card', id: 'dyad-form', onsubmit: ev => { ev.preventDefault(); R.go('dyad', R.formValues(form)); } },
      R.field(R.t('actorA'), R.input('a', p.a, { placeholder: 'IRQ', size: 8 })),
      R.field(R.t('actorB'), R.input('b', p.b, { placeholder: 'USA', size: 8 })),
      R.field(R.t('interval'), R.select('interval', p.interval || 'month', [['day', R.t('day')], ['week', R.t('week')], ['month', R.t('month')]])),
      R.field(R.t('from'), R.input('from', p.from, { size: 10 })), R.field(R.t('to'), R.input('to', p.to, { size: 10 })),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, R.t('show'))));
    main.append(h('h1', null, R.t('dyadTitle')), form);
    if (!p.a || !p.b) { main.append(h('p', { class: 'muted' }, R.t('chooseDyad'))); return; }
    const t = await R.api('/api/dyads/timeline', { a: p.a, b: p.b, interval: p.interval, from: p.from, to: p.to });
    const el = h('div', { class: 'chart', id: 'dyad-chart' });
    main.append(h('div', { class: 'stats' }, stat(t.total, R.t('events')), stat(t.a_to_b, arrow(t.a, t.b)), stat(t.b_to_a, arrow(t.b, t.a))),
      section(null, el), h('p', null, R.link('events', { dyad: t.a + ',' + t.b }, R.t('dyadEvents'))));
    timelineChart(el, t);
  };

  /* ---------- network ---------- */
  R.views.network = async function (main, p) {
    const form = h('form', { class: 'filters card', onsubmit: ev => { ev.preventDefault(); R.go('network', R.formValues(form)); } },
      R.field(R.t('actor'), R.input('actor', p.actor, { placeholder: 'IRQ', size: 8 })),
      R.field(R.t('type'), R.select('type', p.type, [['', R.t('anyType')]].concat(R.TYPES.map(t => [t, R.typeName(t)])))),
      R.field(R.t('from'), R.input('from', p.from, { size: 10 })), R.field(R.t('to'), R.input('to', p.to, { size: 10 })),
      R.field(R.t('minWeight'), R.input('min_weight', p.min_weight, { size: 4, inputmode: 'numeric' })),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, R.t('apply'))));
    main.append(h('h1', null, R.t('networkTitle')), form);
    const n = await R.api('/api/network', { actor: p.actor, type: p.type, from: p.from, to: p.to, min_weight: p.min_weight });
    const el = h('div', { class: 'chart tall', id: 'network-chart' });
    main.append(h('p', { class: 'muted' }, n.nodes.length + ' ' + R.t('nodes') + ' · ' + n.edges.length + ' ' + R.t('edges') + ' — ' + R.t('networkHint')), section(null, el));
    const maxW = Math.max(1, ...n.nodes.map(x => x.weight));
    const maxE = Math.max(1, ...n.edges.map(x => x.weight));
    const kind = code => (code.indexOf('.') >= 0 ? 1 : /^[A-Z]{3}$/.test(code) ? 0 : 2);
    const cats = [R.t('kindState'), R.t('kindSubState'), R.t('kindOrg')];
    const c = R.chart(el, {
      color: ['#1565c0', '#8e24aa', '#ef6c00'],
      legend: { data: cats, top: 0 },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
        categories: cats.map(n => ({ name: n })), top: 50,
        force: { repulsion: 220, edgeLength: [60, 150], gravity: 0.18 },
        label: { show: true, position: 'right', formatter: '{b}' },
        lineStyle: { color: 'source', curveness: 0.15, opacity: 0.55 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 4 } },
        data: n.nodes.map(x => ({ name: R.clean(x.code), value: x.weight, category: kind(x.code),
          symbolSize: 12 + 34 * Math.sqrt(x.weight / maxW) })),
        links: n.edges.map(e => ({ source: R.clean(e.source), target: R.clean(e.target), value: e.weight,
          lineStyle: { width: 1 + 6 * e.weight / maxE } }))
      }]
    });
    c.on('click', e => { if (e.dataType === 'node') R.go('actor', { code: e.data.name }); });
  };

})();
