import * as Tooltip from '@radix-ui/react-tooltip';
import { cva } from 'class-variance-authority';
import type { RefObject } from 'react';
import { classNames } from './class-names.js';
import type { TooltipController } from './tooltip-controller.js';

const tooltip = cva('sl-tooltip');

export interface CellTooltipProps {
  id: string;
  description: string;
  /** The cell's button; the tooltip sits over it and describes it. */
  anchor: RefObject<HTMLButtonElement | null>;
  tooltips: TooltipController;
  unstyled: boolean | undefined;
}

/**
 * The description of the matrix cell that is hovered or focused, in a Radix Tooltip. Its
 * trigger is an empty box laid over the cell's button, so that opening it never remounts
 * the button (which would lose focus). Loaded on demand; the default export is for `lazy`.
 */
export default function CellTooltip({
  id,
  description,
  anchor,
  tooltips,
  unstyled,
}: CellTooltipProps) {
  return (
    <Tooltip.Provider>
      <Tooltip.Root
        open
        onOpenChange={(open) => {
          // Radix also closes on scroll, and focusing a cell scrolls it into view: a focused
          // cell keeps its description until Escape or blur.
          if (!open && !anchor.current?.matches(':focus')) tooltips.close();
        }}
      >
        <Tooltip.Trigger asChild>
          <span data-slot="tooltip-anchor" aria-hidden="true" />
        </Tooltip.Trigger>
        {/* Not portalled: Radix positions it as fixed, and in place it keeps the ladder's theme. */}
        <Tooltip.Content
          id={id}
          // The text once for screen readers, in Radix's hidden role="tooltip" node.
          aria-label={description}
          side="top"
          sideOffset={6}
          collisionPadding={8}
          onEscapeKeyDown={tooltips.close}
          // Radix closes it when the pointer leaves towards anywhere but the cell.
          onPointerEnter={tooltips.keepOpen}
          data-slot="tooltip"
          dir="auto"
          className={classNames(unstyled, tooltip(), undefined)}
        >
          {description}
          <Tooltip.Arrow data-slot="tooltip-arrow" width={12} height={6} />
        </Tooltip.Content>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
