/**
 * Session 16, 具体措施 (issue 11, "What counts as an element"): a measure is an action the unit TOOK. These
 * principles are about mood (a plan, a request, a deliberation, a meeting's decision vs a deed) and voice (who
 * acts), each with a near miss on the other side, written in this test's own words (not taken from
 * fixtures/elements/).
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';

/** Per element, the rule evidence's words (the learned second opinion not applied). */
function evidence(lines: string[], styled: string[] = []): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n'), { styled }), styled });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string, styled: string[] = []) => (evidence(lines, styled)[element] ?? []).length > 0;
const MEASURE = '具体措施';

describe('session 16: mood — 将 before a verb of doing is the future, 将 before a noun is 把', () => {
  it('将 + a verb (将邀请 / 将评选表彰 / 将推动 / 将在…) plans the work, through the clauses after it', () => {
    expect(has(['（二）将邀请视障人士担任体验员，对影剧院的无障碍通道进行体验评价。'], MEASURE)).toBe(false);
    expect(has(['（三）将评选表彰优秀护林员和护林示范村。'], MEASURE)).toBe(false);
    expect(has(['下半年将在城西片区增设三处快递驿站。'], MEASURE)).toBe(false);
  });
  it('将 + a noun is 把: the deed stands (将杂物清运 / 将检查结果公示)', () => {
    expect(has(['社区组织志愿者将楼道里的杂物清运到中转站。'], MEASURE)).toBe(true);
    expect(has(['站里将巡查发现的问题在公示栏公示，并对12处破损护栏进行了更换。'], MEASURE)).toBe(true);
  });
  it('a deed before the future, in its own clause, still counts', () => {
    expect(has(['我们在城关菜市场增设了两处公厕，还将邀请商户代表担任监督员。'], MEASURE)).toBe(true);
  });
});

describe('session 16: mood — a request to another body asks for work, an invitation made is work done', () => {
  it('请 + a body + what it is to do (请县融媒体中心开设专栏 / 请镇里协调…开展培训) is no measure', () => {
    expect(has(['请县图书馆开设“亲子共读”专栏；'], MEASURE)).toBe(false);
    expect(has(['请乡里协调县人社局对农家乐经营户开展业务培训。'], MEASURE)).toBe(false);
  });
  it('请 + a person from a body giving a talk or a service (请派出所民警到各村讲… / 请…的老师来讲了两次) is work done', () => {
    expect(has(['请派出所民警到各村讲电信诈骗的真实案例。'], MEASURE)).toBe(true);
    expect(has(['请县司法局的老师来讲了两次调解技巧。'], MEASURE)).toBe(true);
  });
});

describe('session 16: mood — what a verb of deliberating takes as a verb phrase is considered, not done', () => {
  it('研究在…增设… / 商议在…划设… is a matter discussed', () => {
    expect(has(['二是研究在无物业小区增设分类垃圾桶，由社会事务办测算经费；'], MEASURE)).toBe(false);
    expect(has(['与商户代表商议在市场东侧划设电动车停放区。'], MEASURE)).toBe(false);
  });
  it('a deed told after the deliberation, in its own clause, still counts', () => {
    expect(has(['党组专题研究了垃圾分类工作，随后在12个小区增设了分类垃圾桶。'], MEASURE)).toBe(true);
  });
});

describe('session 16: a meeting’s decisions and demands are what is to be done', () => {
  const head = ['城南街道垃圾分类工作专题会议纪要', '时间：2026年8月3日上午'];
  it('items under 会议议定。 / 会议议定事项 / 会议强调 are decisions, run-in or styled, numbered or not', () => {
    expect(has([...head, '会议议定。一是组建垃圾分类督导队；二是在各小区增设分类垃圾桶。'], MEASURE)).toBe(false);
    expect(has([...head, '会议议定事项', '（一）组建垃圾分类督导队；', '（二）在各小区增设分类垃圾桶。'], MEASURE, ['会议议定事项'])).toBe(false);
    expect(has([...head, '会议强调。各社区要在小区出入口张贴分类指南。'], MEASURE)).toBe(false);
  });
  it('what the meeting heard reported tells work done; a lead of another kind ends the decisions', () => {
    expect(has([...head, '汇报情况。城管办汇报，街道在12个小区增设了分类垃圾桶。'], MEASURE)).toBe(true);
    expect(has([...head, '会议议定。一是组建垃圾分类督导队。', '工作回顾。街道在12个小区增设了分类垃圾桶。'], MEASURE)).toBe(true);
  });
});

