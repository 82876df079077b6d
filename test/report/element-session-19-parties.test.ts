/**
 * Session 19 (parties19): parties the mechanism did not know (element-parties.ts, element-party-masks.ts). Each principle
 * in general terms, with rows just inside and just outside its line, in this test's own words (not taken from
 * fixtures/elements/):
 * - a role belongs to the body it is attached to: a community's 书记 / 主任 / 网格员, a school's 校长, a contractor's 项目经理
 *   are that body's people, not the unit's, in the report of a body that is no community (no school); the unit's own people
 *   sent there (下沉干部 / 包联干部 / 第一书记) are the unit's;
 * - a body the unit works in or serves (its 包联 community) is another party with its own work, also under a heading naming
 *   that work; the unit organising the community's people is still the unit's deed;
 * - the public a report speaks of or a reporter interviews, and a medium reporting, act for themselves; a scheme offered to
 *   the public (…可获得积分) is the unit's;
 * - places elsewhere, some bodies not named, the centre's leaders, a superior body's document: their deeds are theirs.
 */
import { describe, expect, it } from 'vitest';
import { elementEvidence } from '../../src/text/elements.js';
import { segment } from '../../src/text/sections.js';
import { normalizeText } from '../../src/text/normalize.js';
import { partiesOf } from '../../src/text/element-parties.js';

function evidence(lines: string[]): Record<string, string[]> {
  const seg = segment({ text: normalizeText(lines.join('\n'), { styled: [] }), styled: [] });
  return Object.fromEntries(Object.entries(elementEvidence(seg)).map(([e, l]) => [e, l.map((x) => x.words)]));
}
const has = (lines: string[], element: string) => (evidence(lines)[element] ?? []).length > 0;
const kind = (lines: string[]) => partiesOf(lines.map((text) => ({ text })), false).kind;

const BUREAU = '白沙县住房和城乡建设局关于包联青石社区创建工作情况的报告';
const COMMUNITY = '白沙县青石社区居民委员会关于创建工作情况的报告';

describe('session 19: the kind of body the unit is, by its names', () => {
  it('a bureau, a community, a school; a report about a community by another body is about a community', () => {
    expect(kind([BUREAU])).toBe('other');
    expect(kind([COMMUNITY])).toBe('grassroots');
    expect(kind(['白沙县第二中学团委关于文明校园创建情况的报告'])).toBe('school');
    expect(kind(['县委组织部调研组关于青石社区楼道治理工作的调研报告'])).toBe('grassroots');
  });
  it('just outside: no name read assumes nothing', () => {
    expect(kind(['楼道治理工作情况'])).toBe(null);
  });
});

describe('session 19: a community’s people in a bureau’s report are the community’s (主体责任)', () => {
  const charge = '社区党委书记王丽任创建工作组组长，居委会副主任李强具体负责。';
  it('the community’s 书记 as group leader is no one in charge of the bureau', () => {
    expect(has([BUREAU, charge], '主体责任')).toBe(false);
    expect(has([BUREAU, `青石社区党委书记王丽任创建工作组组长。`], '主体责任')).toBe(false);
  });
  it('nor a group the community set up, whoever leads it', () => {
    expect(has([BUREAU, '局长张伟任包联工作组组长。', '社区成立了创建工作组，组织居民开展楼道清理。'], '主体责任')).toBe(true);
    expect(evidence([BUREAU, '局长张伟任包联工作组组长。', '社区成立了创建工作组，组织居民开展楼道清理。'])['主体责任']).toEqual(['任包联工作组组长']);
  });
  it('just outside: the bureau’s own 包联 leader and its people sent there are the unit’s', () => {
    expect(has([BUREAU, '局党组书记、局长张伟为包联第一责任人，副局长李强带领下沉干部具体负责。'], '主体责任')).toBe(true);
    expect(has([BUREAU, `${charge.replace('。', '，')}我局副局长李强具体负责包联工作。`], '主体责任')).toBe(true);
  });
  it('just outside: in the community’s own report its 书记 is its one in charge', () => {
    expect(has([COMMUNITY, charge], '主体责任')).toBe(true);
  });
});

