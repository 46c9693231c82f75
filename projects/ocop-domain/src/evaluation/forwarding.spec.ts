import { FORWARD_MIN_STARS, forwardsToProvince } from './forwarding';

describe('forwardsToProvince', () => {
  it('under QĐ 1048 forwards 50 points and more (3★), not 49.99', () => {
    expect(FORWARD_MIN_STARS['1048']).toBe(3);
    expect(forwardsToProvince('1048', 49.99)).toBeFalse();
    expect(forwardsToProvince('1048', 50)).toBeTrue();
    expect(forwardsToProvince('1048', 62.83)).toBeTrue();
    expect(forwardsToProvince('1048', 100)).toBeTrue();
    expect(forwardsToProvince('1048', 0)).toBeFalse();
  });

  it('under QĐ 148 forwards 70 points and more (4★), not 69.99', () => {
    expect(FORWARD_MIN_STARS['148']).toBe(4);
    expect(forwardsToProvince('148', 69.99)).toBeFalse();
    expect(forwardsToProvince('148', 70)).toBeTrue();
    expect(forwardsToProvince('148', 62.83)).toBeFalse();
  });

  it('decides on the rounded mean, like the star', () => {
    expect(forwardsToProvince('1048', 49.995)).toBeTrue();
    expect(forwardsToProvince('1048', 49.994)).toBeFalse();
    expect(forwardsToProvince('148', (69.99 + 70) / 2)).toBeTrue();
  });
});
