/**
 * Session 32: the classes read in the thirtieth held-aside set's wrong verdicts after its move to train (ids 23001–23885).
 * Every sentence is written for this test, not taken from fixtures/elements/: a sentence just inside each class and one
 * just outside it (the boundary the rule draws), in other wording than the set's.
 * - a 村规民约 / 居民公约 named in the sentence no longer makes the unit's leading group others' self-organisation; a
 *   convention that itself assigns a duty (村规民约规定由…负责) still does;
 * - a landlord or tenant holding the charge of their own rented house (房东是…第一责任人), also after a colon or a 的-phrase;
 * - a place described as it stands (位于 / 建筑面积 / 总长 / 开放床位, then a bare 设 / 设置 / 配套): stock, no measure;
 * - nouns made of a verb (张贴物 / 悬挂物): the thing, no deed;
 * - shops, landlords or a 物业 acting of their own accord (商户自己出资安装 / 物业公司主动组织): theirs, unless the unit 督促s them.
 */
import { describe, expect, it } from 'vitest';
import { responsibility } from '../../src/text/element-responsibility.js';
import { measures } from '../../src/text/element-measures.js';
import { BARE_FIT, PLACE_DESCRIBED, placeStockClause } from '../../src/text/element-place-stock.js';
import type { ElementTest } from '../../src/text/element-shared.js';

type Row = [name: string, inside: string, outside: string, title?: string];

const TESTS: Record<string, [ElementTest, Row[]]> = {
  主体责任: [
    responsibility,
    [
      ['the unit’s task force on a village compact / the compact assigning the duty', '乡里把居民公约修订列为重点，成立修订专班，乡长吴斌任组长。', '居民公约规定由各楼栋长负责楼道卫生。', '清河县陈集乡居民公约修订工作情况'],
      ['the unit’s leader over a compact’s execution / the compact agreeing who leads', '张湾村党支部书记韩立负总责抓村规民约执行。', '村规民约约定由村民轮流负责巷道保洁。', '张湾村村规民约执行情况'],
      ['the community’s own head after a colon / the landlord after a colon', '会议明确：社区主任孟华为出租屋安全第一责任人。', '入户时向业主讲清：出租屋的房东是防火第一责任人。', '柳岸社区出租屋检查情况'],
      ['the community’s grid head / landlords as the first in charge of their houses', '社区明确网格长孙涛为出租屋排查第一责任人。', '根据规定，房东是所出租房屋安全的第一责任人。', '柳岸社区出租屋检查情况'],
      ['a leading group set up after a bare 文号 / the issuer of that 文号', '按照清政办〔2026〕7号文件，街道成立整治专班，主任刘洋任组长。', '按照县创文工作领导小组办公室清创办〔2026〕7号文件，由执法队员逐店检查。', '东城街道油烟整治情况'],
      ['the station’s head / a tenant holding the charge of the room', '站长周宁为出租屋整治第一责任人。', '承租人是所租房间用电安全的直接责任人。', '城关派出所出租屋检查情况'],
    ],
  ],
  具体措施: [
    measures,
    [
      ['a room fitted this year / a place described with what it has', '文化站位于镇政府西侧，今年新设了老年阅览区。', '文化站位于镇政府西侧，设图书室、排练厅和电子阅览室。', '清河县孙集镇文化站工作总结'],
      ['a ward opened told done / a hospital described by its beds', '医院开放床位120张，已设置了心理咨询门诊。', '医院是全县唯一的专科医院，开放床位120张，设门诊、住院两个服务区。', '清河县康宁医院工作总结'],
      ['railings put up told done / a road described by its length', '路段总长12公里，今年设置了隔离护栏3公里。', '路段总长12公里，设置隔离护栏3公里、路灯210盏。', '清河县公路养护中心工作总结'],
      ['check-ups held and counted / a window’s scope in a place described', '中心今年为辖区老人开展健康体检560人次。', '中心服务窗口包括健康体检、预防接种咨询和报告发放，共设窗口5个。', '清河县疾控中心窗口服务情况'],
      ['a hall renovated told done / a hall’s size told', '中心改造了体检大厅，面积扩大到320平方米。', '体检大厅面积约320平方米，候检座椅40个。', '清河县疾控中心窗口服务情况'],
      ['posters put up / the posted things cleared by shops', '街道在主要路口张贴了宣传海报。', '卷帘门上的张贴物由店主自行清理。', '东城街道小广告清理情况'],
      ['shops urged to clean / shops cleaning of their own accord', '街道督促商户自行清理门前小广告。', '不少商户自己动手清理了门前小广告。', '东城街道小广告清理情况'],
      ['the unit’s own cleaners / a 物业 organising its cleaners unasked', '街道组织保洁人员清理楼道小广告。', '部分小区物业公司主动组织保洁员清理楼道小广告。', '东城街道小广告清理情况'],
      ['the unit installing purifiers / landlords fitting them at their own cost', '局里为夜市统一安装了油烟净化器。', '多数摊主自费安装了油烟净化器。', '清河县城管局夜市整治情况'],
    ],
  ],
};

