/**
 * Session 37 (set 32, moved to train): outcomes of field work the result classes did not hold (the label standard: an
 * improvement or an effect reached; the rulings: 成活率 reached, 火点 told none, 隐患 told cleared, air told better,
 * residents' support or praise are outcomes). Clause patterns, read by element-results.ts like its other classes.
 *
 * - SURVIVED: planted trees told alive (新植国槐全部成活 / 药圃树木全部成活); a survival rate stated is read by the rate rules.
 * - NONE_OVER_SEASON: no fire, no burning, no accident over a season or an area (今年夏收全乡没有出现成片焚烧 / 今年秋收村里没有发现
 *   火点 / 汛期全镇未发生人员伤亡; session 48, train 22838: 村里没有孩子出事 / 暑假期间没有学生溺水 — the people named between) — a
 *   season's or an area's word before it; a day's row (…｜无｜正常) claims nothing.
 * - HAZARDS_CLOSED: the hazards counted told all closed (7处隐患全部整改闭环 / 隐患均已整改销号).
 * - AIR_FRESH: the air told fresh or better (乡驻地空气清新 / 村民反映空气比往年好).
 * - SUPPORTED: those served told supporting or approving (群众对禁烧工作普遍支持 / 村民一致认可).
 */
import { HARMED_PEOPLE, HARMS } from './element-shared.js';

export const SURVIVED = /(?:全部|均已?|基本|都|已经?)成活/;
export const NONE_OVER_SEASON =
  new RegExp(`(?:今年|全年|本年度?|夏收|秋收|三夏|三秋|期间|汛期|以来|上半年|下半年|全县|全乡|全镇|全村|全街道|辖区|村里|镇里|乡里)[^，,。；｜|]{0,10}?(?:没有|未|无|零)(?:再)?(?:出现|发生|发现)?(?:过)?(?:一起|一处|一例|一个)?(?:成片)?(?:焚烧|火点|烟点|着火点|火情|事故|伤亡|人员伤亡|险情|溺水)|(?:今年|全年|暑假|寒假|假期|汛期|期间|以来|村里|镇里|乡里|全村|全镇|全乡|辖区)[^，,。；｜|]{0,10}?(?:没有|未|无)(?:一个|一名)?(?:${HARMED_PEOPLE})(?:再)?(?:${HARMS}|伤亡)(?=[，,。；;]|$)`);
export const HAZARDS_CLOSED = /隐患[^，,。；｜|]{0,6}?(?:全部|均已?|已全部|全都)(?:整改)?(?:闭环|销号|整改到位|整改完毕|整改完成|消除)/;
export const AIR_FRESH = /空气(?:清新|清爽|好多了|比[^，,。；]{1,6}(?:好|清新|清爽)|(?:明显|更加?)(?:清新|清爽|好))/;
export const SUPPORTED = /(?:群众|居民|村民|市民|农户|家长|师生|职工)[^，,。；]{0,12}?(?:普遍|一致|广泛|纷纷)(?:表示)?(?:支持|认可|称赞|点赞|好评|拥护|叫好)/;

export const FIELD_RESULTS: readonly RegExp[] = [SURVIVED, NONE_OVER_SEASON, HAZARDS_CLOSED, AIR_FRESH, SUPPORTED];
