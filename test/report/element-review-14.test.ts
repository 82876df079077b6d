/**
 * Review of session 14's apparatus principle (a document's own 文号, 印发, 联系人 and 附件 lines are no
 * evidence): the same shapes in the body of ordinary reports are evidence still. Each bound with a line
 * just inside (apparatus) and just outside (body), in this test's own words.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { judgeElements } from '../../src/checks/report-elements.js';

function evidence(lines: string[]): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n')), styled: [] });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string) => (evidence(lines)[element] ?? []).length > 0;
const title = '清河县林业局关于创文工作情况的说明';

describe('review 14: a 文号 line is the document\'s own only in its head, without a citing verb', () => {
  it('a bare 文号 under the title is its own; under 依据文件： it is a document cited', () => {
    expect(has([title, '清林发〔2026〕12号'], '部署文件')).toBe(false);
    expect(has([title, '主要依据文件：', '县文明办〔2026〕3号'], '部署文件')).toBe(true);
  });
  it('a bare 文号 line after the body has begun is a document cited', () => {
    expect(has([title, '今年我局对城区绿地开展了文明游园宣传。', '县文明办〔2026〕3号'], '部署文件')).toBe(true);
  });
  it('a line citing a 文号 with a verb is running text, in the head or the body', () => {
    expect(has([title, '贯彻县文明办〔2026〕3号'], '部署文件')).toBe(true);
    expect(has([title, '一、部署情况', '我局严格落实县文明办〔2026〕3号'], '部署文件')).toBe(true);
  });
});

describe('review 14: 印发 and contact lines', () => {
  it('an office and a date is the 印发 line; a title and a date is a document issued', () => {
    expect(has([title, '清河县林业局办公室　2026年11月20日印发'], '部署文件')).toBe(false);
    expect(has([title, '我局制定了《清河县林业局创文工作实施方案》2026年3月5日印发'], '部署文件')).toBe(true);
  });
  it('a contact line of names and numbers is apparatus; work told after 联系人： is the body', () => {
    expect(has([title, '联系人：业务股股长韩冬，电话0316-5211201。'], '主体责任')).toBe(false);
    expect(has([title, '（联系人：龚琪电话：0316-7039215）'], '数据实例')).toBe(false);
    expect(has([title, '联系人：各科室确定1名联系人，负责志愿服务活动的组织，全年开展活动36场。'], '数据实例')).toBe(true);
  });
});

describe('review 14: the 附件 list', () => {
  const body = '今年我局在城区绿地开展了文明游园宣传，张贴宣传海报120幅。';
  it('an attached plan is a document cited; a register is not; neither is a measure', () => {
    const plan = evidence([title, body, '附件：1.《清河县林业局创建文明城市工作实施方案》', '2.文明游园宣传登记表']);
    expect(plan['部署文件']).toEqual(['《清河县林业局创建文明城市工作实施方案》']);
    expect(has([title, body, '附件：1.文明游园宣传登记表', '2.活动照片'], '部署文件')).toBe(false);
    expect(evidence([title, body, '附件：1.文明游园宣传登记表（36份）'])['数据实例']).toEqual(['120幅']);
  });
});

const transport = '清河县交通运输局关于文明乘车工作的说明';

describe('review 14: who acts — the unit\'s own team, its commission, itself commissioned', () => {
  it('an outside team acting is not the unit; the unit\'s own 局督查组 and a 第三方 it commissions are', () => {
    expect(has([transport, '第三方机构对全县公交站台开展乘客满意度测评。'], '具体措施')).toBe(false);
    expect(has([transport, '委托第三方机构对全县公交站台开展乘客满意度测评。'], '具体措施')).toBe(true);
    expect(has([transport, '局督查组每月对城区公交站台开展明察暗访。'], '具体措施')).toBe(true);
  });
  it('受…委托: another body commissioned is not the unit; the unit named as its title names it is', () => {
    const title14 = '清河县志愿服务联合会关于文明交通志愿服务的说明';
    expect(has([title14, '清河师范学院受县文明办委托，组织学生对12个路口开展文明交通测评。'], '具体措施')).toBe(false);
    expect(has([title14, '县志愿服务联合会受县文明办委托，组织志愿者在12个路口开展文明交通劝导。'], '具体措施')).toBe(true);
  });
});

describe('review 14: a pledge or proposal announced ends where the report goes on', () => {
  const pledge = [transport, '一、主要做法', '我局向全县市民发出倡议：', '1.乘车主动排队，礼让老弱病残孕', '2.不在车厢内饮食'];
  it('the items are intentions; the next heading at the announcement\'s level and work told as done are not', () => {
    expect(has(pledge, '具体措施')).toBe(false);
    expect(has([...pledge, '二、取得成效', '市民文明乘车意识明显增强，乘客满意度由85%提高到96%。'], '取得成效')).toBe(true);
    expect(has([...pledge, '我局组织志愿者在12个站台开展文明劝导。'], '具体措施')).toBe(true);
  });
  it('announced before any heading: a heading above the items\' level ends the list', () => {
    const early = [transport, '为营造文明乘车氛围，向全县市民发出倡议：', '1.乘车主动排队，礼让老弱病残孕', '2.不在车厢内饮食'];
    expect(has(early, '具体措施')).toBe(false);
    expect(has([...early, '一、主要做法', '在12个站台设立文明劝导岗，开展文明乘车劝导。'], '具体措施')).toBe(true);
    expect(has([...early, '一、取得成效', '市民文明乘车意识明显增强，乘客满意度明显提高。'], '取得成效')).toBe(true);
  });
  it('after 承诺：, a promise is an intention; work told as done is not', () => {
    expect(has(['清河县商务局关于诚信经营工作的说明', '我公司郑重承诺：', '推行明码标价，杜绝短斤少两。'], '具体措施')).toBe(false);
    expect(has([transport, '我局向社会公开服务承诺：', '窗口推行延时服务，全年延时服务120次，群众满意度达到98%。'], '取得成效')).toBe(true);
  });
  it('申请: a request is an intention; an application made, with work done after it, is not', () => {
    expect(has([transport, '我局申请在城区增设公交站台10处。'], '具体措施')).toBe(false);
    expect(has([transport, '我局申请专项资金80万元，对城区32个公交站台进行了改造。'], '具体措施')).toBe(true);
  });
});

describe('review 14: the one in charge beside others\' duties', () => {
  it('a contractor\'s manager is not the unit\'s; the unit\'s own 网格化承包 is no contractor', () => {
    expect(has([transport, '保洁由承包公司负责，其项目经理为第一责任人。'], '主体责任')).toBe(false);
    expect(has([transport, '对城区道路实行网格化承包，局长为第一责任人。'], '主体责任')).toBe(true);
  });
  it('everyone together is no one; named leaders together, or a leader before 各负其责, are', () => {
    expect(has([transport, '全体干部职工共同负责。'], '主体责任')).toBe(false);
    expect(has([transport, '各科室各负其责。'], '主体责任')).toBe(false);
    expect(has([transport, '由局党组书记、局长共同负责创文工作。'], '主体责任')).toBe(true);
    expect(has([transport, '局长为第一责任人，各负其责。'], '主体责任')).toBe(true);
  });
});

describe('review 14: a 县委…委 leader who is the unit\'s own', () => {
  it('outside in a bureau\'s report; the unit\'s own when its title names the committee or the same person holds the unit\'s post', () => {
    expect(has([transport, '县政府成立创文领导小组，县委政法委书记任组长。'], '主体责任')).toBe(false);
    expect(has(['中共清河县委政法委员会关于平安建设工作的说明', '成立平安建设工作领导小组，县委政法委书记任组长。'], '主体责任')).toBe(true);
    expect(has(['清河县教育局关于校园文明创建工作的说明', '成立校园文明创建领导小组，县委教育工委书记、教育局局长任组长。'], '主体责任')).toBe(true);
  });
});

describe('review 14: an interview-style report answers under its element headings', () => {
  const empties = (lines: string[]) => {
    const seg = segment({ text: normalizeText(lines.join('\n')), styled: [] });
    return judgeElements({ ...seg, elements: elementEvidence(seg) }).filter((v) => v.emptyHeadings).map((v) => v.element);
  };
  const head = ['清河县自来水集团关于节水宣传工作的说明', '一、主要措施', '问：采取了哪些措施？', '答：在城区广场设点发放节水器具1200套，组织中小学生参观制水流程。'];
  it('the answer after 问：…？ fills the heading above it; a heading with only （略） stays empty', () => {
    expect(empties([...head, '二、成效', '问：取得了哪些成效？', '答：城区供水管网漏损率由14.2%下降到10.8%，集团被评为“节水型企业”。'])).toEqual([]);
    expect(empties([...head, '二、成效', '（略）', '三、问题处理', '问：群众投诉如何处理？', '答：投诉漏损率明显下降，群众满意度提高到98%。'])).toEqual(['取得成效']);
  });
});
