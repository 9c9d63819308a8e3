import {
  assessmentKey,
  parseAssessment,
  type Assessment,
  type AssessmentStorage,
} from '@skill-ladder/core/assessment';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  blockedStorage,
  changedAndOrphaned,
  itemsOf,
  memoryStorage,
  partlyFilled,
  storageWith,
} from '../../../../stories/fixtures/assessment.js';
import { codeReviewSample } from '../../../../stories/fixtures/code-review-sample.js';
import { LadderRoot, type LadderRootProps } from '../ladder-root.js';
import { CareerRoleSelect } from '../career-role-select.js';
import { LevelSelector } from '../level-selector.js';
import { AssessmentActions } from './assessment-actions.js';
import { useAssessment } from './assessment-context.js';
import { AssessmentProgress } from './assessment-progress.js';
import { AssessmentRoot, type AssessmentRootProps } from './assessment-root.js';
import { PromotionChecklist } from './promotion-checklist.js';
import { captureDownloads } from '../__fixtures__/capture-downloads.js';

const KEY = assessmentKey('ml-pipelines');

/** What a storage holds for ML Pipelines, read back as an assessment. */
async function stored(storage: AssessmentStorage, key = KEY): Promise<Assessment | undefined> {
  const text = await storage.get(key);
  if (text === null) return undefined;
  const parsed = parseAssessment(JSON.parse(text));
  return parsed.ok ? parsed.assessment : undefined;
}

function Page({
  root,
  assess,
  children,
}: {
  root?: Partial<LadderRootProps>;
  assess?: AssessmentRootProps;
  children?: ReactNode;
}) {
  return (
    <LadderRoot skill="ml-pipelines" {...root}>
      <LevelSelector toolbar={<CareerRoleSelect />}>
        <AssessmentRoot {...assess}>
          {children ?? (
            <>
              <PromotionChecklist />
              <AssessmentProgress />
              <AssessmentActions />
            </>
          )}
        </AssessmentRoot>
      </LevelSelector>
    </LadderRoot>
  );
}

const [middleFirst, middleSecond] = itemsOf('ml-engineer', 'middle');

describe('AssessmentRoot and useAssessment', () => {
  it('throws an error naming the part outside a root', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Probe() {
      useAssessment('Probe');
      return null;
    }
    expect(() => render(<Probe />)).toThrow(/<Probe> must be used inside <AssessmentRoot>/);
    vi.restoreAllMocks();
  });

  it('renders the empty assessment on the server and touches no storage', () => {
    const storage = memoryStorage();
    const get = vi.spyOn(storage, 'get');
    const html = renderToString(
      <Page
        root={{ defaultLevel: 'middle', defaultCareerRole: 'ml-engineer' }}
        assess={{ storage }}
      />,
    );
    expect(html).toContain('My promotion checklist');
    expect(html).toContain('No level reached yet');
    expect(html).not.toContain('checked=""');
    expect(get).not.toHaveBeenCalled();
  });

  it('restores the role and level from the stored assessment when the host set none', async () => {
    render(<Page assess={{ storage: storageWith(partlyFilled) }} />);
    expect(await screen.findByText('Middle: 3 of 4, 1 partly')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('ml-engineer');
    expect(screen.getByRole('tab', { name: 'Middle' })).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps the host’s choice when restoring is off, and stores the root’s selection', async () => {
    const storage = storageWith(partlyFilled);
    render(
      <Page
        root={{ defaultLevel: 'senior', defaultCareerRole: 'data-scientist' }}
        assess={{ storage, restoreSelection: false }}
      />,
    );
    await waitFor(async () =>
      expect(await stored(storage)).toMatchObject({
        careerRole: 'data-scientist',
        level: 'senior',
      }),
    );
    expect(screen.getByRole('tab', { name: 'Senior' })).toHaveAttribute('aria-selected', 'true');
  });

  it('tells the host of each change, not of the first read', async () => {
    const user = userEvent.setup();
    const onAssessmentChange = vi.fn();
    render(
      <Page
        root={{ defaultLevel: 'middle', defaultCareerRole: 'ml-engineer' }}
        assess={{ storage: 'memory', onAssessmentChange }}
      />,
    );
    const group = await screen.findByRole('group', { name: middleFirst!.text });
    await user.click(within(group).getByRole('radio', { name: 'Yes' }));
    await waitFor(() =>
      expect(onAssessmentChange).toHaveBeenLastCalledWith(
        expect.objectContaining({
          marks: expect.objectContaining({
            [`ml-engineer/middle/${middleFirst!.key}`]: expect.objectContaining({ status: 'yes' }),
          }),
        }),
      ),
    );
  });
});

