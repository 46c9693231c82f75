import { Conditions, escapeLike } from './conditions';

describe('Conditions', () => {
  it('is empty without conditions', () => {
    const where = new Conditions();
    expect(where.where).toBe('');
    expect(where.params).toEqual([]);
  });

  it('numbers parameters in the order they are added', () => {
    const where = new Conditions();
    where.and(`a = ${where.param('x')}`).and(`b = ${where.param(2)}`);
    expect(where.where).toBe('where a = $1 and b = $2');
    expect(where.params).toEqual(['x', 2]);
  });

  it('turns a search into one folded LIKE per word', () => {
    const where = new Conditions().search('t.search_text', ' Hữu  LỄ ');
    expect(where.where).toBe('where t.search_text like $1 and t.search_text like $2');
    expect(where.params).toEqual(['%huu%', '%le%']);
  });

  it('adds nothing for an empty or missing search', () => {
    expect(new Conditions().search('s', undefined).where).toBe('');
    expect(new Conditions().search('s', '   ').where).toBe('');
  });
});

describe('escapeLike', () => {
  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });
});