describe('session 16: voice — an office whose business is inspecting others acts on the unit', () => {
  it('县委督查室 / 县考核办 opening a clause, its visit or feedback, is no measure of the unit', () => {
    expect(has(['清河县住建局关于督查问题整改情况的报告', '县委督查室会同县文明办对城区在建工地开展了暗访，反馈问题6个。'], MEASURE)).toBe(false);
    expect(has(['清河县住建局关于督查问题整改情况的报告', '5月，县考核办对我局窗口服务进行了抽查。'], MEASURE)).toBe(false);
  });
  it('the unit working with the office acts; the office’s own report is its own work', () => {
    expect(has(['清河县住建局关于督查问题整改情况的报告', '我局配合县委督查室对城区在建工地开展了暗访。'], MEASURE)).toBe(true);
    expect(has(['中共清河县委督查室2026年上半年工作总结', '县委督查室会同县文明办对城区在建工地开展了暗访。'], MEASURE)).toBe(true);
  });
});

describe('session 16: what is, not what was done — a problem keyed, a place shown, a place located, stock', () => {
  it('a line keyed 问题N： states what is wrong; what was done about it after 整改措施： counts', () => {
    expect(has(['问题二：部分工地出入口未设置车辆冲洗设施，带泥上路。'], MEASURE)).toBe(false);
    expect(has(['问题二：部分工地出入口缺少冲洗设施。整改措施：在8个工地出入口安装了车辆冲洗设施。'], MEASURE)).toBe(true);
    expect(has(['问题二：部分工地出入口缺少冲洗设施；整改措施：在8个工地出入口安装了车辆冲洗设施。'], MEASURE)).toBe(true);
  });
  it('a caption showing a place (…一角 / …全景) depicts where; a caption showing work depicts work', () => {
    expect(has(['创文快讯（第3期）', '图3：城关镇便民服务中心办证区一角'], MEASURE)).toBe(false);
    expect(has(['创文快讯（第3期）', '图4：社区改造后的健身广场全景'], MEASURE)).toBe(true);
    expect(has(['创文快讯（第3期）', '图2：志愿者在人民广场为老人开展义诊'], MEASURE)).toBe(true);
  });
  it('设在 / 设于 tells where a thing is; 设立 / 设置 sets it up', () => {
    expect(has(['我局便民服务大厅设在县政务服务中心二楼。'], MEASURE)).toBe(false);
    expect(has(['我局在县政务服务中心二楼设立了老年人爱心窗口。'], MEASURE)).toBe(true);
  });
  it('全县有 + things counted is stock; a count of things built this year is work done', () => {
    expect(has(['目前全县有心理健康指导服务站12个、家长学校30所。'], MEASURE)).toBe(false);
    expect(has(['目前全镇有农技推广服务站9个。'], MEASURE)).toBe(false);
    expect(has(['今年新建农家书屋12个。'], MEASURE)).toBe(true);
  });
  it('经办 (handling) is part of a noun (医保经办网点), no 办 of a thing', () => {
    expect(has(['全县医保经办网点23个。'], MEASURE)).toBe(false);
  });
  it('a cause analysis section (原因剖析 / 查摆问题根源) is about problems', () => {
    const body = ['由于人员配备不足，在窗口设置上没有根据业务量调整。'];
    expect(has(['二、原因剖析', ...body], MEASURE, ['二、原因剖析'])).toBe(false);
    expect(has(['二、工作开展情况', '我局在县政务服务中心二楼设立了老年人爱心窗口。'], MEASURE, ['二、工作开展情况'])).toBe(true);
  });
});

