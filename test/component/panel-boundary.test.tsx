import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/app/PanelBoundary';

let broken = true;
function Flaky() {
  if (broken) throw new Error('series has no rows');
  return <p>panel drawn</p>;
}

describe('a panel error boundary', () => {
  it('keeps the rest of the page and offers a retry', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <div>
        <PanelBoundary name="broken">
          <Flaky />
        </PanelBoundary>
        <PanelBoundary name="fine">
          <p>other panel</p>
        </PanelBoundary>
      </div>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('series has no rows');
    expect(screen.getByText('other panel')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(screen.getByText('panel drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });
});
