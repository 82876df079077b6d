/**
 * Session 21 (misfires21): report.element-empty must be right when it fires — 标题“五、取得成效”下没有写取得成效 is a claim
 * to a clerk. What a heading's section is and when it is empty: a pointer into this report, a catalogue's categories, the
 * 附件 list, the sign-off, a numbered heading whose items are styled headings, corrections after the causes of one's own
 * shortcomings. In this test's own words; each principle with the case it covers and its boundary (still empty).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text/analyze.js';
import { judgeElements } from '../../src/checks/report-elements.js';

function emptyOf(lines: string[], headings: string[], element: string) {
  return judgeElements(analyzeText({ pages: [lines.join('\n')], headings })).find((e) => e.element === element)?.emptyHeadings?.map((h) => h.heading);
}
const title = '清河县文化馆关于群众文化活动开展情况的报告';
const charge = ['一、组织领导', '馆长李华为第一责任人，副馆长王明具体负责，活动部牵头日常调度。'];
const measures = ['二、主要做法', '今年在城区广场举办“周末大舞台”演出36场，组织送戏下乡18场。'];
const outcome = ['三、取得成效', '群众参与热情明显提高，县文化馆被市文旅局评为“群众文化先进单位”。'];
const signOff = ['清河县文化馆', '2026年11月20日'];

describe('session 21: a pointer into this report is no empty heading when the part it names holds the element', () => {
  it('四、工作成效 / （见第三部分）: the third part holds the outcome', () => {
    const lines = [title, ...charge, ...measures, ...outcome, '四、工作成效', '（见第三部分）', ...signOff];
    expect(emptyOf(lines, [], '取得成效')).toBeUndefined();
  });
  it('见上。 / 见前述: an earlier part holds it', () => {
    expect(emptyOf([title, ...charge, ...measures, ...outcome, '四、工作成效', '见上。', ...signOff], [], '取得成效')).toBeUndefined();
    expect(emptyOf([title, ...charge, ...measures, ...outcome, '四、工作成效', '（见前述）', ...signOff], [], '取得成效')).toBeUndefined();
  });
  it('a styled 三、… is the part pointed to as well', () => {
    const lines = [title, ...charge, ...measures, ...outcome, '四、工作成效', '见第三部分。', ...signOff];
    expect(emptyOf(lines, ['一、组织领导', '二、主要做法', '三、取得成效', '四、工作成效'], '取得成效')).toBeUndefined();
  });
  it('boundary: the part pointed to does not hold it — still empty', () => {
    const lines = [title, ...charge, ...measures, ...outcome, '四、工作成效', '（见第二部分）', ...signOff];
    expect(emptyOf(lines, [], '取得成效')).toEqual(['四、工作成效']);
  });
  it('boundary: a pointer outside the report (详见附件 / 另附) or （略） is still empty', () => {
    expect(emptyOf([title, ...charge, ...measures, ...outcome, '四、工作成效', '详见附件。', ...signOff], [], '取得成效')).toEqual(['四、工作成效']);
    expect(emptyOf([title, ...charge, ...measures, ...outcome, '四、工作成效', '（略）', ...signOff], [], '取得成效')).toEqual(['四、工作成效']);
  });
});

describe('session 21: a catalogue of material names categories of files', () => {
  const items = ['1.《关于成立文化馆创建工作领导小组的通知》（清文馆发〔2026〕2号）', '2. 领导小组会议纪要（3月、9月）', '二、活动开展类', '3. 6月“周末大舞台”演出照片及签到表'];
  it('一、组织领导类 / 1.《…》 under a …台账目录 title: no empty 主体责任', () => {
    expect(emptyOf(['清河县文化馆群众文化活动台账目录', '一、组织领导类', ...items], [], '主体责任')).toBeUndefined();
  });
  it('a heading naming a category of files (…类) in any document', () => {
    expect(emptyOf([title, '一、组织领导类', ...items, ...outcome], [], '主体责任')).toBeUndefined();
  });
  it('boundary: the same heading without 类 in a report is still the element’s section', () => {
    expect(emptyOf([title, '一、组织领导', '坚持高位推动，压紧压实责任。', ...measures, ...outcome], [], '主体责任')).toEqual(['一、组织领导']);
  });
});

describe('session 21: the 附件 list and the sign-off are no sections', () => {
  it('an item of the attachment list naming data (2.…监测数据) is a file named', () => {
    const lines = [title, ...charge, ...measures, ...outcome, '附件：1.群众文化活动统计表', '2.2026年群众文化活动数据', ...signOff];
    expect(emptyOf(lines, [], '数据实例')).toBeUndefined();
  });
  it('a unit whose name holds an element’s word (清河县数据局) signing off over a date', () => {
    const lines = ['清河县数据局关于政务数据共享工作的报告', '一、组织领导', '局长李华为第一责任人。', '二、主要做法', '今年归集各部门政务数据42万条，开通共享接口18个。', '清河县数据局', '2026年8月25日'];
    expect(emptyOf(lines, [], '数据实例')).toBeUndefined();
  });
  it('boundary: a data heading over a pointer to the attachment is still empty', () => {
    const lines = ['清河县数据局关于政务数据共享工作的报告', '一、组织领导', '局长李华为第一责任人。', '二、主要做法', '今年归集各部门政务数据42万条，开通共享接口18个。', '三、数据', '详见附件。', '清河县数据局', '2026年8月25日'];
    expect(emptyOf(lines, [], '数据实例')).toEqual(['三、数据']);
  });
});

describe('session 21: a numbered heading with nothing of its own, its items styled as headings', () => {
  const styled = ['三、主要做法', '把演出送进小区', '今年在城区12个小区举办“家门口的舞台”演出24场，居民自编节目登台。', '办好线上课堂', '把舞蹈、声乐课程录成短视频在群里推送。', '四、取得成效', '群众参与热情明显提高。'];
  it('三、主要做法 / 把演出送进小区 (Heading 1) / … / 四、取得成效: the styled headings are its items', () => {
    expect(emptyOf([title, ...charge, ...styled], ['把演出送进小区', '办好线上课堂'], '具体措施')).toBeUndefined();
  });
  it('boundary: no numbered heading closes the run (the items run to the end) — the heading stays empty', () => {
    const open = ['三、主要做法', '把演出送进小区', '今年在城区12个小区举办“家门口的舞台”演出24场，居民自编节目登台。'];
    expect(emptyOf([title, ...charge, ...outcome.map((t) => t.replace('三', '二')), ...open], ['把演出送进小区'], '具体措施')).toEqual(['三、主要做法']);
  });
});

describe('session 21: corrections after one’s own shortcomings and their causes are aims', () => {
  const self = ['县文化馆馆长个人对照检查材料', '一、基本情况', '今年馆里在城区广场举办“周末大舞台”演出36场。', '二、存在问题', '一是活动形式比较单一。', '三、原因剖析', '主要是创新意识不强，满足于老办法。'];
  it('四、整改措施 after 存在问题 and 原因剖析: what will be done, no empty 具体措施', () => {
    expect(emptyOf([...self, '四、整改措施', '我将带头推动群众文化活动进小区；', '力争明年演出场次达到50场。', '刘海峰'], [], '具体措施')).toBeUndefined();
  });
  it('boundary: the causes of problems others found (检查发现问题 / 原因分析 / 整改措施) — the rectification itself is reported', () => {
    const found = ['县文化馆关于测评反馈问题整改情况的报告', '一、检查发现问题', '广场演出区域垃圾桶不足。', '二、原因分析', '日常巡查不到位。', '三、整改措施', '坚持问题导向，压紧压实责任。'];
    expect(emptyOf(found, [], '具体措施')).toEqual(['三、整改措施']);
  });
});

describe('session 21 (after the generalisation check): an instrument’s own parts are no empty headings', () => {
  const plan = ['清河县文化馆2026年元宵灯会安全保障预案', '一、组织机构及职责', '馆长李华任总指挥，副馆长王明任副总指挥。', '二、处置措施', '若发生拥挤踩踏苗头，现场人员应立即疏导；', '发生火情，应立即切断电源、组织疏散并拨打119。', '三、执行情况', '灯会期间我馆按预案部署文明引导志愿者320人次，开展安全巡查46次。', '清河县文化馆'];
  it('二、处置措施 in a …预案 holds what the plan assigns: no empty 具体措施', () => {
    expect(emptyOf(plan, [], '具体措施')).toBeUndefined();
  });
  it('boundary: an instrument’s measures heading over （略） is still empty', () => {
    const bare = plan.map((t) => (t.startsWith('若发生') ? '（略）' : t)).filter((t) => !t.startsWith('发生火情'));
    expect(emptyOf(bare, [], '具体措施')).toEqual(['二、处置措施']);
  });
  it('boundary: the same part in a report on the plan (…落实情况的报告) is the report’s section', () => {
    const report = ['清河县文化馆关于元宵灯会安全保障预案落实情况的报告', ...plan.slice(1)];
    expect(emptyOf(report, [], '具体措施')).toEqual(['二、处置措施']);
  });
});
