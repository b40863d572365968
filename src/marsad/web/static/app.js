/*
 * marsad dashboard. Everything comes from this server's /api; no external request is ever made.
 * Article text and every value from the database are untrusted: the DOM is built with createElement and
 * textContent only (never by assigning HTML strings built from data).
 */
"use strict";
(function () {
  var TYPE_COLOURS = {
    "Battles": "#dc2626",
    "Explosions/Remote violence": "#ea580c",
    "Violence against civilians": "#7c3aed",
    "Protests": "#2563eb",
    "Riots": "#0891b2",
    "Strategic developments": "#16a34a"
  };
  var OTHER_COLOUR = "#6b7280";
  var I18N = {
    en: {
      title: "marsad observatory", api_docs: "API", filters: "Filters", date_from: "From", date_to: "To",
      event_type: "Event type", actor: "Actor", admin1: "Governorate", all: "All", reset: "Reset",
      events_shown: "events shown", event_list: "Events", timeline: "Timeline", events: "events",
      fatalities: "fatalities", fatalities_label: "Fatalities", per_day: "per day", per_week: "per week", claims: "Claims", source: "Source",
      stance: "Stance", killed: "Killed", wounded: "Wounded", captured: "Captured", evidence: "Evidence",
      reports: "Reports", report: "Report", date: "Date", location: "Location", actors: "Actors", fatality_range: "Fatalities (low/best/high)",
      grade: "Grade", sources: "Sources", n_sources: "Number of sources", documents: "documents",
      claims_stat: "claims", rejections: "rejections", no_claims: "No claims recorded.", loading: "Loading…",
      error: "Could not load", close: "Close", lang_button: "العربية", materiel: "Materiel", notes: "Notes"
    },
    ar: {
      title: "مرصد النزاعات", api_docs: "واجهة البرمجة", filters: "التصفية", date_from: "من", date_to: "إلى",
      event_type: "نوع الحدث", actor: "الطرف", admin1: "المحافظة", all: "الكل", reset: "إعادة ضبط",
      events_shown: "حدثاً معروضاً", event_list: "الأحداث", timeline: "الخط الزمني", events: "أحداث",
      fatalities: "قتلى", fatalities_label: "القتلى", per_day: "يومياً", per_week: "أسبوعياً", claims: "الادعاءات", source: "المصدر",
      stance: "الموقف", killed: "قتلى", wounded: "جرحى", captured: "أسرى", evidence: "الدليل",
      reports: "التقارير", report: "التقرير", date: "التاريخ", location: "المكان", actors: "الأطراف", fatality_range: "القتلى (أدنى/أرجح/أعلى)",
      grade: "التقييم", sources: "المصادر", n_sources: "عدد المصادر", documents: "وثائق",
      claims_stat: "ادعاءات", rejections: "مرفوضات", no_claims: "لا ادعاءات مسجلة.", loading: "جارٍ التحميل…",
      error: "تعذر التحميل", close: "إغلاق", lang_button: "English", materiel: "العتاد", notes: "ملاحظات"
    }
  };
  var TYPE_AR = {
    "Battles": "معارك", "Explosions/Remote violence": "تفجيرات/عنف عن بعد",
    "Violence against civilians": "عنف ضد المدنيين", "Protests": "احتجاجات", "Riots": "أعمال شغب",
    "Strategic developments": "تطورات استراتيجية"
  };
  var STANCE_AR = {
    "party": "طرف", "perpetrator-affiliated": "مقرب من المنفذ", "government": "حكومي", "official": "رسمي",
    "loyalist": "موالٍ", "opposition": "معارض", "monitor": "مرصد", "independent": "مستقل", "local": "محلي",
    "international": "دولي", "media": "إعلامي"
  };

  var state = { lang: "en", features: [], admin1Ar: {}, selected: null, stats: null };
  var map, clusterLayer;

  // ---------- small DOM helpers (text only) ----------
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) { continue; }
      node.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
    }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function t(key) { return (I18N[state.lang] && I18N[state.lang][key]) || I18N.en[key] || key; }
  function typeLabel(tp) { return state.lang === "ar" && TYPE_AR[tp] ? TYPE_AR[tp] : tp; }
  function stanceLabel(s) { return state.lang === "ar" && STANCE_AR[s] ? STANCE_AR[s] : (s || ""); }
  function admin1Label(a) { return state.lang === "ar" && state.admin1Ar[a] ? state.admin1Ar[a] : a; }
  function colour(tp) { return TYPE_COLOURS[tp] || OTHER_COLOUR; }
  function fmt(v) { return v === null || v === undefined || v === "" ? "–" : String(v); }

  function getJSON(url) {
    return fetch(url, { headers: { "Accept": "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          var msg = body && body.error ? body.error.message : ("HTTP " + r.status);
          throw new Error(msg);
        }
        return body;
      });
    });
  }

  // ---------- language ----------
  function applyLanguage() {
    var root = document.documentElement;
    root.lang = state.lang;
    root.dir = state.lang === "ar" ? "rtl" : "ltr";
    document.querySelectorAll("[data-i18n]").forEach(function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
    document.getElementById("lang-toggle").textContent = t("lang_button");
    document.title = t("title");
    relabelOptions();
    renderLegend();
    renderStats();
    renderList();
    renderTimeline();
    if (state.selected) { openEvent(state.selected); }
  }

  // ---------- filters ----------
  function fillSelect(id, values, labeller) {
    var sel = document.getElementById(id);
    values.forEach(function (v) {
      var opt = el("option", { value: v });
      opt.textContent = labeller ? labeller(v) : v;
      sel.appendChild(opt);
    });
  }
  function relabelOptions() {
    document.querySelectorAll("#f-type option").forEach(function (o) { if (o.value) { o.textContent = typeLabel(o.value); } });
    document.querySelectorAll("#f-admin1 option").forEach(function (o) { if (o.value) { o.textContent = admin1Label(o.value); } });
  }
  function queryString() {
    var p = new URLSearchParams();
    p.set("limit", "5000");
    var from = document.getElementById("f-from").value, to = document.getElementById("f-to").value;
    if (from && to) { p.set("event_date", from + "|" + to); p.set("event_date_where", "BETWEEN"); }
    else if (from) { p.set("event_date", from); p.set("event_date_where", ">="); }
    else if (to) { p.set("event_date", to); p.set("event_date_where", "<="); }
    var tp = document.getElementById("f-type").value; if (tp) { p.set("event_type", tp); }
    var actor = document.getElementById("f-actor").value; if (actor) { p.set("actor", actor); }
    var a1 = document.getElementById("f-admin1").value; if (a1) { p.set("admin1", a1); }
    return p.toString();
  }

  // ---------- map ----------
  function initMap() {
    map = L.map("map", { zoomControl: true, minZoom: 3, maxZoom: 14, attributionControl: false, preferCanvas: false }).setView([34.8, 39], 6);
    clusterLayer = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
    map.addLayer(clusterLayer);
    return getJSON("/api/admin1.geojson").then(function (gj) {
      var layer = L.geoJSON(gj, {
        interactive: false,
        style: function (f) {
          var sy = f.properties && f.properties.adm0_a3 === "SYR";
          return { color: "#64748b", weight: 1, fillColor: sy ? "#f8f6ef" : "#eceae3", fillOpacity: 1 };
        }
      }).addTo(map);
      layer.bringToBack();
      gj.features.forEach(function (f) {
        var p = f.properties || {};
        var ar = (p.name_ar || "").replace(/^محافظة\s+/, "");
        [p.name_en, p.name, p.woe_name, p.gn_name].forEach(function (n) { if (n && ar) { state.admin1Ar[n] = ar; } });
      });
      try { map.fitBounds(layer.getBounds(), { padding: [10, 10] }); } catch (e) { /* empty layer */ }
    }).catch(function () { /* basemap is optional */ });
  }

  function markerFor(f) {
    var p = f.properties;
    var c = f.geometry.coordinates;
    var m = L.circleMarker([c[1], c[0]], {
      radius: 6 + Math.min(10, Math.sqrt(p.fatalities || 0)), color: "#1f2937", weight: 1,
      fillColor: colour(p.event_type), fillOpacity: 0.85, className: "event-marker"
    });
    var tip = el("div", null,
      el("strong", { text: typeLabel(p.event_type || "") }), el("br"),
      (p.event_date || "") + " · " + (p.location || "") + " · " + t("fatalities") + ": " + fmt(p.fatalities));
    m.bindTooltip(tip);
    m.on("click", function () { openEvent(p.id); });
    return m;
  }

  // filters can change faster than the server answers: only the answer to the latest request is shown
  var loadSeq = 0;
  function loadEvents() {
    var seq = ++loadSeq;
    return getJSON("/api/events.geojson?" + queryString()).then(function (gj) {
      if (seq !== loadSeq) { return; }  // a stale answer (an earlier filter): a newer one is on its way
      state.features = gj.features || [];
      clusterLayer.clearLayers();
      var markers = [];
      state.features.forEach(function (f) { if (f.geometry) { markers.push(markerFor(f)); } });
      clusterLayer.addLayers(markers);
      state.markerCount = markers.length;
      document.getElementById("event-count").textContent = String(state.features.length);
      document.body.setAttribute("data-loaded", String(Date.now()));
      renderList();
      renderTimeline();
    }).catch(function (err) {
      if (seq === loadSeq) { document.getElementById("event-count").textContent = t("error") + ": " + err.message; }
    });
  }

  // ---------- sidebar list, legend, stats ----------
  function renderLegend() {
    var box = document.getElementById("legend");
    clear(box);
    Object.keys(TYPE_COLOURS).forEach(function (tp) {
      box.appendChild(el("span", { "class": "swatch", style: "background:" + TYPE_COLOURS[tp] }));
      box.appendChild(el("span", { text: typeLabel(tp) }));
    });
  }
  function renderStats() {
    var s = state.stats, box = document.getElementById("stats");
    if (!s) { return; }
    box.textContent = s.documents + " " + t("documents") + " · " + s.canonical_events + " " + t("events") + " · " +
      s.claims + " " + t("claims_stat") + " · " + s.rejections + " " + t("rejections");
  }
  function renderList() {
    var list = document.getElementById("event-list");
    clear(list);
    state.features.slice(0, 300).forEach(function (f) {
      var p = f.properties;
      var li = el("li", { tabindex: "0", "data-id": String(p.id), "class": "event-item" },
        el("span", { "class": "dot", style: "background:" + colour(p.event_type) }),
        el("span", null, el("strong", { text: p.event_date || "" }), " " + typeLabel(p.event_type || "") +
          " — " + (p.location || p.admin1 || "") + " (" + fmt(p.fatalities) + ")"));
      li.addEventListener("click", function () { openEvent(p.id); });
      li.addEventListener("keydown", function (e) { if (e.key === "Enter") { openEvent(p.id); } });
      list.appendChild(li);
    });
  }

  // ---------- timeline (own SVG) ----------
  var SVG = "http://www.w3.org/2000/svg"; // XML namespace identifier, not fetched
  function svg(tag, attrs) {
    var n = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    return n;
  }
  function dayNum(iso) { return Math.floor(Date.parse(iso + "T00:00:00Z") / 86400000); }
  function isoDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }
  function renderTimeline() {
    var box = document.getElementById("timeline");
    clear(box);
    var dated = state.features.filter(function (f) { return f.properties.event_date; });
    if (!dated.length) { document.getElementById("timeline-bin").textContent = ""; return; }
    var days = dated.map(function (f) { return dayNum(f.properties.event_date); });
    var lo = Math.min.apply(null, days), hi = Math.max.apply(null, days);
    var step = hi - lo > 92 ? 7 : 1;
    document.getElementById("timeline-bin").textContent = "(" + t(step === 7 ? "per_week" : "per_day") + ")";
    var nbins = Math.floor((hi - lo) / step) + 1;
    var counts = new Array(nbins).fill(0), fats = new Array(nbins).fill(0);
    dated.forEach(function (f, i) {
      var b = Math.floor((days[i] - lo) / step);
      counts[b] += 1; fats[b] += f.properties.fatalities || 0;
    });
    var W = Math.max(box.clientWidth || 800, 200), H = 120, padL = 30, padR = 34, padT = 8, padB = 18;
    var maxC = Math.max.apply(null, counts) || 1, maxF = Math.max.apply(null, fats) || 1;
    var bw = (W - padL - padR) / nbins;
    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, width: W, height: H, role: "img",
      "aria-label": t("timeline") });
    var pts = [];
    for (var i = 0; i < nbins; i++) {
      var x = padL + i * bw, h = (H - padT - padB) * counts[i] / maxC;
      var bar = svg("rect", { x: x + bw * 0.1, y: H - padB - h, width: Math.max(1, bw * 0.8), height: h, "class": "bar" });
      var title = svg("title");
      title.textContent = isoDay(lo + i * step) + ": " + counts[i] + " " + t("events") + ", " + fats[i] + " " + t("fatalities");
      bar.appendChild(title);
      root.appendChild(bar);
      pts.push((x + bw / 2).toFixed(1) + "," + (H - padB - (H - padT - padB) * fats[i] / maxF).toFixed(1));
    }
    root.appendChild(svg("polyline", { points: pts.join(" "), "class": "fat" }));
    function label(x, y, s, anchor) {
      var n = svg("text", { x: x, y: y, "text-anchor": anchor || "start" }); n.textContent = s; root.appendChild(n);
    }
    label(2, padT + 8, String(maxC));
    label(W - 2, padT + 8, String(maxF), "end");
    label(padL, H - 4, isoDay(lo));
    label(W - padR, H - 4, isoDay(hi), "end");
    box.appendChild(root);
  }

  // ---------- event panel ----------
  function highlighted(text, spans, eventIds) {
    // Split the text at every span boundary; each piece becomes a text node or a <mark> with textContent.
    var cuts = [0, text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (v, i, a) { return v >= 0 && v <= text.length && a.indexOf(v) === i; })
      .sort(function (a, b) { return a - b; });
    var box = el("div", { "class": "evidence-text ar", dir: "rtl", lang: "ar" });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1], piece = text.slice(a, b);
      var cover = spans.filter(function (s) { return s.start <= a && s.end >= b; });
      if (!cover.length) { box.appendChild(document.createTextNode(piece)); continue; }
      var mine = cover.filter(function (s) { return eventIds.indexOf(s.event_id) >= 0; });
      var kinds = (mine.length ? mine : cover).map(function (s) { return s.kind; });
      var cls = "span" + (mine.length ? "" : " other");
      if (kinds.indexOf("claim") >= 0) { cls += " k-claim"; }
      else if (kinds.indexOf("source") >= 0) { cls += " k-source"; }
      else if (kinds.indexOf("location") >= 0) { cls += " k-location"; }
      box.appendChild(el("mark", { "class": cls, title: kinds.join(", "), text: piece }));
    }
    return box;
  }

  function claimsTable(claims, reports) {
    var names = {};
    (reports || []).forEach(function (r) {
      var title = r.title || r.doc_key || "";
      names[r.id] = r.outlet || (title.length > 40 ? title.slice(0, 40) + "…" : title);
    });
    if (!claims.length) { return el("p", { text: t("no_claims") }); }
    var head = el("tr", null);
    ["source", "stance", "killed", "wounded", "captured", "evidence", "report"].forEach(function (k) { head.appendChild(el("th", { text: t(k) })); });
    var table = el("table", { "class": "claims", id: "claims-table" }, el("thead", null, head));
    var body = el("tbody");
    claims.forEach(function (c) {
      function range(lo, hi) { return lo === null || lo === undefined ? "–" : (lo === hi || hi === null ? String(lo) : lo + "–" + hi); }
      var ev = c.evidence && c.evidence.text ? c.evidence.text : "";
      body.appendChild(el("tr", { "class": "claim-row" },
        el("td", { text: c.source || "" }), el("td", { text: stanceLabel(c.source_stance) }),
        el("td", { text: range(c.killed_min, c.killed_max) }), el("td", { text: range(c.wounded_min, c.wounded_max) }),
        el("td", { text: fmt(c.captured) }), el("td", { "class": "ar", dir: "rtl", lang: "ar", text: ev }),
        el("td", { "class": "claim-report", dir: "auto", text: names[c.document_id] || "" })));
    });
    table.appendChild(body);
    return table;
  }

  function layoutChanged() {
    if (map) { map.invalidateSize(); }
    renderTimeline();
  }

  function openEvent(id) {
    state.selected = id;
    var panel = document.getElementById("panel"), body = document.getElementById("panel-body");
    var wasHidden = panel.hidden;
    panel.hidden = false;
    if (wasHidden) { layoutChanged(); }
    clear(body);
    body.appendChild(el("p", { text: t("loading") }));
    getJSON("/api/events/" + encodeURIComponent(id)).then(function (ev) {
      if (state.selected !== id) { return; }
      clear(body);
      body.setAttribute("data-event-id", String(ev.id));
      body.appendChild(el("h2", { text: typeLabel(ev.event_type) + " — " + (ev.sub_event_type || "") }));
      var dl = el("dl");
      function row(k, v) { dl.appendChild(el("dt", { text: t(k) })); dl.appendChild(el("dd", { text: fmt(v) })); }
      row("date", ev.event_date);
      row("location", [ev.location, admin1Label(ev.admin1), ev.country].filter(Boolean).join(", "));
      row("actors", [ev.actor1, ev.actor2].filter(Boolean).join(" ⟷ "));
      row("fatalities_label", ev.fatalities);
      row("fatality_range", [ev.fatalities_low, ev.fatalities_best, ev.fatalities_high].map(fmt).join(" / "));
      row("n_sources", ev.number_of_sources);
      row("sources", (ev.sources || []).map(function (s) { return s.name + (s.stance ? " (" + stanceLabel(s.stance) + ")" : ""); }).join("; "));
      row("grade", ev.grade);
      body.appendChild(dl);
      body.appendChild(el("h3", { text: t("claims") }));
      body.appendChild(claimsTable(ev.claims || [], ev.reports || []));
      if (ev.notes) { body.appendChild(el("h3", { text: t("notes") })); body.appendChild(el("p", { text: ev.notes })); }
      var mentionIds = (ev.mentions || []).map(function (m) { return m.id; });
      body.appendChild(el("h3", { text: t("reports") }));
      (ev.reports || []).forEach(function (r) {
        var sec = el("section", { "class": "report", "data-document-id": String(r.id) },
          el("div", { "class": "ar report-title", dir: "rtl", lang: "ar", text: r.title || r.doc_key || "" }),
          el("div", { "class": "report-meta", text: [r.outlet, r.published].filter(Boolean).join(" · ") }));
        body.appendChild(sec);
        getJSON("/api/documents/" + encodeURIComponent(r.id)).then(function (doc) {
          var box = highlighted(doc.text || "", doc.spans || [], mentionIds);
          sec.appendChild(box);
          var first = box.querySelector("mark.span:not(.other)");
          if (first) { box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - 40); }
        }).catch(function (err) { sec.appendChild(el("p", { "class": "error-box", text: t("error") + ": " + err.message })); });
      });
    }).catch(function (err) {
      clear(body);
      body.appendChild(el("p", { "class": "error-box", text: t("error") + ": " + err.message }));
    });
  }

  // ---------- start ----------
  function start() {
    document.getElementById("lang-toggle").addEventListener("click", function () {
      state.lang = state.lang === "en" ? "ar" : "en";
      applyLanguage();
    });
    document.getElementById("panel-close").addEventListener("click", function () {
      state.selected = null; document.getElementById("panel").hidden = true; layoutChanged();
    });
    var form = document.getElementById("filters");
    form.addEventListener("change", loadEvents);
    form.addEventListener("reset", function () { setTimeout(loadEvents, 0); });
    renderLegend();
    getJSON("/api/stats").then(function (s) { state.stats = s; renderStats(); }).catch(function () {});
    var facets = getJSON("/api/facets").then(function (f) {
      fillSelect("f-type", f.event_type || [], typeLabel);
      fillSelect("f-actor", f.actor || []);
      fillSelect("f-admin1", f.admin1 || [], admin1Label);
      if (f.date_min) { document.getElementById("f-from").setAttribute("min", f.date_min); }
      if (f.date_max) { document.getElementById("f-to").setAttribute("max", f.date_max); }
    });
    initMap().then(function () { relabelOptions(); return facets; }).then(loadEvents);
    window.addEventListener("resize", layoutChanged);
  }
  // a small read-only hook for tests and the console
  window.marsad = {
    markerCount: function () { return state.markerCount || 0; },
    openEvent: function (id) { openEvent(id); }
  };
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
