// The command centre's page: fetches /dashboard/data.json and redraws whenever the server announces a change.
"use strict";
(function () {
  const WORDS = {
    zh: {open: "在办案件", overdue: "已超期", escalated: "已上报", reportIns: "待报到", tree: "街道 → 社区 → 网格",
      overdueCases: "超期案件", escalatedCases: "上报（吹哨）案件", pendingReportIns: "待报到单位", ranking: "本月街道排名",
      id: "编号", where: "地点", owner: "责任方", due: "时限", why: "说明", org: "单位", by: "报到时限",
      rank: "名次", unit: "单位", score: "得分", live: "实时", polling: "轮询", other: "English", none: "暂无"},
    en: {open: "open cases", overdue: "overdue", escalated: "escalated", reportIns: "to report in",
      tree: "street → community → grid", overdueCases: "overdue cases", escalatedCases: "escalated (whistle) cases",
      pendingReportIns: "report-ins pending", ranking: "this month's street ranking", id: "case", where: "where",
      owner: "owner", due: "due", why: "why", org: "unit", by: "report in by", rank: "rank", unit: "unit",
      score: "score", live: "live", polling: "polling", other: "中文", none: "none"}
  };
  let lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "zh";
  let chart = null;
  let pending = false;

  function text(el, value) { el.textContent = value == null ? "" : String(value); return el; }
  function cell(row, value, cls) { const td = text(document.createElement("td"), value); if (cls) td.className = cls; row.appendChild(td); }

  function table(id, heads, rows) {
    const t = document.getElementById(id);
    t.replaceChildren();
    const h = t.insertRow();
    heads.forEach(k => { const th = document.createElement("th"); text(th, WORDS[lang][k]); h.appendChild(th); });
    if (rows.length === 0) { cell(t.insertRow(), WORDS[lang].none); }
    rows.forEach(r => { const tr = t.insertRow(); r.forEach(v => Array.isArray(v) ? cell(tr, v[0], v[1]) : cell(tr, v)); });
  }

  function tree(nodes) {
    const box = document.getElementById("tree");
    box.replaceChildren();
    const add = (parent, n) => {
      const label = n.name + " · " + n.open + (n.overdue ? " / " + n.overdue + "!" : "");
      if (n.children && n.children.length) {
        const d = document.createElement("details");
        d.dataset.node = n.id;
        text(d.appendChild(document.createElement("summary")), label);
        n.children.forEach(c => add(d, c));
        parent.appendChild(d);
      } else {
        const div = text(document.createElement("div"), label);
        div.className = n.open ? "" : "n";
        div.dataset.node = n.id;
        parent.appendChild(div);
      }
    };
    nodes.filter(n => n.open > 0).concat(nodes.filter(n => n.open === 0)).forEach(n => add(box, n));
  }

  function draw(d) {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-t]").forEach(e => text(e, WORDS[lang][e.dataset.t]));
    text(document.getElementById("lang"), WORDS[lang].other);
    text(document.getElementById("title"), d.city + (lang === "zh" ? " 指挥中心" : " command centre"));
    ["open", "overdue", "escalated", "reportIns"].forEach(k => text(document.getElementById("c-" + k), d.counts[k]));
    tree(d.tree);
    const cases = list => list.map(c => [c.id, c.where, c.owner, c.due || "", c.why]);
    table("overdue", ["id", "where", "owner", "due", "why"], cases(d.overdue));
    table("escalated", ["id", "where", "owner", "due", "why"], cases(d.escalated));
    table("reportIns", ["id", "org", "by"], d.reportIns.map(r => [r.issue, r.organization, [r.by || "", r.late ? "late" : ""]]));
    const top = d.ranking.entries.slice(0, 15);
    table("rankingTable", ["rank", "unit", "score"], top.map(e => [e.rank, lang === "zh" ? e.name : e.nameEn, e.score.toFixed(1)]));
    if (window.Chart) {
      const labels = top.map(e => lang === "zh" ? e.name : e.nameEn);
      const values = top.map(e => e.score);
      if (chart) { chart.data.labels = labels; chart.data.datasets[0].data = values; chart.update("none"); }
      else {
        chart = new Chart(document.getElementById("ranking"), {type: "bar",
          data: {labels: labels, datasets: [{label: WORDS[lang].score, data: values, backgroundColor: "#8b1a1a"}]},
          options: {animation: false, plugins: {legend: {display: false}}}});
      }
    }
    document.body.dataset.changes = d.changes;
  }

  async function refresh() {
    if (pending) { return; }
    pending = true;
    try {
      const r = await fetch("/dashboard/data.json?lang=" + lang, {cache: "no-store"});
      if (r.ok) { draw(await r.json()); }
    } finally { pending = false; }
  }

  document.getElementById("lang").addEventListener("click", () => { lang = lang === "zh" ? "en" : "zh"; refresh(); });
  const status = document.getElementById("status");
  let poll = null;
  if (window.EventSource) {
    const events = new EventSource("/dashboard/events");
    events.addEventListener("change", () => { text(status, WORDS[lang].live); refresh(); });
    events.onerror = () => { text(status, WORDS[lang].polling); if (!poll) { poll = setInterval(refresh, 5000); } };
    events.onopen = () => { if (poll) { clearInterval(poll); poll = null; } };
  } else {
    poll = setInterval(refresh, 5000);
  }
  refresh();
})();
