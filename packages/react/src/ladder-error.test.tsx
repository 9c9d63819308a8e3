import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LadderErrorBoundary, LadderErrorPanel } from './ladder-error.js';

function Boom({ fail }: { fail: boolean }) {
  if (fail) throw new Error('render failed');
  return <p>rendered</p>;
}

describe('LadderErrorBoundary', () => {
  it('shows the fallback for a render error and tries again when a reset key changes', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fallback = (e: unknown) => <p role="alert">{(e as Error).message}</p>;
    const { rerender } = render(
      <LadderErrorBoundary resetKeys={[1]} fallback={fallback}>
        <Boom fail />
      </LadderErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('render failed');
    rerender(
      <LadderErrorBoundary resetKeys={[2]} fallback={fallback}>
        <Boom fail={false} />
      </LadderErrorBoundary>,
    );
    expect(screen.getByText('rendered')).toBeInTheDocument();
    error.mockRestore();
  });
});

describe('LadderErrorPanel', () => {
  it('lists at most twenty validation errors and counts the rest', () => {
    const errors = Array.from({ length: 23 }, (_, i) => ({
      path: `cells[${i}]`,
      message: `problem ${i}`,
    }));
    render(<LadderErrorPanel failure={{ kind: 'invalid-ladder', errors }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The ladder data has 23 problems:');
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    expect(screen.getByText('and 3 more problems.')).toBeInTheDocument();
  });
});
