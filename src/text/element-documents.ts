/**
 * 部署文件: at least one specific deployment document cited — a title in 《》 naming a plan,
 * notice, opinion, key points, measures or programme (with or without 文号), or a 文号 alone.
 * Not: 按照上级要求 without a document, books or other titles in 《》, an attached register.
 */
import { NOT_ISSUED, beforeIntention, maskTitles, type ElementTest } from './element-shared.js';

/**
 * The last word of a deployment document's title (session 38: a 预案 — 《…防汛应急预案》 — is a plan like a 方案). Session 45 (train
 * 17834): a 清单 of tasks, problems, projects or duties deploys work; a list of services or of stores (《…便民服务事项清单》 /
 * 《…物资储备清单》) is a catalogue, no deployment.
 */
const DOC_TITLE =
  /(方案|预案|通知|通告|意见|要点|措施|举措|办法|细则|导则|规划|计划|(?:实施|建设|发展|规划|工作)纲要|决定|规定|安排|函|纪要|批复|(?:任务|问题|项目|责任|措施|整改|工作|重点|分工|实事|活动|目标|负面)清单|分工|分解表)$/;

/** 文号: issuing body + 〔year〕 + number + 号, in the bracket variants real documents use. */
const DOCNO = /[\u4e00-\u9fff]{1,12}\s*[〔［\[【(（﹝]\s*(?:19|20)?\d{2}\s*[〕］\]】)）﹞]\s*第?\s*\d{1,5}\s*号/;

export function documentTitles(text: string): string[] {
  // A hurried hand types <<…>> or 〈〈…〉〉 for 《…》.
  return [...text.matchAll(/《([^《》\n]{2,80})》|<<([^<>\n]{2,80})>>|〈〈([^〈〉\n]{2,80})〉〉/g)].map((m) => (m[1] ?? m[2] ?? m[3]).trim());
}

/** 《…实施方案（2025—2027年）》、《…办法（试行）》: the parenthesis after the kind word is dropped. */
const bareTitle = (title: string): string => title.replace(/\s*[（(][^（()）]{1,16}[）)]$/, '');
export const isDeploymentTitle = (title: string): boolean => {
  const bare = bareTitle(title);
  return DOC_TITLE.test(bare) && !lawLike(bare);
};

/**
 * A law or a national rule cited as the basis (《中华人民共和国道路交通安全法》、《…处理程序规定》、
 * 《…管理办法》 with no issuer of the county's): a rule in force, not a deployment document. A 规定 /
 * 办法 / 细则 / 决定 counts when it names a local issuer (县、镇、局、委 …) or is issued as 关于…的. Session 55 (set 50's 37305,
 * 37312, 37317, 37333, 37341): 城市 / 市场 / 市民 / 市容 / 市政 name no city issuing (《城市照明管理规定》 is a national rule).
 * Review 55a: nor does a title opening 城镇 / 城乡 (《城镇污水排入排水管网许可管理办法》); a 市场监管所 is a local issuer.
 */
// Session 57 (set 52's 38424, 38434, 38450): a 导则 as a 办法: a county's own (《清河县户外招牌设置管理导则》) deploys, a national one is a norm.
// Review 57b: a 小区 or 中小学校(园) in a norm's title names no issuer (《住宅小区海绵城市建设导则》 / 《中小学校园安全管理导则》).
const LAW_KIND = /(?:规定|(?<!实施|工作)办法|(?<!实施|工作)细则|导则|决定|规则)$/;
const LOCAL_ISSUER = /县|(?<!城|超|都)市(?!场|民|容|政)|(?:监管|监督管理|司法|财政)所|(?<!^城)镇|(?<!^城)乡|街道|(?<!小)区(?!域|别|分)|局|委(?!托)|办(?!理|事|证|学|案|公)|村|社区|中心|学院|(?<!中小)学校(?!园)|医院|站(?!点)|公司|集团|银行|支行|分行|协会|联合会|大队|中队|党委|党支部|团委|派出所/;
function lawLike(bare: string): boolean {
  if (/^中华人民共和国/.test(bare)) return true;
  const kind = LAW_KIND.exec(bare);
  return kind !== null && !/^关于/.test(bare) && !LOCAL_ISSUER.test(bare.slice(0, kind.index));
}

