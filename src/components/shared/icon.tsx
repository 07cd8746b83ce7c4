'use client';

import type { SVGProps } from 'react';

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'ref'> {
  /** Width and height in px unless `width` / `height` say otherwise. Default 14. */
  size?: number;
  /**
   * A line icon (the default): no fill, stroked in currentColor at `strokeWidth` (default 1.5).
   * False: the shapes inside paint themselves.
   */
  line?: boolean;
}

/**
 * The kit's decorative inline SVG icon: hidden from assistive technology and out of the tab
 * order, on a 16-unit grid (`viewBox` `0 0 16 16`) unless told otherwise. Other props
 * (`data-slot`, `className`, ...) go to the `<svg>`.
 */
export function Icon({
  size = 14,
  width = size,
  height = size,
  viewBox = '0 0 16 16',
  line = true,
  strokeWidth = 1.5,
  children,
  ...rest
}: IconProps) {
  return (
    <svg
      width={width}
      height={height}
      viewBox={viewBox}
      {...(line && { fill: 'none', stroke: 'currentColor', strokeWidth })}
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  );
}

/** A chevron pointing down: a control that opens a list (the picker's trigger, a select). */
export function ChevronDownIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4.5 6.5L8 10l3.5-3.5" strokeLinecap="round" strokeLinejoin="round" />
    </Icon>
  );
}

/** A magnifying glass: a search field. */
export function SearchIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="7" cy="7" r="4.25" />
      <path d="M10.25 10.25L13.5 13.5" strokeLinecap="round" />
    </Icon>
  );
}
