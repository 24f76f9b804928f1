/* rasad web UI: stories (the same news across outlets) and one story with its documents and merged events.
 * All DOM via Rasad.h: server strings only ever become text nodes. */
'use strict';
(function () {
  const R = window.Rasad;
  const h = R.h;
  const PAGE = 20;
  const clip = (s, n) => { s = R.clean(s); return s.length > n ? s.slice(0, n) + '…' : s; };

  /* "S:EGY", "T:JOR" -> EGY → JOR */
  function actorsText(list) {
    const src = [], tgt = [];
    (list || []).forEach(a => { const s = String(a); (s.startsWith('T:') ? tgt : src).push(s.slice(2)); });
    return h('bdi', { class: 'code', dir: 'ltr' }, (src.join('+') || '-') + ' → ' + (tgt.join('+') || '-'));
  }
  const span = s => (s.first_date || R.t('undated')) + (s.last_date && s.last_date !== s.first_date ? ' … ' + s.last_date : '');

  R.views.stories = async function (main, p) {
    const minDocs = p.min_docs || '2';
    const form = h('form', { class: 'filters card', id: 'story-filters', onsubmit: ev => { ev.preventDefault(); R.go('stories', R.formValues(form)); } },
      R.field(R.t('sort'), R.select('sort', p.sort, [['', R.t('largest')], ['-date', R.t('newest')], ['date', R.t('oldest')]])),
      R.field(R.t('minDocs'), R.input('min_docs', minDocs, { size: 4, inputmode: 'numeric' })),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'apply' }, R.t('apply'))));
    main.append(h('h1', null, R.t('storiesTitle')), h('p', { class: 'muted' }, R.t('storiesHint')), form);
    const out = h('div', { id: 'stories-out' }, R.spinner());
    main.append(out);
    const offset = +(p.offset || 0);
    const r = await R.api('/api/stories', { sort: p.sort, min_docs: minDocs, offset: offset, limit: PAGE });
    if (!r.items.length) { out.replaceChildren(h('p', null, R.t('noResults'))); return; }
    const body = h('tbody');
    r.items.forEach(s => body.appendChild(h('tr', { dataset: { id: s.id } },
      h('td', null, h('a', { href: R.route('story', { id: s.id }), class: 'open-story', dir: 'auto' }, s.title || s.rep_doc)),
      h('td', { class: 'num' }, String(s.docs)),
      h('td', null, h('bdi', null, (s.outlets || []).join(R.lang === 'ar' ? '، ' : ', '))),
      h('td', { class: 'nowrap' }, h('bdi', null, span(s))),
      h('td', null, (s.events || []).slice(0, 3).map(e => h('span', { class: 'story-ev' },
        R.badge(e.type), ' ', actorsText(e.actors), ' ×' + e.mention_count, ' '))))));
    out.replaceChildren(h('div', { class: 'toolbar' }, h('span', { class: 'count', id: 'stories-total' }, R.t('total', r.total))),
      h('div', { class: 'table-wrap' }, h('table', { class: 'events', id: 'stories-table' },
        h('thead', null, h('tr', null, [R.t('storyTitle'), R.t('documents'), R.t('outlets'), R.t('period'), R.t('storyEvents')]
          .map(x => h('th', { scope: 'col' }, x)))), body)),
      R.pager(r, o => R.go('stories', Object.assign({}, p, { offset: o }))));
  };

  R.views.story = async function (main, p) {
    let s;
    try { s = await R.api('/api/stories/' + encodeURIComponent(p.id || '')); } catch (e) {
      main.append(h('p', { class: 'error' }, e.status === 404 || e.status === 400 ? R.t('notFound') : e.message)); return;
    }
    main.append(h('h1', { class: 'doc-title', dir: 'auto' }, s.title || s.rep_doc),
      h('div', { class: 'meta' }, h('bdi', null, span(s)), ' · ', R.t('documents') + ': ' + s.docs, ' · ',
        R.t('outlets') + ': ', h('bdi', null, (s.outlets || []).join(R.lang === 'ar' ? '، ' : ', '))));
    const docs = h('tbody');
    (s.documents || []).forEach(d => docs.appendChild(h('tr', { dataset: { id: d.id } },
      h('td', { class: 'nowrap' }, h('bdi', null, d.date || R.t('undated'))),
      h('td', null, h('bdi', null, d.outlet || '')),
      h('td', null, h('a', { href: R.route('doc', { id: d.id }), class: 'open-doc', dir: 'auto' }, d.title || d.id)),
      h('td', { class: 'num' }, d.similarity === null || d.similarity === undefined ? '—' : Math.round(d.similarity * 100) + '%'))));
    const docTable = h('div', { class: 'table-wrap' }, h('table', { class: 'events', id: 'story-docs' },
      h('thead', null, h('tr', null, [R.t('date'), R.t('outlet'), R.t('document'), R.t('similarity')]
        .map(x => h('th', { scope: 'col' }, x)))), docs));
    const evs = h('div', { class: 'event-list', id: 'story-events' });
    if (!(s.events || []).length) evs.appendChild(h('p', { class: 'muted' }, R.t('noEvents')));
    (s.events || []).forEach(e => evs.appendChild(h('div', { class: 'event-card', style: '--c:' + R.color(e.type), dataset: { id: e.id } },
      h('div', { class: 'card-head' }, R.badge(e.type), ' ', actorsText(e.actors), ' ', h('bdi', { class: 'muted' }, span(e))),
      h('ul', { class: 'mentions' }, (e.mentions || []).map(m => h('li', null, h('bdi', null, m.outlet || '?'), ': ',
        h('a', { href: R.route('doc', { id: m.doc, ev: m.event }), class: 'mention', dir: 'auto' },
          '«' + clip(m.evidence && m.evidence.length ? m.evidence[0].text : m.event, 140) + '»')))))));
    main.append(h('section', { class: 'card' }, h('h2', null, R.t('documents') + ' (' + s.docs + ')'), docTable),
      h('section', { class: 'card' }, h('h2', null, R.t('storyEvents') + ' (' + (s.events || []).length + ')'), evs));
  };
})();