/**
 * The unit issuing a title itself (我局制定了《…管理办法》 / 印发《…》 / 出台《…》, or told as the unit's own issue:
 * 局里印发的《…》 / 我们制定的《…》, session 16): its own rule, so a deployment document.
 */
const ISSUED_HERE = /(?:(?:制定|制订|印发|出台|制发|下发|修订|完善|发布)了?|(?:我|本|[局所院站队行馆校司]里)[^，,。；《》]{0,6}(?:制定|制订|印发|出台|制发|下发|修订|发布)的)$/;
/**
 * A local issuer named right before the title (县政府办《…考核办法》 / 市文明办《…细则》, session 16): the 办法 is a county's
 * or a city's, issued to deploy, as if its title named the issuer.
 */
const ISSUER_BEFORE = /(?:县|(?<!城)市(?!场)|镇|乡|街道)[\u4e00-\u9fff]{0,8}?(?:局|委|办|中心|政府|党委)(?:办公室)?(?:印发的|制定的|下发的|的)?$/;

/**
 * Session 18 (what a deployment document is): a title handed out to the public, counted in copies (向居民发放《家庭应急物资
 * 储备清单》8000份 / 赠送《…手册》 / 张贴《…告知书》), is a leaflet, material of a measure, not a document deploying the
 * work; 印发 / 下发《…通知》 issue one (ISSUED_HERE).
 */
const HANDED_OUT_BEFORE = /(?:发放|派发|分发|赠送|赠阅|印制|张贴|送出|投放|散发|递送|发出)[^，,。；《》]{0,6}$/;
const CORE_DEPLOYMENT = /(?:方案|预案|通知|意见|要点|办法|细则|规划|计划|纲要|决定|安排|措施)$/;
const HANDED_OUT_AFTER = /^[^，,。；《]{0,4}?[\d一二两三四五六七八九十百千万.]+\s*(?:余|多)?\s*(?:份|册|本|张|套)/;