describe('session 19: a community’s work in a bureau’s report is the community’s (具体措施)', () => {
  it('the community acting, its grid staff acting: no measure of the bureau', () => {
    expect(has([BUREAU, '社区组织居民开展楼道集中清理，清理堆物120处。'], '具体措施')).toBe(false);
    expect(has([BUREAU, '网格员每天入户走访独居老人。'], '具体措施')).toBe(false);
    expect(has([BUREAU, '青石社区在小区设立垃圾分类督导岗。'], '具体措施')).toBe(false);
  });
  it('just outside: the bureau organising the community’s people, or its own people there, is its deed', () => {
    expect(has([BUREAU, '组织社区网格员入户走访独居老人。'], '具体措施')).toBe(true);
    expect(has([BUREAU, '下沉干部每天入户走访独居老人。'], '具体措施')).toBe(true);
    expect(has([BUREAU, '社区组织居民代表议事，下沉干部每天入户走访独居老人。'], '具体措施')).toBe(true);
    expect(has([BUREAU, '我局在青石社区设立垃圾分类督导岗。'], '具体措施')).toBe(true);
  });
  it('just outside: communities each named with 各 are not read as one other party (a system the unit runs is grey)', () => {
    expect(has([BUREAU, '各社区网格员每天入户走访独居老人。'], '具体措施')).toBe(true);
    expect(has(['白沙县市场监督管理局关于校园食品安全工作的说明', '各中小学校长带领后勤人员每天检查食堂。'], '具体措施')).toBe(true);
  });
  it('just outside: in the report of the body running the grid (政法委) its 网格员 are its own', () => {
    expect(has(['白沙县委政法委关于网格化服务管理工作的报告', '网格员每天入户走访独居老人。'], '具体措施')).toBe(true);
  });
  it('just outside: in the community’s own report its work is its own', () => {
    expect(has([COMMUNITY, '社区组织居民开展楼道集中清理，清理堆物120处。'], '具体措施')).toBe(true);
  });
  it('a heading naming the community’s own work makes its section the community’s; one naming the unit’s work does not', () => {
    expect(has([BUREAU, '二、社区自身工作', '在小区设立垃圾分类督导岗，开展楼道集中清理。'], '具体措施')).toBe(false);
    expect(has([BUREAU, '二、我局包联工作', '在小区设立垃圾分类督导岗，开展楼道集中清理。'], '具体措施')).toBe(true);
  });
  it('a school’s head in a bureau’s report is the school’s; in an education bureau’s the schools are its own', () => {
    expect(has(['白沙县市场监督管理局关于校园食品安全工作的说明', '校长带领后勤人员每天检查食堂。'], '具体措施')).toBe(false);
    expect(has(['白沙县教育局关于校园食品安全工作的说明', '校长带领后勤人员每天检查食堂。'], '具体措施')).toBe(true);
  });
});

describe('session 19: the public and the media act for themselves', () => {
  const MEDIA = '白沙县市场监督管理局农贸市场整治媒体报道汇编';
  it('a member of the public told of or interviewed: no measure of the unit', () => {
    expect(has([MEDIA, '家住东关小区的李大爷每天早上到市场清扫摊位。'], '具体措施')).toBe(false);
    expect(has([MEDIA, '市民王女士在摊位前设置了公平秤。'], '具体措施')).toBe(false);
  });
  it('just outside: the unit organising the public, or a scheme offered to it, is the unit’s', () => {
    expect(has([MEDIA, '组织市民代表到市场清扫摊位。'], '具体措施')).toBe(true);
    expect(has([MEDIA, '居民分类投放垃圾可获得积分，积分可兑换日用品。'], '具体措施')).toBe(true);
  });
  it('just outside: in a community’s own report its residents’ service is its work', () => {
    expect(has([COMMUNITY, '居民为高龄老人提供陪伴、代购、保洁等服务。'], '具体措施')).toBe(true);
  });
  it('a medium reporting: its act; the unit working with a medium: the unit’s; a newsroom’s own outlet: its own', () => {
    expect(has([MEDIA, '《白沙日报》以“菜篮子里的文明”为题推出专版。'], '具体措施')).toBe(false);
    expect(has([MEDIA, '县电视台在新闻栏目推出“文明市场”系列报道。'], '具体措施')).toBe(false);
    expect(has([MEDIA, '联合县电视台在新闻栏目推出“文明市场”系列报道。'], '具体措施')).toBe(true);
    expect(has(['白沙县融媒体中心关于文明创建宣传工作的报告', '县电视台在新闻栏目推出“文明市场”系列报道。'], '具体措施')).toBe(true);
  });
});

