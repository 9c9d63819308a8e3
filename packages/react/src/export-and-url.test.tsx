import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { codeReviewSample } from '../../../stories/fixtures/code-review-sample.js';
import { SkillLadder } from './skill-ladder.js';
import { captureDownloads } from './__fixtures__/capture-downloads.js';

const startUrl = window.location.href;
afterEach(() => window.history.replaceState(null, '', startUrl));

describe('the Export menu', () => {
  const blobs = captureDownloads();

  it('is there only when asked for', () => {
    render(<SkillLadder skill="ml-pipelines" />);
    expect(screen.queryByText('Export')).toBeNull();
  });

  it('downloads every cell as CSV and the selected level as Markdown', async () => {
    const user = userEvent.setup();
    render(<SkillLadder skill="ml-pipelines" exportable defaultLevel="lead" />);
    await user.click(screen.getByText('Export'));
    await user.click(screen.getByRole('button', { name: 'Download CSV (every level)' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Download Markdown (Lead)' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(2));
    const [csv, markdown] = await Promise.all(blobs.map((blob) => blob.text()));
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(csv?.split('\r\n')).toHaveLength(32);
    expect(markdown).toContain('## Expected at Lead');
    expect(markdown?.match(/^## /gm)).toHaveLength(1);
  });

  it('exports the ladder in the language it is shown in, with what fell back in the source', async () => {
    const user = userEvent.setup();
    render(
      <SkillLadder ladder={codeReviewSample} locale="zh-CN" exportable defaultLevel="middle" />,
    );
    await user.click(screen.getByText('导出'));
    await user.click(screen.getByRole('button', { name: '下载 CSV（全部级别）' }));
    await user.click(screen.getByRole('button', { name: '下载 Markdown（中级）' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(2));
    const [csv, markdown] = await Promise.all(blobs.map((blob) => blob.text()));
    expect(csv).toContain('在一天之内评审团队的拉取请求。');
    expect(csv).toContain('Sets the review checklist other teams adopt.');
    expect(markdown).toContain('# 代码评审');
    expect(markdown).toContain('## 中级的期望');
    expect(markdown).toContain('| Engineering Manager | 不作要求 |');
  });
});

describe('syncWithUrl', () => {
  it('restores level and career role from the query string and writes them back as the user picks', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '?tab=keep&level=lead&career-role=ml-engineer');
    render(<SkillLadder skill="ml-pipelines" syncWithUrl />);
    expect(await screen.findByRole('tab', { name: 'Lead', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('ml-engineer');
    await user.click(screen.getByRole('tab', { name: 'Middle' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'All roles');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('level')).toBe('middle');
    expect(params.has('career-role')).toBe(false);
    expect(params.get('tab')).toBe('keep');
  });

  it('ignores unknown values and restores the known ones', async () => {
    window.history.replaceState(null, '', '?level=staff&career-role=mlops-engineer');
    const { unmount } = render(
      <SkillLadder skill="ml-pipelines" syncWithUrl defaultLevel="senior" />,
    );
    // The known career role is restored, which shows that restoring ran; the level stays.
    await vi.waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('mlops-engineer'),
    );
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Senior');
    unmount();
    window.history.replaceState(null, '', '?level=lead&career-role=cto');
    render(<SkillLadder skill="ml-pipelines" syncWithUrl defaultCareerRole="ml-engineer" />);
    expect(await screen.findByRole('tab', { name: 'Lead', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('ml-engineer');
  });

  it('does nothing unless the host opts in', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '?level=lead');
    render(<SkillLadder skill="ml-pipelines" />);
    await user.click(screen.getByRole('tab', { name: 'Middle' }));
    expect(window.location.search).toBe('?level=lead');
  });
});
