const fs=require("fs");const {SourceMapConsumer}=require("source-map-js");
const prof=JSON.parse(fs.readFileSync(process.argv[2]));const target=process.argv[3];
const nodes=new Map(prof.nodes.map(n=>[n.id,n]));
let t=0;const cum=prof.timeDeltas.map(d=>t+=d);const end=t;const dt=new Map();
prof.samples.forEach((s,i)=>{if(cum[i]<end-13e6)return;dt.set(s,(dt.get(s)||0)+prof.timeDeltas[i])});
// inclusive: attribute each sample to every distinct frame in target file on its stack
const parent=new Map();for(const n of prof.nodes)for(const c of n.children||[])parent.set(c,n.id);
const map=JSON.parse(fs.readFileSync(target.replace(/^file:\/\//,"")+".map"));
const sections=map.sections||[{offset:{line:0,column:0},map}];
const consumers=sections.map(s=>({off:s.offset,c:new SourceMapConsumer(s.map)}));
function orig(line,col){let best=null;for(const s of consumers){if(s.off.line<line||(s.off.line===line&&s.off.column<=col))best=s}if(!best)return "?";const p=best.c.originalPositionFor({line:line-best.off.line+1,column:best.off.line===line?col-best.off.column:col});return `${(p.source||"?").replace(/.*node_modules\//,"")}:${p.line} ${p.name||""}`}
const selfBy=new Map(),inclBy=new Map();
for(const [id,d] of dt){let x=id;const seen=new Set();let first=true;while(x!==undefined){const cf=nodes.get(x).callFrame;if(cf.url.endsWith(target.replace(/^.*\.next/,".next"))||cf.url.includes(target.split("/").pop())){const k=orig(cf.lineNumber,cf.columnNumber)+" ["+cf.functionName+"]";if(first)selfBy.set(k,(selfBy.get(k)||0)+d);if(!seen.has(k)){seen.add(k);inclBy.set(k,(inclBy.get(k)||0)+d)}first=false}x=parent.get(x)}}
console.log("INCLUSIVE");[...inclBy].sort((a,b)=>b[1]-a[1]).slice(0,25).forEach(([k,v])=>console.log((v/1000).toFixed(1).padStart(8),k));