describe('session 16: a working meeting is the unit’s own business, whatever matter it names', () => {
  it('召开…志愿服务动员会 / …专项整治推进会议 names the meeting, no measure', () => {
    expect(has(['3月初召开了全县学雷锋志愿服务动员会。'], MEASURE)).toBe(false);
    expect(has(['召开城区文明劝导志愿服务推进会议，部署全年工作。'], MEASURE)).toBe(false);
  });
  it('a meeting that is an event for people (座谈会 / 表彰大会 with people commended) is one', () => {
    expect(has(['召开志愿服务座谈会，听取20名老志愿者的意见。'], MEASURE)).toBe(true);
    expect(has(['召开学雷锋志愿服务表彰大会，表彰优秀志愿者50名。'], MEASURE)).toBe(true);
  });
});

describe('session 16: a run-on sentence — who is in charge in one clause does not silence the measure in the next', () => {
  const title = '城西街道卫生服务中心关于家庭医生签约服务的情况说明';
  it('由…任组长、…牵头，then a measure told in its own clause (组建N支团队 / 为老人上门体检 / 推行…)', () => {
    expect(has([title, '中心按照县卫健局的部署，由主任任组长、公共卫生科牵头，组建6支家庭医生团队，为辖区独居老人上门体检。'], MEASURE)).toBe(true);
    expect(has([title, '中心由主任刘某任第一责任人、医务科具体负责，推行慢病患者用药到家、检查结果短信告知。'], MEASURE)).toBe(true);
  });
  it('a sentence made only of who is in charge and what they lead (负总责 / 具体抓 / 牵头 / 为成员) names no measure', () => {
    expect(has([title, '主任负总责，分管副主任具体抓，公共卫生科牵头，各站点负责人为成员。'], MEASURE)).toBe(false);
    expect(has([title, '由主任任组长，医务科牵头，护理部、药剂科配合。'], MEASURE)).toBe(false);
    expect(has([title, '主任为第一责任人，县疾控中心监测站站长为技术指导。'], MEASURE)).toBe(false);
  });
});

describe('session 16: the title’s topic carried out at a named place is a concrete action', () => {
  it('已在7个小区推行“…” (the title’s own name) is a measure; the bare topic is not', () => {
    const title = '城南街道“红色物业”破解老旧小区管理难题';
    expect(has([title, '目前已在5个老旧小区推行“红色物业”。'], MEASURE)).toBe(true);
    expect(has([title, '街道大力推行“红色物业”。'], MEASURE)).toBe(false);
  });
});

describe('session 16: word classes — a touring talk and teams formed, counted', () => {
  it('开展法治巡讲 is an event; 组建N支…队 counted is teams formed', () => {
    expect(has(['县司法局工作简报', '今年以来开展普法巡讲。'], MEASURE)).toBe(true);
    expect(has(['县司法局工作简报', '全年组建巡河护河团队12支。'], MEASURE)).toBe(true);
  });
});

describe('session 16: inline forms of the same principles (as PDF text joins a lead into its paragraph)', () => {
  it('问题表现：… is a problem keyed; a county office’s 督查组 inspects the unit', () => {
    expect(has(['问题表现：有的商户在门前堆放杂物、摆放桌椅，占道经营没有根除；'], MEASURE)).toBe(false);
    expect(has(['清河县融媒体中心整改报告', '县文明办督查组对我中心公益广告刊播情况进行了抽查，指出问题3个。'], MEASURE)).toBe(false);
  });
  it('the same deeds told by the unit count', () => {
    expect(has(['清河县融媒体中心整改报告', '我中心在所属媒体开设了“文明清河”专栏，对公益广告刊播情况进行了抽查。'], MEASURE)).toBe(true);
    expect(has(['情况说明：有的商户在门前堆放杂物，我们为商户设置了临时摊位30个。'], MEASURE)).toBe(true);
  });
});
