/**
 * Session 29 (shape29): lacking reports that passed because 具体措施 was found where the report has none, by the shape of the
 * sentence taken for a measure, each rule stated once for every register in the label standard's words ("a concrete action
 * taken"; not stock figures, states reached or setting up the leading group). Sentences are this test's own, not the corpus's:
 * - others' acts: another body opening the clause after a time framed as a start or narrowed by a season (自去年县住建局… /
 *   今年春季县交警大队…), the county as 县里, a police station named by its place (城关派出所…);
 * - stock: a place's equipment told as what it was built with, a place built in a year gone by told of itself, what a place has
 *   now (现设… / 目前…设…N个), things of a kind counted as there (…的有N个);
 * - the leading group by another name: an event's organising committee (组委会 / 筹备组) set up with its head.
 */
import { describe, expect, it } from 'vitest';
import { found } from './element-test-helpers.js';

const report = (title: string, ...body: string[]) => [title, ...body];
const M = '具体措施';

describe('session 29: another body acting, after a time framed as a start or a season', () => {
  const school = '# 县第二小学校门口交通秩序情况说明';
  it('outside: a county body or the county itself did the work, the unit only tells the outcome', () => {
    expect(found(report(school, '自前年县城管局对学校北门人行道实施拓宽改造以来，放学时学生不再走到机动车道上了。'), M)).toEqual([]);
    expect(found(report(school, '去年秋季县交警大队在北门外增设了减速带以后，过往车辆明显慢了下来。'), M)).toEqual([]);
    expect(found(report(school, '前年县里对北门外的流动摊点进行了集中清理，此后门口一直比较清爽。'), M)).toEqual([]);
    expect(found(report(school, '东街派出所在北门外设置了护学岗亭。'), M)).toEqual([]);
  });
  it('on: the same time lead, the unit itself or jointly with the body', () => {
    expect(found(report(school, '自去年秋季学校在北门外设置护学岗以来，放学时学生不再走到机动车道上了。'), M)).not.toEqual([]);
    expect(found(report(school, '去年秋季县交警大队联合我校在北门外增设了减速带。'), M)).not.toEqual([]);
  });
  it('inside: the police station\'s own report, 县里 naming the unit as the doer', () => {
    expect(found(report('# 东街派出所护学岗工作情况说明', '东街派出所在北门外设置了护学岗亭，每天早晚安排民警值守。'), M)).not.toEqual([]);
    expect(found(report(school, '县里统一部署后，我校在北门外设置了护学岗亭。'), M)).not.toEqual([]);
  });
});

describe('session 29: stock — what a place has, not an action taken', () => {
  const hall = '# 县档案馆无障碍环境建设情况说明';
  it('outside: equipment told as what the place was built with, a place built in a past year, what it has now', () => {
    expect(found(report(hall, '档案馆新址建设时已按规范配建无障碍坡道1处、无障碍卫生间1个。'), M)).toEqual([]);
    expect(found(report(hall, '档案馆新址于2021年建成投用。'), M)).toEqual([]);
    expect(found(report(hall, '查档大厅现设查阅、复制、出证等窗口5个。'), M)).toEqual([]);
    expect(found(report(hall, '目前大厅设低位查阅台2个。'), M)).toEqual([]);
    expect(found(report('# 县文旅体局公共体育设施情况说明', '全县18个行政村中，已建有篮球场的有11个。'), M)).toEqual([]);
  });
  it('on: fitted this year, with the act told', () => {
    expect(found(report(hall, '今年4月，档案馆在查档大厅增设低位查阅台2个。'), M)).not.toEqual([]);
    expect(found(report(hall, '档案馆于今年5月新建无障碍坡道1处。'), M)).not.toEqual([]);
  });
  it('inside: a stock clause beside an act in the same sentence', () => {
    expect(found(report(hall, '查档大厅现设窗口5个，今年又为听障群众配备了助听设备2套。'), M)).not.toEqual([]);
  });
});

describe('session 29: an organising committee is the leading group by another name', () => {
  const bureau = '# 县水利局职工技能竞赛情况说明';
  it('outside: the committee set up with its head and its office', () => {
    expect(found(report(bureau, '局里成立职工技能竞赛筹备组，局工会主席任组长，办公室设在局工会。'), M)).toEqual([]);
    expect(found(report(bureau, '为办好比武，局里成立组委会，副局长任主任。'), M)).toEqual([]);
  });
  it('inside: the contest itself held, beside the committee', () => {
    expect(found(report(bureau, '局里成立组委会，副局长任主任。', '5月20日，局里组织38名职工到自来水厂开展了管道抢修实操培训。'), M)).not.toEqual([]);
  });
});

describe('session 29: an intention — 将 with an effort adverb, a decision dated ahead', () => {
  const t = '# 县住建局背街小巷改造情况说明';
  it('outside: what the unit will do, however strongly worded, and a decision for a month ahead', () => {
    expect(found(report(t, '下一阶段，局里将着力推进北关巷雨污分流改造。'), M)).toEqual([]);
    expect(found(report(t, '我局将迎难而上、全力推进东门巷改造。'), M)).toEqual([]);
    expect(found(report(t, '经局党组研究，决定9月开展“小巷微更新”行动。'), M)).toEqual([]);
  });
  it('on: the same words told done', () => {
    expect(found(report(t, '局里全力推进北关巷雨污分流改造，已铺设管网800米。'), M)).not.toEqual([]);
    expect(found(report(t, '经局党组研究，决定9月开展“小巷微更新”行动，已于9月3日启动。'), M)).not.toEqual([]);
  });
  it('inside: 将 as 把 with the thing put somewhere', () => {
    expect(found(report(t, '我局将改造方案张贴到各小区公示栏，并组织施工队清理北关巷杂物12车。'), M)).not.toEqual([]);
  });
});
