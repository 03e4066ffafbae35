import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UndoStack, type Change } from './undo-stack';

const change = (n: number): Change<number> => ({ label: `change ${n}`, undo: -n, redo: n });

describe('UndoStack', () => {
  it('starts empty', () => {
    const stack = new UndoStack<number>();
    expect(stack.canUndo()).toBe(false);
    expect(stack.canRedo()).toBe(false);
    expect(stack.undo()).toBeNull();
    expect(stack.redo()).toBeNull();
    expect(stack.peekUndoLabel()).toBeNull();
    expect(stack.capacity).toBe(500);
  });

  it('rejects a capacity below one', () => {
    expect(() => new UndoStack(0)).toThrow(RangeError);
  });

  it('labels the change undo would revert', () => {
    const stack = new UndoStack<number>();
    stack.push(change(1));
    stack.push(change(2));
    expect(stack.peekUndoLabel()).toBe('change 2');
    stack.undo();
    expect(stack.peekUndoLabel()).toBe('change 1');
    expect(stack.peekRedoLabel()).toBe('change 2');
  });

  it('law: push, undo, redo returns the same change', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (history, n) => {
        const stack = new UndoStack<number>();
        history.forEach((h) => stack.push(change(h)));
        const pushed = change(n);
        stack.push(pushed);
        expect(stack.undo()).toBe(pushed);
        expect(stack.redo()).toBe(pushed);
        expect(stack.canRedo()).toBe(false);
      }),
    );
  });

  it('law: undo after N pushes returns them in reverse order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 50 }), (ns) => {
        const stack = new UndoStack<number>();
        const changes = ns.map(change);
        changes.forEach((c) => stack.push(c));
        const undone: Change<number>[] = [];
        for (let c = stack.undo(); c; c = stack.undo()) undone.push(c);
        expect(undone).toEqual([...changes].reverse());
        undone.forEach((c, i) => expect(c).toBe(changes[changes.length - 1 - i]));
        // Redo then replays them in the original order.
        const redone: Change<number>[] = [];
        for (let c = stack.redo(); c; c = stack.redo()) redone.push(c);
        redone.forEach((c, i) => expect(c).toBe(changes[i]));
      }),
    );
  });

  it('law: a new push clears redo', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.integer(),
        (ns, k, extra) => {
          const stack = new UndoStack<number>();
          ns.forEach((n) => stack.push(change(n)));
          const undos = (k % ns.length) + 1;
          for (let i = 0; i < undos; i++) stack.undo();
          expect(stack.canRedo()).toBe(true);
          stack.push(change(extra));
          expect(stack.canRedo()).toBe(false);
          expect(stack.redo()).toBeNull();
          expect(stack.undoDepth).toBe(ns.length - undos + 1);
        },
      ),
    );
  });

  it('law: capacity is respected and the oldest changes are dropped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.nat({ max: 60 }), (capacity, count) => {
        const stack = new UndoStack<number>(capacity);
        for (let i = 0; i < count; i++) stack.push(change(i));
        expect(stack.undoDepth).toBe(Math.min(capacity, count));
        const kept: number[] = [];
        for (let c = stack.undo(); c; c = stack.undo()) kept.push(c.redo);
        const expected = Array.from({ length: Math.min(capacity, count) }, (_, i) => count - 1 - i);
        expect(kept).toEqual(expected);
      }),
    );
  });
});