describe('PromotionChecklist', () => {
  it('asks for a role first, with the picker at hand', async () => {
    const user = userEvent.setup();
    render(<Page root={{ defaultLevel: 'middle' }} assess={{ storage: 'memory' }} />);
    const checklist = screen.getByRole('region', { name: 'My promotion checklist' });
    expect(checklist).toHaveAttribute('data-state', 'pick-role');
    expect(within(checklist).getByText('Pick your role to start your checklist.')).toBeVisible();
    await user.selectOptions(within(checklist).getByRole('combobox'), 'ml-engineer');
    expect(checklist).toHaveAttribute('data-state', 'ready');
    expect(screen.getByRole('heading', { name: /Expected at Senior/ })).toBeInTheDocument();
  });

  it('offers each expectation of the current and next level as a named radio group, and keeps the marks', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    render(
      <Page
        root={{ defaultLevel: 'middle', defaultCareerRole: 'ml-engineer' }}
        assess={{ storage }}
      />,
    );
    const middle = screen.getByRole('region', { name: /Expected at Middle/ });
    const senior = screen.getByRole('region', { name: /Expected at Senior/ });
    expect(
      within(middle)
        .getAllByRole('group')
        .map((g) => g.textContent),
    ).toHaveLength(4);
    expect(within(senior).getAllByRole('group')).toHaveLength(4);
    const group = within(middle).getByRole('group', { name: middleFirst!.text });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['yes', 'partly', 'not-yet']);
    await user.click(within(group).getByRole('radio', { name: 'Partly' }));
    expect(within(group).getByRole('radio', { name: 'Partly' })).toBeChecked();
    expect(screen.getByText('Middle: 0 of 4, 1 partly')).toBeInTheDocument();
    await waitFor(async () =>
      expect((await stored(storage))?.marks).toEqual({
        [`ml-engineer/middle/${middleFirst!.key}`]: expect.objectContaining({
          status: 'partly',
          text: middleFirst!.text,
        }),
      }),
    );
  });

  it('saves a note on blur, on Enter and after a pause in typing', async () => {
    const user = userEvent.setup();
    const storage = storageWith(partlyFilled);
    render(<Page assess={{ storage }} />);
    const group = await screen.findByRole('group', { name: middleFirst!.text });
    await user.click(within(group).getByRole('button', { name: 'Add a note' }));
    const note = within(group).getByRole('textbox', { name: 'Note' });
    expect(note).toHaveFocus();
    expect(note).toHaveAttribute('maxlength', '500');
    await user.type(note, 'Shipped two of them');
    // No blur and no Enter: the pause in typing saves it.
    await waitFor(async () =>
      expect((await stored(storage))?.marks[`ml-engineer/middle/${middleFirst!.key}`]?.note).toBe(
        'Shipped two of them',
      ),
    );
    await user.type(note, ' this year{Enter}');
    expect((await stored(storage))?.marks[`ml-engineer/middle/${middleFirst!.key}`]?.note).toBe(
      'Shipped two of them this year',
    );
    const second = screen.getByRole('group', { name: middleSecond!.text });
    await user.click(within(second).getByRole('button', { name: 'Add a note' }));
    await user.type(within(second).getByRole('textbox', { name: 'Note' }), 'Both models');
    await user.tab();
    expect((await stored(storage))?.marks[`ml-engineer/middle/${middleSecond!.key}`]?.note).toBe(
      'Both models',
    );
  });

  it('closes a note on Escape, saving it, with focus back on its button', async () => {
    const user = userEvent.setup();
    const storage = storageWith(partlyFilled);
    render(<Page assess={{ storage }} />);
    const group = await screen.findByRole('group', { name: middleFirst!.text });
    await user.click(within(group).getByRole('button', { name: 'Add a note' }));
    await user.type(within(group).getByRole('textbox', { name: 'Note' }), 'Draft{Escape}');
    expect(within(group).queryByRole('textbox', { name: 'Note' })).toBeNull();
    expect(within(group).getByRole('button', { name: 'Edit note' })).toHaveFocus();
    expect((await stored(storage))?.marks[`ml-engineer/middle/${middleFirst!.key}`]?.note).toBe(
      'Draft',
    );
  });

  it('shows a reworded item with its old text and mark, and keeps that mark on confirming', async () => {
    const user = userEvent.setup();
    const storage = storageWith(changedAndOrphaned);
    render(<Page assess={{ storage }} />);
    const group = await screen.findByRole('group', { name: middleSecond!.text });
    const item = group.closest('li') as HTMLElement;
    expect(item).toHaveAttribute('data-state', 'changed');
    expect(within(item).getByText('Changed since you checked')).toBeInTheDocument();
    expect(item).toHaveTextContent('Configures parameterized pipelines for each model.');
    expect(item).toHaveTextContent('Your mark then: Yes');
    await user.click(within(item).getByRole('button', { name: 'Keep my mark' }));
    expect(item).toHaveAttribute('data-state', 'marked');
    expect(within(group).getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Yes' })).toHaveFocus();
    await waitFor(async () => {
      const marks = (await stored(storage))?.marks ?? {};
      expect(marks['ml-engineer/middle/kold2']).toBeUndefined();
      expect(marks[`ml-engineer/middle/${middleSecond!.key}`]).toMatchObject({
        status: 'yes',
        text: middleSecond!.text,
        note: 'Did this for the ranking models.',
      });
    });
  });

  it('lists marks no longer in the ladder, and removes one on request', async () => {
    const user = userEvent.setup();
    render(<Page assess={{ storage: storageWith(changedAndOrphaned) }} />);
    const orphans = await screen.findByRole('region', { name: 'No longer in the ladder' });
    expect(orphans).toHaveTextContent('Documents every pipeline in the team wiki.');
    expect(orphans).toHaveTextContent('Partly');
    await user.click(
      within(orphans).getByRole('button', {
        name: 'Remove the mark on: Documents every pipeline in the team wiki.',
      }),
    );
    expect(screen.queryByRole('region', { name: 'No longer in the ladder' })).toBeNull();
    // Gone with the list, focus lands on the checklist's title, not on the page.
    expect(screen.getByRole('heading', { name: 'My promotion checklist' })).toHaveFocus();
  });
});