/** The clause (between ，。；) of `text` around [at, end). */
function clauseAround(text: string, at: number, end: number): string {
  const start = Math.max(...['，', ',', '。', '；', ';'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const next = text.slice(end).search(/[，,。；;]/);
  return text.slice(start, next < 0 ? text.length : end + next);
}

/**
 * Session 21 (the nineteenth set's ASCII slice): a title typed in ASCII quotes, single angle brackets or curly quotes instead of
 * 《》 ("清河县…实施方案" / <关于…的通知> / “县…工作要点”) reads as 《…》 when it is a whole document title: it opens like one
 * (关于…, an issuer, a year) and ends with a deployment kind, with no clause punctuation inside. A slogan in quotes
 * ("文明交通 你我同行") or a quoted name before a kind word (“厕所革命”实施方案) stays as written. Every segment between two ASCII
 * quote marks is tried, so 关于印发"…实施方案"的通知 finds its inner title. Same length: positions stay those of the text.
 */
const TITLE_OPENING = /^(?:关于|中共|中国|国网|全[县市省国]|(?:19|20)\d{2}年|[\u4e00-\u9fff]{0,5}(?:县|市(?!场|民|容|面)|省|镇|乡|街道|区(?!域|别|分|长))|[\u4e00-\u9fff]{1,12}?(?:局|委|办|政府|公司|集团|总行|分行|支行|中心)(?:办公室)?(?:关于|[\u4e00-\u9fff\d]{0,30}?(?:年|创建|开展|推进|深化)))/;
const QUOTED_TITLE_KIND = /(?:方案|预案|通知|意见|要点|办法|细则|计划|规划|纲要|安排|措施)$/;
function wholeTitle(t: string): boolean {
  const bare = bareTitle(t.trim());
  return bare.length >= 8 && !/[，,。；;：:！？!?\n]/.test(bare) && TITLE_OPENING.test(bare) && QUOTED_TITLE_KIND.test(bare) && isDeploymentTitle(bare);
}
export function quotedTitlesAsTitles(text: string): string {
  if (!/["<“]/.test(text)) return text;
  const out = text.split('');
  const put = (from: number, to: number) => {
    out[from] = '《';
    out[to] = '》';
  };
  // <…> (not << >>, read already) and “…”.
  for (const m of text.matchAll(/(?<![<《])<([^<>\n]{8,80})>(?!>)|“([^“”\n]{8,80})”/g)) {
    if (wholeTitle(m[1] ?? m[2])) put(m.index ?? 0, (m.index ?? 0) + m[0].length - 1);
  }
  const marks = [...text.matchAll(/"/g)].map((m) => m.index ?? 0);
  for (let i = 0; i + 1 < marks.length; i++) {
    const seg = text.slice(marks[i] + 1, marks[i + 1]);
    if (seg.length <= 80 && wholeTitle(seg)) put(marks[i], marks[i + 1]);
  }
  return out.join('');
}

export const documents: ElementTest = ({ text: typed }) => {
  const whole = quotedTitlesAsTitles(typed);
  // （请填写依据文件名称及文号）: a template's instruction cites nothing — masked before every element's test (element-mood.ts).
  // 下一步将研究制定《…办法》: a document still to be drafted is cited nowhere.
  const titled = maskTitles(whole).replace(/<<[^<>\n]{2,80}>>|〈〈[^〈〉\n]{2,80}〉〉/g, (t) => '○'.repeat(t.length));
  const cut = beforeIntention(titled).length;
  // 我局将按照《…行动计划》推进: the plan is future, the document it follows is in force now (session 16); 将制定《…办法》 is
  // a document still to be made, and stays cut off with the rest of the intention.
  // Session 20: the issuer may stand between the verb and the title (按照县里印发的《…行动计划》 / 依据县创文办《…》): the title is
  // still what the unit follows (a dictated 要说，就是按照… cut the sentence at 要 and lost it, train 11204).
  const basis = [...whole.slice(cut).matchAll(/(?:按照|依据|根据|对照|遵照|依照|参照|贯彻|落实)(?:好|了)?(?:[^，,。；;《》！？!?]{0,16}?(?:印发|下发|出台|制定|发布)的|[^，,。；;《》！？!?]{0,12}?(?:县|市|省|区)[\u4e00-\u9fff]{1,10}?(?:局|委|办|部|政府|中心))?(?=《)/g)]
    // …按照即将出台的《…要点》: an issuer phrase telling the document is still to come cites nothing.
    .filter((b) => !/将|拟|待|正在|准备|计划|未|要/.test(b[0].slice(2)))
    .map((b) => cut + (b.index ?? 0) + b[0].length);
  const text = whole.slice(0, basis.length > 0 ? whole.length : cut);
  for (const m of text.matchAll(/《([^《》\n]{2,80})》|<<([^<>\n]{2,80})>>|〈〈([^〈〉\n]{2,80})〉〉/g)) {
    const title = (m[1] ?? m[2] ?? m[3]).trim();
    const at = m.index ?? 0;
    if (at >= cut && !basis.includes(at)) continue;
    // 正在起草《…》 / 待上级《实施方案》下发后: not issued yet, so cited nowhere.
    if (NOT_ISSUED.test(clauseAround(titled, at, at + m[0].length))) continue;
    const before = text.slice(Math.max(0, at - 14), at);
    // 发放《…清单》8000份: a leaflet handed out (session 18).
    // review18: a plan, notice or opinion distributed or counted in copies (向各村发放《…工作方案》 / 向各成员单位发出《…通知》 /
    // 制定《…实施方案》等3份文件) is still the document deploying the work: only other titles handed out are leaflets.
    if (!CORE_DEPLOYMENT.test(bareTitle(title)) && (HANDED_OUT_BEFORE.test(before) || HANDED_OUT_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 12)))) continue;
    if (isDeploymentTitle(title) || (DOC_TITLE.test(bareTitle(title)) && (ISSUED_HERE.test(before) || (lawLike(bareTitle(title)) && !/^中华人民共和国/.test(bareTitle(title)) && ISSUER_BEFORE.test(before))))) return `《${title}》`;
  }
  const no = DOCNO.exec(text);
  return no && !NOT_ISSUED.test(clauseAround(titled, no.index, no.index + no[0].length)) ? no[0] : null;
};
