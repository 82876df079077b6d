/** The HTML report's own stylesheet and filter script (constants: no material ever goes in here). */

export const CSS = `
:root{--pass:#176317;--fail:#b00020;--nc:#7a3e9d;--rev:#006d77;--warn:#8a5a00;--info:#245;--line:#d7d7d7}
*{box-sizing:border-box}
body{font-family:system-ui,"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#fafafa;line-height:1.45}
header,main{max-width:1200px;margin:0 auto;padding:0 1.2rem;overflow-wrap:anywhere}
header{padding-top:1rem}
h1{font-size:1.5rem;margin:.4rem 0}h2{font-size:1.25rem;margin:1.6rem 0 .4rem;border-bottom:2px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
.meta{color:#555;margin:.2rem 0 .6rem}
.filters{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:.5rem 1.2rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.filters select{font:inherit;padding:.1rem .3rem;max-width:min(24rem,80vw)}
#f-count{color:#555}
table{border-collapse:collapse;margin:.4rem 0 1rem;background:#fff}
th,td{border:1px solid var(--line);padding:.25rem .55rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.num,th.num{text-align:right}
.badge{display:inline-block;padding:0 .45rem;border-radius:.6rem;font-size:.85rem;color:#fff;white-space:nowrap}
.badge.pass{background:var(--pass)}.badge.fail{background:var(--fail)}.badge.not-checked{background:var(--nc)}.badge.reviewed{background:var(--rev)}
.sev{font-weight:600;white-space:nowrap}.sev.error{color:var(--fail)}.sev.warning{color:var(--warn)}.sev.info{color:var(--info)}.sev.reviewed{color:var(--rev)}
.bar{display:inline-block;width:5rem;height:.6rem;background:#e6e6e6;margin-right:.35rem;vertical-align:middle}
.bar>span{display:block;height:100%;background:var(--pass)}
.file{display:flex;gap:.8rem;background:#fff;border:1px solid var(--line);border-left:5px solid var(--pass);padding:.5rem .6rem;margin:.4rem 0}
.file.fail{border-left-color:var(--fail)}.file.not-checked{border-left-color:var(--nc);background:#f7f1fa}.file.reviewed{border-left-color:var(--rev)}
.thumb{flex:0 0 auto;width:128px;height:96px;display:flex;align-items:center;justify-content:center;background:#eee;overflow:hidden}
.thumb img{max-width:128px;max-height:96px}
.thumb.none{font-size:.8rem;color:#777;text-align:center}
.body{flex:1 1 auto;min-width:0}
.path{font-weight:600;word-break:break-all}
ul.findings{margin:.3rem 0 0;padding-left:1.1rem}
ul.findings li{margin:.15rem 0}
.loc{color:#666;font-size:.9rem}
details.rule{display:inline}
details.rule summary{display:inline;cursor:pointer;font-family:ui-monospace,monospace;color:#555;font-size:.85rem;list-style:none}
details.rule summary::-webkit-details-marker{display:none}
details.rule summary::after{content:" ▸"}details.rule[open] summary::after{content:" ▾"}
details.rule .explain{display:block;background:#f4f7fb;border:1px solid #dde5ef;padding:.35rem .6rem;margin:.25rem 0}
.review{color:var(--rev);font-size:.9rem}
.dups{background:#fff8e6;border:1px solid #f0d48a;padding:.5rem .6rem;margin:.5rem 0}
.pair{display:flex;flex-wrap:wrap;gap:.8rem;align-items:flex-start;margin-top:.4rem}
.pair figure{margin:0;width:210px}
.pair img{max-width:200px;max-height:200px;display:block;border:1px solid var(--line)}
.pair figcaption{font-size:.8rem;word-break:break-all}
.similar{font-size:1.1rem;font-weight:700;color:var(--warn);align-self:center}
.elements{font-size:.9rem;margin-top:.4rem}
.elements td.missing{color:var(--fail)}.elements td.unsure{color:var(--nc)}.elements td:nth-child(-n+2),.elements th{white-space:nowrap}
.note{background:#fff3cd;border:1px solid #e0c36a;padding:.4rem .7rem}
table.summary th[data-sort]{cursor:pointer;user-select:none}
table.summary tr.other-folders td{font-style:italic;color:#666;padding-top:.8em}table.summary tr.other-folder td{color:#555}
table.summary th[aria-sort=ascending]::after{content:" ▲"}table.summary th[aria-sort=descending]::after{content:" ▼"}
table.summary thead th{position:sticky;top:2.6rem;z-index:1}
[hidden]{display:none!important}
/* A phone (375 px): the nine columns of the summary keep their words whole and scroll sideways inside
   their box, the unit's name staying in view; the page itself never gets wider than the screen. The
   name wraps within 40% of the screen: a long one (县城市管理综合行政执法局市容环境卫生管理所…) kept
   on one line would be wider than the box and hide every other column under it. */
@media screen and (max-width:760px){
header,main{padding:0 .6rem}.filters{padding:.5rem .6rem}
.table-scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.4rem 0 1rem}
.table-scroll table{margin:0}
table.summary th,table.summary td{white-space:nowrap;overflow-wrap:normal}
table.summary thead th{position:static;top:auto}
table.summary tr>:first-child{position:sticky;left:0;top:auto;z-index:1;background:#fff;box-shadow:1px 0 0 var(--line);white-space:normal;word-break:keep-all;overflow-wrap:break-word;max-width:40vw}table.summary thead tr>:first-child,table.summary tfoot tr>:first-child{background:#f0f0f0}
.file{flex-wrap:wrap}.elements{display:block;overflow-x:auto}
}
@media print{.filters{display:none}.file{break-inside:avoid}
.badge,.bar,.bar>span,.sev,.file,.dups,.note,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
table.summary thead{display:table-header-group}table.summary tr{break-inside:avoid}}
`;

