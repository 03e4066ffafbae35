import { useRef } from 'react';

/** A draggable, keyboard-operable divider that resizes the pane on one side of it. */
export function Splitter(props: {
  label: string;
  width: number;
  min: number;
  max: number;
  /** +1 when dragging right widens the pane (pane on the left), -1 otherwise. */
  direction: 1 | -1;
  onChange(width: number): void;
}) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const clamp = (w: number) => Math.min(props.max, Math.max(props.min, w));
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={props.label}
      aria-valuenow={Math.round(props.width)}
      aria-valuemin={props.min}
      aria-valuemax={props.max}
      tabIndex={0}
      onPointerDown={(event) => {
        start.current = { x: event.clientX, width: props.width };
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={(event) => {
        if (!start.current) return;
        props.onChange(
          clamp(start.current.width + props.direction * (event.clientX - start.current.x)),
        );
      }}
      onPointerUp={() => (start.current = null)}
      onKeyDown={(event) => {
        const step = event.shiftKey ? 48 : 16;
        if (event.key === 'ArrowLeft') props.onChange(clamp(props.width - props.direction * step));
        else if (event.key === 'ArrowRight')
          props.onChange(clamp(props.width + props.direction * step));
        else return;
        event.preventDefault();
      }}
    />
  );
}