describe('session 32: classes of the thirtieth set read after its move to train', () => {
  for (const [element, [test, rows]] of Object.entries(TESTS)) {
    for (const [name, inside, outside, title] of rows) {
      it(`${element} ${name} — inside: ${inside}`, () => expect(test({ text: inside, title })).not.toBeNull());
      it(`${element} ${name} — outside: ${outside}`, () => expect(test({ text: outside, title })).toBeNull());
    }
  }
});

describe('session 32: the bounds of a place described as it stands', () => {
  it('each marker of a place described', () => {
    for (const s of ['馆舍位于城东', '建筑面积800平方米', '占地面积3亩', '占地5亩', '全长4公里', '是全县唯一的公办幼儿园', '开放床位60张', '现有职工40人', '共有工作人员12名']) {
      expect(PLACE_DESCRIBED.test(s), s).toBe(true);
    }
    for (const s of ['大厅面积320平方米', '现有窗口工作人员18名', '共设窗口4个']) expect(PLACE_DESCRIBED.test(s), s).toBe(true);
    for (const s of ['面积不大', '长期以来', '全县开展了检查', '现有问题', '床位紧张', '共设置了4个']) expect(PLACE_DESCRIBED.test(s), s).toBe(false);
  });
  it('a bare fitting opens the clause; told done or new it is not bare', () => {
    for (const c of ['设图书室', '设有阅览区', '设置护栏3公里', '配套底商900间', '馆内设报告厅', '配有电梯2部']) expect(BARE_FIT.test(c), c).toBe(true);
    for (const c of ['设立了服务站', '设置了护栏', '今年设置护栏', '新设阅览区', '已设置护栏', '设计了标识', '设施齐全', '开展检查']) {
      expect(BARE_FIT.test(c), c).toBe(false);
    }
  });
  it('a scope or a size told of a place', () => {
    expect(placeStockClause('中心位于城东，服务窗口包括体检和咨询。', '服务窗口包括体检和咨询')).toBe(true);
    expect(placeStockClause('服务窗口包括体检和咨询。', '服务窗口包括体检和咨询')).toBe(false);
    for (const c of ['大厅面积约320平方米', '阅览座位860个', '路段全长4公里', '开放床位达120张']) expect(placeStockClause(c, c), c).toBe(true);
    for (const c of ['面积扩大到320平方米', '新增座位60个', '改造大厅320平方米']) expect(placeStockClause(c, c), c).toBe(false);
  });
  it('a bare fitting is stock only in a sentence describing a place', () => {
    expect(placeStockClause('馆舍位于城东，设报告厅。', '设报告厅')).toBe(true);
    expect(placeStockClause('今年在城东设报告厅。', '设报告厅')).toBe(false);
  });
});
