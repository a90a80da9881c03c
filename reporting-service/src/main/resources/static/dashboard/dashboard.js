// 舆情办考核看板: reads reporting-service's own API; no build step, no libraries.
(function () {
  'use strict';

  const percent = v => v === null || v === undefined ? '—' : (v * 100).toFixed(1) + '%';
  const plain = v => v === null || v === undefined ? '—' : String(v);

  function cell(row, unit, field, value, format) {
    const td = document.createElement('td');
    td.dataset.unit = unit;
    td.dataset.field = field;
    td.dataset.value = value === null || value === undefined ? '' : String(value);
    td.textContent = format(value);
    row.appendChild(td);
  }

  async function json(url) {
    const response = await fetch(url);
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.detail || response.statusText);
    }
    return body;
  }

  function lastMonthOf(period) {
    if (/^\d{4}-\d{2}$/.test(period)) return period;
    const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
    if (quarter) return quarter[1] + '-' + String(quarter[2] * 3).padStart(2, '0');
    return period.substring(0, 4) + '-12';
  }

  function renderRanking(assessment) {
    const body = document.querySelector('#ranking tbody');
    body.innerHTML = '';
    for (const u of assessment.units) {
      const row = document.createElement('tr');
      row.dataset.unit = u.unitId;
      cell(row, u.unitId, 'rank', u.rank, plain);
      cell(row, u.unitId, 'unitName', u.unitName || u.unitId, plain);
      cell(row, u.unitId, 'received', u.received, plain);
      cell(row, u.unitId, 'answered', u.answered, plain);
      cell(row, u.unitId, 'answerRate', u.answerRate, percent);
      cell(row, u.unitId, 'onTimeAnswerRate', u.onTimeAnswerRate, percent);
      cell(row, u.unitId, 'satisfactionRate', u.satisfactionRate, percent);
      cell(row, u.unitId, 'implementationRate', u.implementationRate, percent);
      cell(row, u.unitId, 'score', u.score, v => v === null ? '—' : v.toFixed(2));
      body.appendChild(row);
    }
    document.getElementById('ranking-period').textContent = assessment.period;
    document.getElementById('as-of').textContent = '数据截至 ' + assessment.asOf;
  }

  function renderTrend(year, months) {
    const body = document.querySelector('#trend tbody');
    body.innerHTML = '';
    const most = Math.max(1, ...months.map(m => m.received));
    for (const m of months) {
      const row = document.createElement('tr');
      cell(row, m.month, 'month', m.month, plain);
      cell(row, m.month, 'received', m.received, plain);
      const bar = document.createElement('td');
      bar.innerHTML = '<span class="bar" style="width:' + Math.round(120 * m.received / most) + 'px"></span>';
      row.appendChild(bar);
      cell(row, m.month, 'answered', m.answered, plain);
      cell(row, m.month, 'answerRate', m.answerRate, percent);
      cell(row, m.month, 'satisfactionRate', m.satisfactionRate, percent);
      body.appendChild(row);
    }
    document.getElementById('trend-year').textContent = year + ' 年';
  }

  function renderBacklog(units) {
    const body = document.querySelector('#backlog tbody');
    body.innerHTML = '';
    let open = 0;
    let overdue = 0;
    for (const u of units) {
      const row = document.createElement('tr');
      cell(row, u.unitId, 'unitName', u.unitName || u.unitId, plain);
      cell(row, u.unitId, 'open', u.open, plain);
      cell(row, u.unitId, 'overdue', u.overdue, plain);
      body.appendChild(row);
      open += u.open;
      overdue += u.overdue;
    }
    document.getElementById('backlog-open-total').textContent = open;
    document.getElementById('backlog-overdue-total').textContent = overdue;
  }

  function renderTopics(summary) {
    const list = document.getElementById('topics');
    list.innerHTML = '';
    for (const t of summary.busiestTopics) {
      const item = document.createElement('li');
      item.dataset.word = t.word;
      item.dataset.cases = t.cases;
      item.textContent = t.word + '（' + t.cases + ' 件）';
      list.appendChild(item);
    }
    document.getElementById('topics-month').textContent = summary.month;
  }

  async function load(period) {
    document.body.dataset.ready = 'false';
    const error = document.getElementById('error');
    error.hidden = true;
    const year = period.substring(0, 4);
    const month = lastMonthOf(period);
    const q = encodeURIComponent(period);
    document.getElementById('export-xlsx').href = '/api/assessment/export?format=xlsx&period=' + q;
    document.getElementById('export-csv').href = '/api/assessment/export?format=csv&period=' + q;
    try {
      const [assessment, trend, units, summary] = await Promise.all([
        json('/api/assessment?period=' + q), json('/api/reports/trend?year=' + year), json('/api/units'),
        json('/api/reports/monthly?month=' + month)]);
      renderRanking(assessment);
      renderTrend(year, trend);
      renderBacklog(units);
      renderTopics(summary);
    } catch (e) {
      error.textContent = '加载失败：' + e.message;
      error.hidden = false;
    }
    document.body.dataset.ready = 'true';
  }

  const params = new URLSearchParams(window.location.search);
  const initial = params.get('period') || String(new Date().getFullYear());
  document.getElementById('period').value = initial;
  document.getElementById('period-form').addEventListener('submit', event => {
    event.preventDefault();
    const period = document.getElementById('period').value.trim();
    history.replaceState(null, '', '?period=' + encodeURIComponent(period));
    load(period);
  });
  load(initial);
})();