describe('AssessmentProgress', () => {
  it('shows each level, the estimate, a target and what is left for it', async () => {
    const user = userEvent.setup();
    render(<Page assess={{ storage: storageWith(partlyFilled) }} />);
    const progress = await screen.findByRole('region', { name: 'Your progress' });
    await within(progress).findByText('Middle: 3 of 4, 1 partly');
    expect(within(progress).getByText('Junior: 3 of 3')).toBeInTheDocument();
    expect(within(progress).getByText('Estimated level: Junior')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    const target = within(progress).getByRole('combobox', { name: 'Target level' });
    expect(target).toHaveValue('senior');
    expect(
      within(progress).getByRole('heading', { name: 'What is left for Senior' }),
    ).toBeVisible();
    expect(within(progress).getAllByRole('listitem').length).toBeGreaterThan(5);
    await user.selectOptions(target, 'junior');
    expect(
      within(progress).getByText('Nothing is left for Junior: every expectation is "yes".'),
    ).toBeInTheDocument();
  });

  it('aims at the level itself at the top of the ladder, so that every target can be picked', async () => {
    const user = userEvent.setup();
    render(
      <Page
        root={{ defaultLevel: 'principal', defaultCareerRole: 'ml-engineer' }}
        assess={{ storage: 'memory' }}
      />,
    );
    const progress = await screen.findByRole('region', { name: 'Your progress' });
    const target = within(progress).getByRole('combobox', { name: 'Target level' });
    expect(target).toHaveValue('principal');
    expect(
      within(progress).getByRole('heading', { name: 'What is left for Principal' }),
    ).toBeVisible();
    await user.selectOptions(target, 'junior');
    expect(
      within(progress).getByRole('heading', { name: 'What is left for Junior' }),
    ).toBeVisible();
  });
});

describe('AssessmentActions', () => {
  const blobs = captureDownloads();

  const chooseFile = (content: string) =>
    act(async () => {
      const input = document.querySelector('input[type="file"]') as HTMLInputElement;
      fireEvent.change(input, {
        target: { files: [new File([content], 'marks.json', { type: 'application/json' })] },
      });
    });

  it('exports the assessment as a file that imports back', async () => {
    const user = userEvent.setup();
    render(<Page assess={{ storage: storageWith(partlyFilled) }} />);
    await screen.findByText('Middle: 3 of 4, 1 partly');
    await user.click(screen.getByRole('button', { name: 'Export my marks' }));
    expect(blobs).toHaveLength(1);
    const parsed = parseAssessment(JSON.parse(await blobs[0]!.text()));
    expect(parsed.ok && parsed.assessment.marks).toEqual(partlyFilled.marks);
  });

  it('previews an import, then replaces the marks on confirming', async () => {
    const user = userEvent.setup();
    const storage = storageWith(partlyFilled);
    render(<Page assess={{ storage }} />);
    await screen.findByText('Middle: 3 of 4, 1 partly');
    const incoming = { ...partlyFilled, format: 'skill-ladder-assessment', marks: {} };
    await chooseFile(JSON.stringify(incoming));
    const heading = await screen.findByRole('heading', { name: 'Import these marks?' });
    await waitFor(() => expect(heading).toHaveFocus());
    const preview = heading.closest('[data-slot="import-preview"]') as HTMLElement;
    expect(preview).toHaveTextContent('0 new, 0 changed, 9 removed');
    await user.click(within(preview).getByRole('button', { name: 'Import' }));
    expect(screen.getByText('Middle: 0 of 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import marks' })).toHaveFocus();
    await waitFor(async () => expect((await stored(storage))?.marks).toEqual({}));
  });

  it('names a bad file’s problems by path and imports nothing', async () => {
    const user = userEvent.setup();
    render(<Page assess={{ storage: storageWith(partlyFilled) }} />);
    await screen.findByText('Middle: 3 of 4, 1 partly');
    await chooseFile(JSON.stringify({ format: 'skill-ladder-assessment', version: 2, marks: 3 }));
    const heading = await screen.findByRole('heading', { name: 'This file could not be imported' });
    const preview = heading.closest('[data-slot="import-preview"]') as HTMLElement;
    expect(within(preview).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(preview).toHaveTextContent('marks');
    expect(within(preview).queryByRole('button', { name: 'Import' })).toBeNull();
    await user.click(within(preview).getByRole('button', { name: 'Close' }));
    expect(screen.getByText('Middle: 3 of 4, 1 partly')).toBeInTheDocument();
    await chooseFile('{ not json');
    const again = await screen.findByRole('heading', { name: 'This file could not be imported' });
    await waitFor(() => expect(again).toHaveFocus());
    // Escape closes it as Close does, and hands focus back.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: 'This file could not be imported' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Import marks' })).toHaveFocus();
  });

  it('clears every mark only after a confirmation', async () => {
    const user = userEvent.setup();
    const storage = storageWith(partlyFilled);
    render(<Page assess={{ storage }} />);
    await screen.findByText('Middle: 3 of 4, 1 partly');
    await user.click(screen.getByRole('button', { name: 'Clear my marks' }));
    const question = screen.getByText('Clear every mark and note? This cannot be undone.');
    await waitFor(() => expect(question).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Clear my marks' })).toHaveFocus();
    expect(screen.getByText('Middle: 3 of 4, 1 partly')).toBeInTheDocument();
    // Escape in the question cancels it too.
    await user.click(screen.getByRole('button', { name: 'Clear my marks' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByText('Clear every mark and note? This cannot be undone.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Clear my marks' })).toHaveFocus();
    expect(screen.getByText('Middle: 3 of 4, 1 partly')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear my marks' }));
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByText('Middle: 0 of 4')).toBeInTheDocument();
    await waitFor(async () => expect((await stored(storage))?.marks ?? {}).toEqual({}));
  });

  it('tells of a storage it cannot use, once, until dismissed', async () => {
    const user = userEvent.setup();
    render(
      <Page
        root={{ defaultLevel: 'middle', defaultCareerRole: 'ml-engineer' }}
        assess={{ storage: blockedStorage }}
      />,
    );
    const notice = await screen.findByText(/does not let the page save/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
    const group = screen.getByRole('group', { name: middleFirst!.text });
    await user.click(within(group).getByRole('radio', { name: 'Yes' }));
    expect(within(group).getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(screen.getAllByText(/does not let the page save/)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/does not let the page save/)).toBeNull();
  });
});

describe('a translated ladder', () => {
  it('keeps the marks when the reader changes language, and shows each sentence in theirs', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const page = (locale: string) => (
      <Page
        root={{
          skill: undefined,
          ladder: codeReviewSample,
          locale,
          defaultLevel: 'junior',
          defaultCareerRole: 'backend-engineer',
        }}
        assess={{ storage, restoreSelection: false }}
      />
    );
    const { rerender } = render(page('en'));
    const group = screen.getByRole('group', {
      name: 'Opens small pull requests and answers every review comment.',
    });
    await user.click(within(group).getByRole('radio', { name: 'Yes' }));
    rerender(page('zh-CN'));
    const translated = await screen.findByRole('group', {
      name: '提交小的拉取请求，并回复每一条评审意见。',
    });
    expect(within(translated).getByRole('radio', { name: '已做到' })).toBeChecked();
    expect(translated.closest('li')).toHaveAttribute('data-state', 'marked');
    expect(screen.queryByRole('region', { name: '已不在阶梯中' })).toBeNull();
    // The mark keeps the source text, so an export reads the same in any language.
    await waitFor(async () =>
      expect(
        Object.values((await stored(storage, assessmentKey(codeReviewSample.id)))?.marks ?? {}),
      ).toEqual([
        expect.objectContaining({
          text: 'Opens small pull requests and answers every review comment.',
        }),
      ]),
    );
  });
});
