// Validates what a caller may set per request: format, preset, config. Core validates
// deeper; here we only make sure the shapes are right so bad input is a clean 400.

import type { CheckOptions, HelderConfig, InputFormat, PresetName } from '@helder/core';
import { HttpError } from './errors.js';

const FORMATS: readonly InputFormat[] = ['text', 'markdown', 'html'];
const PRESETS: readonly PresetName[] = ['b1', 'streng'];

function invalid(message: string): HttpError {
  return new HttpError('INVALID_OPTION', { message });
}

export function parseCheckOptions(
  input: { format?: unknown; preset?: unknown; config?: unknown },
  maxMessages: number,
): CheckOptions {
  const options: CheckOptions = { maxMessages };
  if (input.format !== undefined && input.format !== '') {
    if (!FORMATS.includes(input.format as InputFormat)) throw invalid('Onbekend formaat. Kies text, markdown of html.');
    options.format = input.format as InputFormat;
  }
  if (input.preset !== undefined && input.preset !== '') {
    if (!PRESETS.includes(input.preset as PresetName)) throw invalid('Onbekende voorinstelling. Kies b1 of streng.');
    options.preset = input.preset as PresetName;
  }
  if (input.config !== undefined && input.config !== null && input.config !== '') {
    let config = input.config;
    if (typeof config === 'string') {
      try {
        config = JSON.parse(config);
      } catch {
        throw invalid('De instellingen (config) zijn geen geldige JSON.');
      }
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
      throw invalid('De instellingen (config) moeten een JSON-object zijn.');
    }
    const c = config as HelderConfig;
    if (c.preset !== undefined && !PRESETS.includes(c.preset)) throw invalid('Onbekende voorinstelling in config. Kies b1 of streng.');
    if (c.rules !== undefined && (typeof c.rules !== 'object' || c.rules === null || Array.isArray(c.rules))) {
      throw invalid('config.rules moet een object zijn met per regel een instelling.');
    }
    for (const key of ['accept', 'reject', 'extraRules'] as const) {
      if (c[key] !== undefined && !Array.isArray(c[key])) throw invalid(`config.${key} moet een lijst zijn.`);
    }
    options.config = c;
  }
  return options;
}

export function requireText(value: unknown, maxChars: number): string {
  if (typeof value !== 'string') throw new HttpError('TEXT_MISSING');
  if (value.length > maxChars) throw new HttpError('TEXT_TOO_LONG');
  return value;
}
