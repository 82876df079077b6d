/** Header of a 任务分解表: which column is the code, 测评项目, 测评内容, requirements, units, leader. */
import type { GridCell, GridSheet } from '../extract/register-grid.js';

export type TaskField = 'code' | 'project' | 'content' | 'standard' | 'requirement' | 'units' | 'leader' | 'deadline';

export const TASK_SYNONYMS: Record<TaskField, string[]> = {
  code: ['指标编号', '测评编号', '指标代码', '编号', '代码', '序号'],
  project: ['测评项目', '测评类别', '项目'],
  content: ['测评内容', '测评指标', '指标名称', '指标内容', '内容', '指标'],
  standard: ['测评标准', '评分标准', '考核标准', '标准'],
  requirement: [
    '网上申报详细规定', '网上申报要求', '网上申报材料', '申报材料要求', '台账资料要求', '佐证材料要求', '申报要求', '材料要求',
    '台账要求', '资料要求', '网上申报', '详细规定', '申报材料', '佐证材料', '台账资料',
  ],
  units: ['责任单位', '牵头单位', '责任部门', '承办单位', '牵头部门'],
  leader: ['负责人', '责任人', '联系人', '分管领导'],
  deadline: ['完成时限', '完成时间', '时间节点', '报送时限', '截止时间', '截止日期', '时限要求', '时限'],
};

const FIELDS = Object.keys(TASK_SYNONYMS) as TaskField[];

/** The field a header cell names and how specific the match is (length of the synonym). */
function matchTaskHeader(text: string): { f: TaskField; len: number } | null {
  const t = text.replace(/[\s*＊:：]/g, '').replace(/[（(][^）)]*[）)]/g, '');
  if (!t || t.length > 14) return null;
  let best: { f: TaskField; len: number } | null = null;
  for (const f of FIELDS) for (const s of TASK_SYNONYMS[f]) if (t.includes(s) && (!best || s.length > best.len)) best = { f, len: s.length };
  return best;
}

export interface TaskHeader {
  row: number; // 0-based last header row
  columns: Partial<Record<TaskField, number>>;
}

/** Field → column; when two columns name the same field (序号 and 指标编号), the more specific wins. */
function fieldsOf(row: GridCell[]): Partial<Record<TaskField, number>> {
  const cols: Partial<Record<TaskField, number>> = {};
  const len: Partial<Record<TaskField, number>> = {};
  row.forEach((c, i) => {
    if (c.kind !== 'text') return;
    const m = matchTaskHeader(c.text);
    if (m && (cols[m.f] === undefined || m.len > len[m.f]!)) {
      cols[m.f] = i;
      len[m.f] = m.len;
    }
  });
  return cols;
}

export function findTaskHeader(sheet: GridSheet, maxScan = 30): TaskHeader | null {
  let best: (TaskHeader & { score: number }) | null = null;
  for (let r = 0; r < Math.min(maxScan, sheet.rows.length); r++) {
    const cols = fieldsOf(sheet.rows[r]!);
    const has = (f: TaskField) => cols[f] !== undefined;
    if (!(has('requirement') || has('standard')) || !(has('project') || has('content') || has('code'))) continue;
    const score = Object.keys(cols).length;
    if (!best || score > best.score) best = { row: r, columns: cols, score };
  }
  return best && { row: best.row, columns: best.columns };
}
