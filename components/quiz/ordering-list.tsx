'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { ArrowDownIcon, ArrowUpIcon, CheckIcon, CrossIcon, GripIcon } from '@/components/ui/icons';

type Props = {
  items: string[];
  onChange: (items: string[]) => void;
  /** Enter on a handle: check the answer (the hint promises it), as Enter does elsewhere in the quiz. */
  onEnter: () => void;
  locked: boolean;
  /** The right order, shown after checking in Practice mode. */
  correctOrder?: string[];
  announce: (message: string) => void;
  hintId: string;
};

type Control = 'handle' | 'up' | 'down';

/**
 * Put items in order three ways: drag the handle (mouse or touch), press the up/down buttons, or
 * focus the handle and use the arrow keys. Written by hand rather than with a drag-and-drop
 * library: a short vertical list needs ~100 lines, and the library would weigh more than the
 * rest of the quiz page (docs/decisions/005-ordering-without-a-dnd-library.md).
 */
export function OrderingList({ items, onChange, onEnter, locked, correctOrder, announce, hintId }: Props) {
  const controls = useRef(new Map<string, HTMLButtonElement>());
  const rows = useRef(new Map<string, HTMLLIElement>());
  const pendingFocus = useRef<{ item: string; control: Control } | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  /** While dragging, the order lives here and is saved once, on release. */
  const [dragOrder, setDragOrder] = useState<string[] | null>(null);
  const dragPointer = useRef<number | null>(null);
  const dragStart = useRef<number>(-1);
  const shown = dragOrder ?? items;

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const target = controls.current.get(`${pending.item}:${pending.control}`);
    const fallback = controls.current.get(`${pending.item}:handle`);
    (target && !target.disabled ? target : fallback)?.focus();
  });

  const move = (from: number, to: number, control: Control | null) => {
    if (locked || to < 0 || to >= items.length || from === to) return;
    const next = items.slice();
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
    if (control) pendingFocus.current = { item: item!, control };
    announce(`“${item}” moved to position ${to + 1} of ${items.length}.`);
  };

  const onHandleKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? index - 1 : index + 1, 'handle');
    } else if (event.key === 'Enter' && !event.repeat) {
      // A handle does nothing when pressed, so Enter checks the order (or moves on), as the hint says.
      event.preventDefault();
      onEnter();
    }
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLButtonElement>, item: string) => {
    if (locked || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    dragPointer.current = event.pointerId;
    dragStart.current = items.indexOf(item);
    setDragging(item);
    setDragOrder(items);
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLButtonElement>, item: string) => {
    if (dragging !== item || dragPointer.current !== event.pointerId || !dragOrder) return;
    const from = dragOrder.indexOf(item);
    // The new position is the number of other rows whose middle is above the pointer.
    let to = 0;
    for (const other of dragOrder) {
      if (other === item) continue;
      const rect = rows.current.get(other)?.getBoundingClientRect();
      if (rect && rect.top + rect.height / 2 < event.clientY) to += 1;
    }
    if (to !== from) {
      const next = dragOrder.slice();
      next.splice(from, 1);
      next.splice(to, 0, item);
      setDragOrder(next);
    }
  };

  const endDrag = (item: string) => {
    if (dragging !== item) return;
    const finalOrder = dragOrder ?? items;
    dragPointer.current = null;
    setDragging(null);
    setDragOrder(null);
    const to = finalOrder.indexOf(item);
    if (to === dragStart.current) return; // a tap, not a move
    onChange(finalOrder);
    announce(`“${item}” moved to position ${to + 1} of ${finalOrder.length}.`);
  };

  const setControl = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) controls.current.set(key, element);
    else controls.current.delete(key);
  };

  return (
    <div>
      <p id={hintId} className="mb-3 text-sm text-ink-muted">
        <span className="pointer-coarse:hidden">
          Drag a handle, use the arrow buttons, or focus a handle and press the up and down arrow keys; Enter checks
          your order.
        </span>
        <span className="hidden pointer-coarse:inline">Drag an item by its handle, or tap its arrows to move it.</span>
      </p>
      <ol className="space-y-2">
        {shown.map((item, index) => {
          const rightPlace = correctOrder ? correctOrder[index] === item : undefined;
          const shouldBe = correctOrder ? correctOrder.indexOf(item) + 1 : 0;
          const tone =
            rightPlace === undefined
              ? dragging === item
                ? 'border-accent bg-accent-soft shadow-lg'
                : 'border-line bg-surface'
              : rightPlace
                ? 'border-good bg-good-soft'
                : 'border-bad bg-bad-soft';
          return (
            <li
              key={item}
              ref={(element) => {
                if (element) rows.current.set(item, element);
                else rows.current.delete(item);
              }}
              className={`flex items-center gap-2 rounded-xl border-2 p-2 ${tone} ${
                dragging === item ? 'relative z-10 motion-safe:scale-[1.01]' : ''
              }`}
            >
              <button
                type="button"
                ref={setControl(`${item}:handle`)}
                disabled={locked}
                aria-label={`Move “${item}”, position ${index + 1} of ${shown.length}`}
                aria-describedby={hintId}
                onKeyDown={(event) => onHandleKeyDown(event, index)}
                onPointerDown={(event) => onPointerDown(event, item)}
                onPointerMove={(event) => onPointerMove(event, item)}
                onPointerUp={() => endDrag(item)}
                onPointerCancel={() => endDrag(item)}
                className="grid size-11 shrink-0 touch-none place-items-center rounded-lg text-ink-muted hover:bg-surface-2 disabled:cursor-default disabled:hover:bg-transparent enabled:cursor-grab enabled:active:cursor-grabbing"
              >
                <GripIcon />
              </button>
              <span
                aria-hidden="true"
                className="hidden size-7 shrink-0 place-items-center rounded-full bg-surface-2 text-sm font-bold text-ink-muted sm:grid"
              >
                {index + 1}
              </span>
              <span className="min-w-0 flex-1 py-1 leading-snug">
                {item}
                {rightPlace === false ? (
                  <span className="mt-1 flex items-center gap-1 text-sm font-semibold text-bad">
                    <CrossIcon size={16} /> Belongs at position {shouldBe}
                  </span>
                ) : null}
                {rightPlace === true ? (
                  <span className="mt-1 flex items-center gap-1 text-sm font-semibold text-good">
                    <CheckIcon size={16} /> Right place
                  </span>
                ) : null}
              </span>
              {/* Kept in place (hidden) once locked, so the rows do not re-wrap when the answer is checked. */}
              <span className={`flex shrink-0 flex-col gap-1 sm:flex-row ${locked ? 'invisible' : ''}`}>
                <button
                  type="button"
                  ref={setControl(`${item}:up`)}
                  onClick={() => move(index, index - 1, 'up')}
                  disabled={locked || index === 0}
                  aria-label={`Move “${item}” up`}
                  className="grid size-11 place-items-center rounded-lg border border-line text-ink hover:bg-surface-2 disabled:opacity-40 disabled:hover:bg-transparent"
                >
                  <ArrowUpIcon size={18} />
                </button>
                <button
                  type="button"
                  ref={setControl(`${item}:down`)}
                  onClick={() => move(index, index + 1, 'down')}
                  disabled={locked || index === shown.length - 1}
                  aria-label={`Move “${item}” down`}
                  className="grid size-11 place-items-center rounded-lg border border-line text-ink hover:bg-surface-2 disabled:opacity-40 disabled:hover:bg-transparent"
                >
                  <ArrowDownIcon size={18} />
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
