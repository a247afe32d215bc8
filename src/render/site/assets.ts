// The site's one stylesheet and one script. No fonts, images or scripts from any other host. The script
// only adds to pages that work without it: sorting and filtering tables, and the search page.

import type { Lang } from '../../model/types.js';
import { sw } from './words.js';

// not prose: the site's stylesheet
export const SITE_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1f24;--muted:#4a5361;--line:#c9d1d9;--panel:#f3f5f8;--accent:#0a58a8;--bad:#b3261e;--warn:#8a5100;--good:#17692f;
--h0:#f0f4f9;--h1:#c8dcf0;--h2:#7fb0db;--h3:#2f78bd;--h4:#0b3f7a;--bar:#2f6fb0;--bar2:#8c96a3;--land:#e4e8ee;--hatch:#8c96a3}
@media (prefers-color-scheme:dark){:root{--bg:#0f1419;--fg:#e6ebf0;--muted:#a9b4c0;--line:#3a4450;--panel:#1a2129;--accent:#7cb7ff;--bad:#ff8a80;--warn:#f0c060;--good:#6fd08c;
--h0:#1d2630;--h1:#1f3f63;--h2:#2e639a;--h3:#5a9ad6;--h4:#a9d0f5;--bar:#5a9ad6;--bar2:#6b7684;--land:#2a323c;--hatch:#8c96a3}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
a{color:var(--accent)}a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;z-index:9}
header.top{border-bottom:1px solid var(--line);background:var(--panel)}
header.top .in{max-width:72rem;margin:0 auto;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:baseline}
header.top .reg{font-weight:700;margin-right:auto}
nav.main ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem}
nav.main a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}h3{font-size:1.05rem}
.prov,.note,figcaption,.muted{color:var(--muted);font-size:.9rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:.75rem;margin:1rem 0;padding:0;list-style:none}
.cards li{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem;background:var(--panel)}
.cards .n{display:block;font-size:1.8rem;font-weight:700;line-height:1.1}
.cards a{text-decoration:none;color:inherit}.cards a:hover .l{text-decoration:underline}
.bad{color:var(--bad)}.warn{color:var(--warn)}.good{color:var(--good)}
.tablewrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--panel)}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;color:inherit;cursor:pointer;text-align:inherit}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
.filter{margin:.5rem 0}.filter input{font:inherit;padding:.3rem .5rem;border:1px solid var(--line);border-radius:.3rem;background:var(--bg);color:var(--fg);max-width:100%}
dl.fields{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.25rem 1rem}dl.fields dt{font-weight:600}dl.fields dd{margin:0;overflow-wrap:anywhere}
dl.fields dl.fields{grid-template-columns:minmax(6rem,10rem) 1fr}
.badge{display:inline-block;border:1px solid currentColor;border-radius:1rem;padding:0 .5rem;font-size:.85rem;white-space:nowrap}
figure{margin:1rem 0}figure svg{width:100%;height:auto;display:block}.chartwrap{overflow-x:auto;max-width:100%}
@media (max-width:60rem){.chartwrap svg.chart{width:auto;max-width:none}}
.chart text{fill:var(--fg);font:12px system-ui,sans-serif}.chart .axis line,.chart .grid{stroke:var(--line)}.chart .axis text,.chart .sub{fill:var(--muted)}
.chart .bar{fill:var(--bar)}.chart .bar.old{fill:var(--bar2)}.chart .bar.pending{fill:none;stroke:var(--bar);stroke-width:2}.chart .bar-unknown{stroke:var(--bar2)}
.chart .bar-label{fill:#fff;font-size:10px}.chart .bar-label.dark{fill:var(--fg)}
.chart .asof{stroke:var(--bad);stroke-width:2}.chart .horizon{stroke:var(--warn);stroke-width:2;stroke-dasharray:6 4}
.chart .h0{fill:var(--h0)}.chart .h1{fill:var(--h1)}.chart .h2{fill:var(--h2)}.chart .h3{fill:var(--h3)}.chart .h4{fill:var(--h4)}
.chart .cell{stroke:var(--bg);stroke-width:1}.chart .t-dark{fill:#0b1b2b}.chart .t-light{fill:#fff}
@media (prefers-color-scheme:dark){.chart .t-dark{fill:#e6ebf0}.chart .t-light{fill:#0b1b2b}}
.chart .land{fill:var(--land);stroke:var(--bg);stroke-width:.5}.chart .sphere{fill:none;stroke:var(--line)}
.chart .dot{fill:var(--bad);stroke:var(--bg)}.chart .month{fill:var(--panel);stroke:var(--line)}.chart .month.bad{fill:none;stroke:var(--bad);stroke-width:2}
.chart .region{stroke:var(--fg);stroke-width:1}
.member{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem;margin:.75rem 0;background:var(--panel)}.member h3{margin:.2rem 0 .5rem}
.chart .hatchline{stroke:var(--hatch);stroke-width:1.5}
.chart .act{fill:var(--fg);stroke:var(--bg);stroke-width:1.5}.chart .act.planned{fill:var(--bg);stroke:var(--fg)}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem;color:var(--muted);margin:.25rem 0;padding:0;list-style:none}
.legend .sw{display:inline-block;width:1rem;height:.8rem;vertical-align:middle;border:1px solid var(--line);margin-right:.3rem}
.sw.h1{background:var(--h1)}.sw.h3{background:var(--h3)}.sw.h0{background:var(--h0)}.sw.hq{background:repeating-linear-gradient(45deg,var(--hatch) 0 2px,transparent 2px 5px)}
.sw.act{border-radius:50%;width:.7rem;height:.7rem;background:var(--fg)}.sw.planned{background:var(--bg);border:2px solid var(--fg)}
.sw.bar{background:var(--bar)}.sw.old{background:var(--bar2)}.sw.pending{border:2px solid var(--bar)}
details.tv summary{cursor:pointer;color:var(--accent)}
.warning{border-left:4px solid var(--warn);padding:.25rem .75rem;background:var(--panel)}
.private{border-left:4px solid var(--bad);padding:.25rem .75rem;background:var(--panel)}
ul.plain{padding-left:1.2rem}
#search-q{font:inherit;font-size:1.1rem;padding:.4rem .6rem;width:100%;max-width:30rem;border:1px solid var(--line);border-radius:.3rem;background:var(--bg);color:var(--fg)}
footer{max-width:72rem;margin:2rem auto 0;padding:1rem;border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
@media (max-width:40rem){body{font-size:15px}dl.fields{grid-template-columns:1fr}dl.fields dt{margin-top:.4rem}main{padding:.75rem}h1{font-size:1.35rem}}
@media print{header.top nav,.skip,.filter,.lang,details.tv summary,footer .links{display:none}body{background:#fff;color:#000;font-size:11pt}
a{color:#000;text-decoration:none}main{max-width:none;padding:0}table{font-size:9.5pt}th,td{border-bottom:1px solid #999}
tr,figure{break-inside:avoid}details.tv>*{display:block}.tablewrap{overflow:visible}:root{--bg:#fff;--fg:#000;--muted:#333;--line:#999;--panel:#fff}}
`;

/** A JavaScript string literal of a text. */
const jsString = (s: string): string => `'${s.replace(/[\\'\n\r\u2028\u2029<]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;

/** The script's words in a language, from the site's catalogue, as a JavaScript object. */
const scriptWords = (lang: Lang): string =>
  `{filter:${jsString(sw(lang, 'filter'))},shown:${jsString(sw(lang, 'rowsOf'))},rows:${jsString(sw(lang, 'rowsShown'))},sortBy:${jsString(sw(lang, 'sortBy'))}}`;

// not prose: the site's script (its words come from the catalogue)
export const SITE_JS = `(function(){
'use strict';
var lang=document.documentElement.lang||'en';
var T={en:${scriptWords('en')},id:${scriptWords('id')}}[lang==='id'?'id':'en'];
function key(td){if(!td)return '';var s=td.getAttribute('data-sort');return s!==null?s:td.textContent.trim().toLowerCase();}
function cmp(a,b){var na=parseFloat(a),nb=parseFloat(b);if(!isNaN(na)&&!isNaN(nb)&&String(na)===a&&String(nb)===b)return na-nb;return a<b?-1:a>b?1:0;}
document.querySelectorAll('table.sortable').forEach(function(table,ti){
  var tbody=table.tBodies[0];if(!tbody)return;
  var rows=Array.prototype.slice.call(tbody.rows);
  var ths=table.tHead?table.tHead.rows[0].cells:[];
  Array.prototype.forEach.call(ths,function(th,ci){
    var b=document.createElement('button');b.type='button';
    while(th.firstChild)b.appendChild(th.firstChild);th.appendChild(b);
    b.setAttribute('title',T.sortBy+b.textContent);
    b.addEventListener('click',function(){
      var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
      Array.prototype.forEach.call(ths,function(o){o.removeAttribute('aria-sort');});th.setAttribute('aria-sort',dir);
      var sorted=rows.slice().sort(function(x,y){var c=cmp(key(x.cells[ci]),key(y.cells[ci]));return dir==='ascending'?c:-c;});
      var f=document.createDocumentFragment();sorted.forEach(function(r){f.appendChild(r);});tbody.appendChild(f);
    });
  });
  if(rows.length<8)return;
  var wrap=document.createElement('div');wrap.className='filter';
  var id='filter-'+ti;var label=document.createElement('label');label.htmlFor=id;label.textContent=T.filter+' ';
  var input=document.createElement('input');input.type='search';input.id=id;
  var out=document.createElement('span');out.className='muted';out.setAttribute('aria-live','polite');
  wrap.appendChild(label);wrap.appendChild(input);wrap.appendChild(document.createTextNode(' '));wrap.appendChild(out);
  var holder=table.parentNode&&table.parentNode.classList.contains('tablewrap')?table.parentNode:table;
  holder.parentNode.insertBefore(wrap,holder);
  var text=rows.map(function(r){return r.textContent.toLowerCase();});
  input.addEventListener('input',function(){
    var q=input.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);var n=0;
    rows.forEach(function(r,i){var ok=q.every(function(w){return text[i].indexOf(w)>=0;});r.hidden=!ok;if(ok)n++;});
    out.textContent=q.length?n+T.shown+rows.length+T.rows:'';
  });
});
var box=document.getElementById('search-q');
if(box&&window.KERJASAMA_INDEX){
  var idx=window.KERJASAMA_INDEX,list=document.getElementById('search-results'),count=document.getElementById('search-count');
  var hay=idx.map(function(e){return (e[0]+' '+e[1]+' '+e[2]+' '+e[3]).toLowerCase();});
  document.getElementById('search-form').hidden=false;
  var run=function(){
    var q=box.value.trim().toLowerCase().split(/\\s+/).filter(Boolean);list.textContent='';
    if(!q.length){count.textContent='';return;}
    var hits=[];for(var i=0;i<idx.length&&hits.length<200;i++){if(q.every(function(w){return hay[i].indexOf(w)>=0;}))hits.push(idx[i]);}
    hits.forEach(function(e){var li=document.createElement('li');var a=document.createElement('a');a.href=e[4];a.textContent=e[2];li.appendChild(a);
      var s=document.createElement('span');s.className='muted';s.textContent=' · '+e[0]+' · '+e[1]+(e[3]?' · '+e[3]:'');li.appendChild(s);list.appendChild(li);});
    count.textContent=String(hits.length)+(hits.length===200?'+':'');
  };
  box.addEventListener('input',run);
  var m=/[?&]q=([^&]*)/.exec(location.search);if(m){box.value=decodeURIComponent(m[1].replace(/\\+/g,' '));run();}
}
})();
`;
