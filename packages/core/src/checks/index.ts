// Registry of letter-level detectors for the rule kind `check`. A rule file names one
// with `check: <name>`; the engine looks it up here. Each detector is one file; shared
// layout and cues live in letter.ts.

import type { LetterCheck } from '../doc.js';
import { actionDeadline } from './action-deadline.js';
import { anonymousSalutation } from './anonymous-salutation.js';
import { contactPerson } from './contact-person.js';
import { coreMessageFirst } from './core-message-first.js';
import { enumeration } from './enumeration.js';
import { headings } from './headings.js';
import { mixedAddress } from './mixed-address.js';
import { negativeFraming } from './negative-framing.js';
import { nextStep } from './next-step.js';
import { objection } from './objection.js';
import { selfReference } from './self-reference.js';
import { shouting } from './shouting.js';
import { subjectMissing } from './subject-missing.js';
import { subjectVague } from './subject-vague.js';

export const letterChecks: Record<string, LetterCheck> = {
  'action-deadline': actionDeadline,
  'anonymous-salutation': anonymousSalutation,
  'contact-person': contactPerson,
  'core-message-first': coreMessageFirst,
  enumeration,
  headings,
  'mixed-address': mixedAddress,
  'negative-framing': negativeFraming,
  'next-step': nextStep,
  objection,
  'self-reference': selfReference,
  shouting,
  'subject-missing': subjectMissing,
  'subject-vague': subjectVague,
};
