/*
 * rasad web UI core: safe DOM building, i18n, API calls, hash routing.
 * Security rule: data never reaches innerHTML. Every string from the server becomes a text node
 * (after bidi control characters are neutralised), and links are built only to our own #routes
 * or to http(s) URLs.
 */
'use strict';
(function () {
  const I = window.RASAD_I18N;
  const R = {};
  window.Rasad = R;
  let charts = [];

  R.lang = (function () {
    try { return localStorage.getItem('rasad.lang') === 'en' ? 'en' : 'ar'; } catch (e) { return 'ar'; }
  })();

  R.t = function (key) {
    const s = (I[R.lang] && I[R.lang][key]) || I.en[key] || key;
    const args = Array.prototype.slice.call(arguments, 1);
    return s.replace(/\{(\d)\}/g, (m, i) => String(args[+i]));
  };
  R.typeName = t => (I.types[t] ? I.types[t][R.lang === 'ar' ? 0 : 1] : String(t));
  R.modName = m => (I.modalities[m] ? I.modalities[m][R.lang === 'ar' ? 0 : 1] : String(m || ''));
  R.color = t => I.colors[t] || '#607d8b';
  R.TYPES = Object.keys(I.types);
  R.MODALITIES = Object.keys(I.modalities);

  /* Bidi overrides/embeddings/isolates in data are replaced one-for-one (offsets stay valid). */
  const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
  R.clean = s => (s === null || s === undefined ? '' : String(s).replace(BIDI, '\uFFFD'));

  /* Element builder: props are set as properties (never as HTML); children are nodes or text. */
  R.h = function (tag, props) {
    const el = document.createElement(tag);
    if (props) {
      for (const k of Object.keys(props)) {
        const v = props[k];
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') el.className = v;
        else if (k === 'dataset') Object.assign(el.dataset, v);
        else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
        else if (k === 'href') el.setAttribute('href', R.safeHref(v));
        else if (k === 'text') el.textContent = R.clean(v);
        else if (k === 'style') el.style.cssText = v;
        else el.setAttribute(k, String(v));
      }
    }
    for (let i = 2; i < arguments.length; i++) R.append(el, arguments[i]);
    return el;
  };
  R.append = function (el, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach(x => R.append(el, x)); return; }
    el.appendChild(c instanceof Node ? c : document.createTextNode(R.clean(c)));
  };

  /* Only our own routes and plain web links; everything else (javascript:, data:, ...) goes nowhere. */
  R.safeHref = function (u) {
    const s = String(u || '');
    if (s.startsWith('#/')) return s;
    try {
      const p = new URL(s, location.href);
      if (p.protocol === 'http:' || p.protocol === 'https:') return p.href;
    } catch (e) { /* fall through */ }
    return '#';
  };

  R.route = function (name, params) {
    const q = new URLSearchParams();
    Object.keys(params || {}).forEach(k => {
      const v = params[k];
      if (v !== undefined && v !== null && v !== '') q.set(k, v);
    });
    const qs = q.toString();
    return '#/' + name + (qs ? '?' + qs : '');
  };
  R.link = (name, params, ...kids) => R.h('a', { href: R.route(name, params) }, ...kids);
  R.go = (name, params) => { location.hash = R.route(name, params); };

  R.api = async function (path, params) {
    const q = new URLSearchParams();
    Object.keys(params || {}).forEach(k => {
      const v = params[k];
      if (v !== undefined && v !== null && v !== '') q.set(k, v);
    });
    const url = path + (q.toString() ? '?' + q.toString() : '');
    const r = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      const msg = body && body.error ? body.error.message : ('HTTP ' + r.status);
      const err = new Error(msg);
      err.status = r.status;
      throw err;
    }
    return body;
  };
  R.apiUrl = function (path, params) {
    const q = new URLSearchParams();
    Object.keys(params || {}).forEach(k => { if (params[k]) q.set(k, params[k]); });
    return path + '?' + q.toString();
  };

  R.chart = function (el, option) {
    el.setAttribute('dir', 'ltr'); // canvas text is measured left to right; Arabic still shapes correctly
    if (option.legend) option.legend = Object.assign({ itemGap: 18 }, option.legend);
    const c = window.echarts.init(el, null, { renderer: 'canvas' });
    option.textStyle = Object.assign({ fontFamily: getComputedStyle(document.body).fontFamily }, option.textStyle || {});
    option.tooltip = Object.assign({ renderMode: 'richText', confine: true }, option.tooltip || {});
    c.setOption(option);
    charts.push(c);
    return c;
  };
  window.addEventListener('resize', () => charts.forEach(c => c.resize()));

  /* Small shared pieces. */
  R.badge = t => R.h('span', { class: 'badge', style: 'background:' + R.color(t), dataset: { type: t } }, R.typeName(t));
  R.modBadge = m => R.h('span', { class: 'mod mod-' + (R.MODALITIES.includes(m) ? m : 'asserted') }, R.modName(m));
  R.actors = function (list) {
    const span = R.h('span', { class: 'actors' });
    (list || []).forEach((a, i) => {
      if (i) span.appendChild(document.createTextNode(R.lang === 'ar' ? '، ' : ', '));
      const title = [a.person, a.role, a.text].filter(Boolean).map(R.clean).join(' — ');
      span.appendChild(R.h('a', { href: R.route('actor', { code: a.code }), class: 'actor', title: title },
        R.h('bdi', { class: 'code' }, a.code || '?'),
        a.person ? R.h('bdi', { class: 'person' }, a.person) : null));
    });
    return span;
  };
  R.spinner = () => R.h('p', { class: 'loading' }, R.t('loading'));
  R.fail = e => R.h('p', { class: 'error', role: 'alert' }, R.t('error') + ': ' + (e && e.message ? e.message : String(e)));
  R.field = (label, input) => R.h('label', { class: 'field' }, R.h('span', null, label), input);
  R.input = (name, value, props) => R.h('input', Object.assign({ name: name, id: 'f-' + name, value: value || '', dir: 'auto' }, props || {}));
  R.select = function (name, value, options) {
    const s = R.h('select', { name: name, id: 'f-' + name });
    options.forEach(o => {
      const opt = R.h('option', { value: o[0] }, o[1]);
      if (o[0] === (value || '')) opt.selected = true;
      s.appendChild(opt);
    });
    return s;
  };
  R.formValues = function (form) {
    const out = {};
    new FormData(form).forEach((v, k) => { if (String(v).trim() !== '') out[k] = String(v).trim(); });
    return out;
  };

  /* Routing and the page shell. */
  R.views = {};
  function parseHash() {
    const h = location.hash.replace(/^#\/?/, '');
    const i = h.indexOf('?');
    const name = (i < 0 ? h : h.slice(0, i)) || 'search';
    return { name: name, params: Object.fromEntries(new URLSearchParams(i < 0 ? '' : h.slice(i + 1))) };
  }

  function shell(active) {
    document.documentElement.lang = R.lang;
    document.documentElement.dir = R.lang === 'ar' ? 'rtl' : 'ltr';
    document.title = R.t('appName') + ' — ' + R.t('tagline');
    const nav = R.h('nav', { class: 'nav', 'aria-label': 'main' });
    [['search', 'navSearch'], ['events', 'navEvents'], ['actors', 'navActors'], ['dyad', 'navDyad'], ['network', 'navNetwork'], ['stories', 'navStories']]
      .forEach(n => nav.appendChild(R.h('a', { href: R.route(n[0]), id: 'nav-' + n[0], class: n[0] === active ? 'active' : '' }, R.t(n[1]))));
    const toggle = R.h('button', { id: 'lang-switch', type: 'button', class: 'lang', lang: R.lang === 'ar' ? 'en' : 'ar',
      onclick: () => {
        R.lang = R.lang === 'ar' ? 'en' : 'ar';
        try { localStorage.setItem('rasad.lang', R.lang); } catch (e) { /* private mode */ }
        R.render();
      } }, R.t('switchLang'));
    const header = R.h('header', { class: 'top' },
      R.h('a', { href: '#/search', class: 'brand' }, R.h('span', { class: 'logo' }, 'رصد'),
        R.h('span', { class: 'tag' }, R.t('tagline'))),
      nav, toggle);
    const main = R.h('main', { id: 'view' });
    const footer = R.h('footer', { class: 'foot' }, R.t('footer'));
    const root = document.getElementById('app');
    root.replaceChildren(header, main, footer);
    return main;
  }

  R.render = function () {
    charts.forEach(c => c.dispose());
    charts = [];
    const r = parseHash();
    const view = R.views[r.name] || R.views.search;
    const main = shell(R.views[r.name] ? r.name : 'search');
    Promise.resolve(view(main, r.params)).catch(e => main.replaceChildren(R.fail(e)));
  };
  R.start = function () {
    window.addEventListener('hashchange', R.render);
    R.render();
  };
  /* Deferred scripts (views.js, stories.js) have all run when DOMContentLoaded fires: every view is registered. */
  document.addEventListener('DOMContentLoaded', R.start);
})();
