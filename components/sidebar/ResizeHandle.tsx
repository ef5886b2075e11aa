import { useRef } from 'preact/hooks';

export interface ResizeHandleProps {
  width: number;
  min: number;
  max: number;
  onResize(width: number): void;
  /** What it resizes, for the accessible name. */
  label: string;
}

const STEP = 16;
const BIG_STEP = 64;

/**
 * The sidebar's left edge as a window splitter: drag it, or focus it and use the arrow keys. The
 * sidebar is docked on the right, so moving the edge left makes it wider.
 */
export function ResizeHandle(props: ResizeHandleProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const clamp = (w: number) => Math.round(Math.min(props.max, Math.max(props.min, w)));

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? BIG_STEP : STEP;
    const next: Record<string, number> = {
      ArrowLeft: props.width + step,
      ArrowRight: props.width - step,
      Home: props.min,
      End: props.max,
    };
    const width = next[e.key];
    if (width === undefined) return;
    e.preventDefault();
    props.onResize(clamp(width));
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    drag.current = { x: e.clientX, width: props.width };
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!drag.current) return;
    props.onResize(clamp(drag.current.width + (drag.current.x - e.clientX)));
  };
  const endDrag = (e: PointerEvent) => {
    drag.current = null;
    (e.currentTarget as Element).releasePointerCapture?.(e.pointerId);
  };

  return (
    <div
      class="sl-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={props.label}
      aria-valuenow={props.width}
      aria-valuemin={props.min}
      aria-valuemax={props.max}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    />
  );
}
