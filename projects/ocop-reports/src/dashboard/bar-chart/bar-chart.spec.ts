import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { BarChart, type BarChartRow } from './bar-chart';

@Component({
  imports: [BarChart],
  template: `<ocop-bar-chart [series]="series" [rows]="rows" [texts]="texts" label="Hồ sơ: A 4, B 2, C 0" />`,
})
class Host {
  series: string[] = ['Tổng số', 'Hoàn thành'];
  rows: BarChartRow[] = [
    { key: 'a', label: 'Phòng Nông nghiệp và Phát triển nông thôn huyện', values: [4, 2] },
    { key: 'b', label: 'B', values: [2, 1] },
    { key: 'c', label: 'C', values: [0, 0] },
  ];
  texts = [
    ['4', '2'],
    ['2', '1'],
    ['0', '0'],
  ];
}

describe('BarChart', () => {
  it('draws one bar per value, as long as its share of the largest, and names the image with the summary', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    const svg = el.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Hồ sơ: A 4, B 2, C 0');
    const widths = Array.from(el.querySelectorAll('rect.bar')).map((r) => Number(r.getAttribute('width')));
    // 330 px for the largest value (4): 2 → 165, 1 → 83 (rounded), 0 → a 1 px hairline.
    expect(widths).toEqual([330, 165, 165, 83, 1, 1]);
    expect(Array.from(el.querySelectorAll('text.bar-value')).map((t) => t.textContent!.trim())).toEqual([
      '4',
      '2',
      '2',
      '1',
      '0',
      '0',
    ]);
    expect(el.querySelector('text.bar-label')!.textContent!.trim()).toBe('Phòng Nông nghiệp và Phát t…');
    expect(el.querySelector('.legend')!.textContent).toContain('Hoàn thành');
  });
});
