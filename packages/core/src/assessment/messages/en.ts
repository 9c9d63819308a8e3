import type { Message } from '../../messages/types.js';

// English interface strings of the self-assessment parts: the reference set every locale must
// match key for key. Kept out of core's main message set, so a page without assessment pays
// nothing for them. Grouped by part; add a key at the end of its part's group.
export const assessmentEn = {
  // Statuses and marks (checklist)
  'assessment.status.yes': 'Yes',
  'assessment.status.partly': 'Partly',
  'assessment.status.not-yet': 'Not yet',
  'assessment.yourMarks': 'Your marks',
  'assessment.markLabel': 'How far do you do this?',
  'assessment.note': 'Note',
  'assessment.noteHint': 'Optional, up to {max} characters',
  'assessment.unmarked': 'Not marked',
  'assessment.changed': 'Changed since you checked',
  'assessment.changedWas': 'You marked it when it read: {text}',
  'assessment.confirm': 'Keep my mark',
  'assessment.orphans': 'No longer in the ladder',
  'assessment.orphansHint': {
    one: 'This mark is on an expectation the ladder no longer has. It is kept.',
    other: 'These {count} marks are on expectations the ladder no longer has. They are kept.',
  },

  // Progress summary
  // `count` is the number marked "partly": "Senior: 3 of 4, 1 partly".
  'assessment.progress': {
    zero: '{level}: {yes} of {total}',
    other: '{level}: {yes} of {total}, {count} partly',
  },
  'assessment.progressNotExpected': '{level}: not expected',
  'assessment.progressChanged': '{count} changed since you checked',
  'assessment.estimatedLevel': 'Estimated level: {level}',
  'assessment.noLevelYet': 'No level reached yet',
  'assessment.estimateRule': 'The highest level whose required expectations are all "yes".',
  'assessment.leftFor': 'What is left for {level}',
  'assessment.nothingLeft': 'Nothing is left for {level}: every expectation is "yes".',
  'assessment.target': 'Target level',

  // Export, import, clear
  'assessment.export': 'Export my marks',
  'assessment.import': 'Import marks',
  'assessment.clear': 'Clear my marks',
  'assessment.clearConfirm': 'Clear every mark and note? This cannot be undone.',
  'assessment.clearConfirmAction': 'Clear',
  'assessment.cancel': 'Cancel',
  'assessment.importPreviewTitle': 'Import these marks?',
  'assessment.importPreview': '{added} new, {changed} changed, {removed} removed',
  'assessment.importOtherLadder': 'This file is for another ladder.',
  'assessment.importConfirmAction': 'Import',
  'assessment.importErrors': 'This file could not be imported',

  // Notices about stored marks
  'assessment.notice.restoredFresh':
    'Your saved marks could not be read. A backup was kept, and you start fresh.',
  'assessment.notice.storageUnavailable':
    'This browser does not let the page save. Your marks are kept only in this tab.',
  'assessment.notice.storageFull':
    'The browser has no room left to save. Your marks are kept only in this tab.',
  'assessment.notice.migrated': 'Your saved marks were brought up to date from an older version.',
  'assessment.notice.dismiss': 'Dismiss',

  // Compare two levels
  'assessment.compare.title': 'Compare levels',
  'assessment.compare.from': 'From',
  'assessment.compare.to': 'To',
  'assessment.compare.heading': 'From {from} to {to}',
  'assessment.compare.new': 'New',
  'assessment.compare.gone': 'Gone',
  'assessment.compare.reworded': 'Reworded',
  'assessment.compare.same': 'Same',

  // Charts
  'assessment.chart.standingTitle': 'Your standing against {role}',
  'assessment.chart.expectedLevel': 'Expected level',
  'assessment.chart.estimatedLevel': 'Estimated level',
  'assessment.chart.standingSummary':
    'Estimated level: {estimated}. Expected level for {role}: {expected}.',
  'assessment.chart.downloadSvg': 'Download SVG',
  'assessment.chart.downloadPng': 'Download PNG',

  // Print
  'assessment.print.title': 'My promotion checklist',
  // ---- Added by assess-react (the React parts' own strings; the lead resolves conflicts) ----
  'assessment.noteAdd': 'Add a note',
  'assessment.noteEdit': 'Edit note',
  'assessment.noteDone': 'Done',
  'assessment.changedMark': 'Your mark then: {status}',
  'assessment.orphanRemove': 'Remove',
  'assessment.orphanRemoveLabel': 'Remove the mark on: {text}',
  'assessment.checklistContext': '{role}, current level {level}',
  'assessment.pickRole': 'Pick your role to start your checklist.',
  'assessment.progressTitle': 'Your progress',
  'assessment.keptInBrowser': 'Kept in this browser only; nothing is sent anywhere.',
  'assessment.keptInMemory': 'Kept in this tab only, and gone when it closes.',
  'assessment.keptByHost': 'Saved by this site.',
  'assessment.close': 'Close',

  // ---- Views (helper assess-views): level comparison, progress chart, skill radar ----
  'assessment.compare.change': 'Change',
  'assessment.compare.roleCaption': '{role}: from {from} to {to}',
  'assessment.chart.currentLevel': 'Current level',
  'assessment.chart.level': 'Level',
  'assessment.chart.total': 'Expectations',
  'assessment.chart.marks': 'Marked as',
  'assessment.radar.title': '{role} at {level} across skills',
  'assessment.radar.rule':
    'Expected level: the highest level up to {level} at which the skill is required for the role. Estimated level: the highest level whose required expectations you marked all "yes".',
  'assessment.radar.below': {
    zero: 'No skill is below the expected level.',
    one: 'One skill is below the expected level: {skills}.',
    other: '{count} skills are below the expected level: {skills}.',
  },
  'assessment.radar.notAssessedCount': {
    one: 'One skill is not assessed yet.',
    other: '{count} skills are not assessed yet.',
  },
  'assessment.radar.notAssessed': 'Not assessed',
  'assessment.radar.noneRequired': 'None required yet',
  'assessment.radar.noneReached': 'None reached yet',
  'assessment.chart.currentIs': 'Current level: {level}',
  'assessment.chart.targetIs': 'Target level: {level}',
  'assessment.chart.sentence': '{text}.',
  'assessment.chart.separator': '; ',
} as const satisfies Readonly<Record<string, Message>>;