/** Filters by unit, severity and rule; a file stays visible while one of its findings is. */
export const SCRIPT = `
(function(){
  var $ = function(s){ return document.querySelector(s); };
  var all = function(s){ return Array.prototype.slice.call(document.querySelectorAll(s)); };
  function apply(){
    var u = $('#f-unit').value, s = $('#f-sev').value, r = $('#f-rule').value, p = $('#f-problems').checked;
    all('section.unit').forEach(function(e){ e.hidden = !!u && e.getAttribute('data-unit') !== u; });
    // 已人工确认 is a severity of its own: a duplicate group open in the unit with reviewed copies
    // (data-reviewed) shows under it too, and under error/warning/info only as the open finding it is.
    var reviewedIn = function(e){ return Number(e.getAttribute('data-reviewed') || 0); };
    all('.finding').forEach(function(e){
      var sev = !s || e.getAttribute('data-sev') === s || (s === 'reviewed' && reviewedIn(e) > 0);
      e.hidden = !sev || (!!r && e.getAttribute('data-rule') !== r);
    });
    all('.file').forEach(function(e){
      var mine = all('#' + e.id + ' .finding');
      var any = mine.some(function(x){ return !x.hidden; });
      e.hidden = ((s || r) && !any) || (p && e.getAttribute('data-status') === 'pass' && !any);
    });
    all('section.unit').forEach(function(e){ if (!e.hidden && u === '' && (s || r)) { e.hidden = !e.querySelector('.finding:not([hidden])'); } });
    // Open findings shown (as the summary counts them), and apart from them the reviewed ones.
    var shown = all('.finding').filter(function(e){ return !e.closest('[hidden]'); });
    var open = s === 'reviewed' ? 0 : shown.filter(function(e){ return e.getAttribute('data-sev') !== 'reviewed'; }).length;
    var reviewed = s && s !== 'reviewed' ? 0 : shown.reduce(function(n, e){ return n + reviewedIn(e); }, 0);
    var c = $('#f-count');
    c.textContent = c.getAttribute('data-label') + open + (reviewed ? c.getAttribute('data-reviewed-label').replace('{n}', reviewed) : '');
  }
  ['#f-unit', '#f-sev', '#f-rule', '#f-problems'].forEach(function(id){ $(id).addEventListener('change', apply); });
  apply();
  // The summary sorts by a column on a click (again: reversed); 合计 sits in tfoot and never moves.
  var body = $('#summary tbody');
  all('#summary thead th').forEach(function(th, col){
    th.addEventListener('click', function(){
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      all('#summary thead th').forEach(function(x){ x.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var num = th.getAttribute('data-sort') === 'num';
      var key = function(tr){
        var td = tr.children[col];
        var v = td.hasAttribute('data-v') ? td.getAttribute('data-v') : td.textContent;
        return num ? Number(v) : v;
      };
      var rows = Array.prototype.slice.call(body.children);
      rows.sort(function(a, b){
        var x = key(a), y = key(b);
        var c = num ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        if (!asc) c = -c;
        return c || Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
      });
      rows.forEach(function(r){ body.appendChild(r); });
    });
  });
})();
`;
