import { HUU_LE, NNPTNT, task, TTYT } from '../../my-tasks/testing/task-fixtures';
import { groupBySection, groupByUnit } from './plan-task-groups';

const SECTIONS = [
  { code: 'III.1', title: 'Ban Chỉ đạo' },
  { code: 'III.3', title: 'Phòng Nông nghiệp và PTNT' },
  { code: 'III.5', title: 'Trung tâm Y tế' },
];

const PRODUCER = {
  kind: 'producer' as const,
  code: 'c0000000-0000-4000-8000-000000000001',
  name: 'Hộ Nông Thị Chỉ',
  communeCode: '06322',
};

describe('plan task groups', () => {
  const a = task(1, 'A', { sectionCode: 'III.5', lead: TTYT });
  const b = task(2, 'B', { sectionCode: 'III.3', lead: NNPTNT });
  const c = task(3, 'C', { sectionCode: 'III.5', lead: HUU_LE });
  const d = task(4, 'D', { sectionCode: 'IV', lead: PRODUCER });
  const e = task(5, 'E', { sectionCode: 'III.3', lead: TTYT });

  it('puts tasks under the plan’s sections in document order, keeping the API’s order inside each', () => {
    const groups = groupBySection([a, b, c, e], SECTIONS, (code) => `Mục ${code}`);

    expect(groups.map((g) => [g.key, g.title, g.tasks.map((t) => t.title)])).toEqual([
      ['III.3', 'Phòng Nông nghiệp và PTNT', ['B', 'E']],
      ['III.5', 'Trung tâm Y tế', ['A', 'C']],
    ]);
    expect(groups[0]!.code).toBe('III.3');
  });

  it('puts a task of a section the plan does not list last, under its code', () => {
    const groups = groupBySection([d, a], SECTIONS, (code) => `Mục ${code}`);

    expect(groups.map((g) => [g.key, g.title, g.code])).toEqual([
      ['III.5', 'Trung tâm Y tế', 'III.5'],
      ['IV', 'Mục IV', null],
    ]);
  });

  it('puts tasks under their lead unit: departments, communes, producers, each by name', () => {
    const groups = groupByUnit([d, c, a, b, e]);

    expect(groups.map((g) => [g.key, g.tasks.map((t) => t.title)])).toEqual([
      ['department:NNPTNT', ['B']],
      ['department:TTYT', ['A', 'E']],
      ['commune:06322', ['C']],
      [`producer:${PRODUCER.code}`, ['D']],
    ]);
    expect(groups[3]!.unit).toEqual(PRODUCER);
  });

  it('has no groups for no tasks', () => {
    expect(groupBySection([], SECTIONS, (code) => code)).toEqual([]);
    expect(groupByUnit([])).toEqual([]);
  });
});