describe('session 19: places elsewhere, bodies not named, the centre, a superior’s document, a contractor', () => {
  const T = '白沙县城市管理局关于背街小巷治理工作的汇报';
  it('their deeds are theirs', () => {
    expect(has([T, '邻县推行“街长制”，每条街公示一名街长。'], '具体措施')).toBe(false);
    expect(has([T, '有的物业公司推出了“管家进楼栋”服务。'], '具体措施')).toBe(false);
    expect(has([T, '习近平总书记在浙江工作时开创了领导干部下访接待群众的做法。'], '具体措施')).toBe(false);
    expect(has([T, '党中央在全国推行垃圾分类。'], '具体措施')).toBe(false);
    expect(has(['城关镇关于集镇保洁工作的说明', '保洁公司每天对主街进行两次清扫。'], '具体措施')).toBe(false);
    expect(has(['城关镇关于集镇保洁工作的说明', '引入保洁公司每天对主街进行两次清扫。'], '具体措施')).toBe(true);
    expect(has([T, '国务院办公厅《关于加强城市管理的意见》要求，建立背街小巷长效管护机制。'], '具体措施')).toBe(false);
  });
  it('just outside: the unit learning from them, or people from elsewhere served by the unit', () => {
    expect(has([T, '学习邻县做法，推行“街长制”，每条街公示一名街长。'], '具体措施')).toBe(true);
    expect(has([T, '外地户籍群众来办事，窗口提供帮办代办服务。'], '具体措施')).toBe(true);
    expect(has([T, '县里按照《关于加强城市管理的意见》要求，建立背街小巷长效管护机制。'], '具体措施')).toBe(true);
    expect(has([T, '按照《关于加强城市管理的意见》要求，建立背街小巷长效管护机制。'], '具体措施')).toBe(true);
  });
  it('a contractor’s manager is no one in charge of the unit; the unit’s own head is', () => {
    expect(has(['城关镇关于集镇保洁工作的说明', '保洁公司项目经理陈军负责现场调度。'], '主体责任')).toBe(false);
    expect(has(['城关镇关于集镇保洁工作的说明', '镇长陈军负责集镇保洁的调度。'], '主体责任')).toBe(true);
  });
});

describe('session 19, tuned on the seventeenth set’s second half after its check (10501–10985, in-sample)', () => {
  it('a community named at a clause’s start, named again in the report, with its people or deed: the community’s', () => {
    expect(has([BUREAU, '我局干部到城北社区报到。', '城北社区党委书记张华牵头组织网格员巡查。'], '主体责任')).toBe(false);
    expect(has([BUREAU, '我局干部到向阳社区报到。', '向阳社区由社区党委书记王桂兰牵头制定楼院清单。'], '主体责任')).toBe(false);
    expect(has([BUREAU, '我局干部到向阳社区报到。', '向阳社区由志愿者每周清扫楼道。'], '具体措施')).toBe(false);
  });
  it('just outside: a stem that is a name only once (困难社区组织…) is not read as a community named', () => {
    expect(has([BUREAU, '困难社区组织居民开展楼道清扫。'], '具体措施')).toBe(true);
  });
  it('just outside: a phrase cut wrongly, named once (法官进社区开展…), is no community’s deed', () => {
    expect(has(['白沙县人民法院关于普法工作的报告', '法官进社区开展“家门口的法律课”31次。'], '具体措施')).toBe(true);
  });
  it('由 + a community’s person hands the charge to that community; 由 + the unit’s person keeps it', () => {
    expect(has([BUREAU, '志愿者排班由幸福社区书记李梅统筹。'], '主体责任')).toBe(false);
    expect(has([BUREAU, '志愿者排班由我局办公室主任李梅统筹。'], '主体责任')).toBe(true);
  });
  it('a community word before another noun (社区民警) is no community acting', () => {
    expect(has(['白沙县公安局城关派出所关于警务工作的报告', '社区民警每周入户走访独居老人。'], '具体措施')).toBe(true);
    expect(has([BUREAU, '社区每周组织志愿者入户走访独居老人。'], '具体措施')).toBe(false);
  });
  it('a leader of the county and a department of its party committee act for it, not for a bureau', () => {
    const RC = '白沙县红十字会关于应急救护培训工作的报告';
    expect(has([RC, '副县长郑海波带队看望环卫工人。'], '具体措施')).toBe(false);
    expect(has(['白沙县人民政府关于环卫工作的报告', '副县长郑海波带队看望环卫工人。'], '具体措施')).toBe(true);
    expect(has([RC, '县委宣传部在人民广场举办学雷锋志愿服务集中示范活动。'], '具体措施')).toBe(false);
    expect(has(['白沙县委宣传部关于学雷锋活动的报告', '县委宣传部在人民广场举办学雷锋志愿服务集中示范活动。'], '具体措施')).toBe(true);
  });
  it('a heading’s own subject acts in it as a sentence’s does', () => {
    const BR = '白沙县文明办工作简报';
    expect(has([BR, '二、县人社局举办“春风行动”招聘会'], '具体措施')).toBe(false);
    expect(has([BR, '二、我办举办“春风行动”招聘会'], '具体措施')).toBe(true);
  });
  it('a compilation’s source bracket (a medium, a date, a reading count) is no deed; a topic bracket is no source', () => {
    const MEDIA = '白沙县教育局媒体报道汇编';
    expect(has([MEDIA, '【报道三·“白沙发布”公众号·2026年10月8日·阅读量1574】家长眼中的好老师。'], '具体措施')).toBe(false);
    expect(has([MEDIA, '【工作动态】组织志愿者开展助学活动。'], '具体措施')).toBe(true);
  });
  it('由 + a firm + its deed (施划 / 粉刷 …) is the firm’s', () => {
    expect(has([BUREAU, '经议事会协商，由物业公司施划车位。'], '具体措施')).toBe(false);
  });
});
