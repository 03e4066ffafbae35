import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CODER_VIEW,
  isCoderShown,
  onlyCoder,
  parseCoderView,
  toggleCoder,
} from './coder-view';

describe('parseCoderView', () => {
  it('reads a stored view and drops what it does not know', () => {
    expect(
      parseCoderView({
        filter: { kind: 'only', coderIds: ['a', 'a', 'b'] },
        stripeMode: 'coder',
        x: 1,
      }),
    ).toEqual({ filter: { kind: 'only', coderIds: ['a', 'b'] }, stripeMode: 'coder' });
  });

  it.each([undefined, null, 'coder', 42, [], { filter: { kind: 'only', coderIds: [1] } }])(
    'gives everyone and stripes by code for %j',
    (value) => {
      const view = parseCoderView(value);
      expect(view.filter).toEqual({ kind: 'all' });
      expect(view.stripeMode).toBe('code');
    },
  );

  it('keeps a valid filter when the stripe mode is not one', () => {
    expect(parseCoderView({ filter: onlyCoder('a'), stripeMode: 'rainbow' })).toEqual({
      filter: onlyCoder('a'),
      stripeMode: DEFAULT_CODER_VIEW.stripeMode,
    });
  });
});

describe('toggleCoder', () => {
  const present = ['ada', 'bo', 'cy'];

  it('unticking one coder from everyone shows the others', () => {
    const next = toggleCoder({ kind: 'all' }, 'bo', present);
    expect(next).toEqual({ kind: 'only', coderIds: ['ada', 'cy'] });
    expect(isCoderShown(next, 'bo')).toBe(false);
    expect(isCoderShown(next, 'ada')).toBe(true);
  });

  it('ticking the last hidden coder goes back to everyone (so newcomers show too)', () => {
    expect(toggleCoder({ kind: 'only', coderIds: ['ada', 'cy'] }, 'bo', present)).toEqual({
      kind: 'all',
    });
    expect(isCoderShown({ kind: 'all' }, 'a-newcomer')).toBe(true);
  });

  it('can hide everyone, and then shows no one', () => {
    let filter = toggleCoder(onlyCoder('ada'), 'ada', present);
    expect(filter).toEqual({ kind: 'only', coderIds: [] });
    expect(present.some((id) => isCoderShown(filter, id))).toBe(false);
    filter = toggleCoder(filter, 'cy', present);
    expect(filter).toEqual(onlyCoder('cy'));
  });
});
