// Dutch labels and number formatting for the page.

import type { Category, Message, Severity } from './types.ts';

export const CATEGORY_LABEL: Record<Category, string> = {
  woorden: 'Woorden',
  zinnen: 'Zinnen',
  toon: 'Toon',
  structuur: 'Opbouw',
};

export const CATEGORY_HINT: Record<Category, string> = {
  woorden: 'moeilijke of ambtelijke woorden',
  zinnen: 'lange of ingewikkelde zinnen',
  toon: 'afstandelijke of onvriendelijke toon',
  structuur: 'wat de lezer mist: wie, wat, wanneer',
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Verbeter dit',
  warning: 'Kan eenvoudiger',
  suggestion: 'Tip',
};

export const LEVEL_LABEL: Record<number, string> = {
  1: 'makkelijk',
  2: 'redelijk makkelijk',
  3: 'moeilijk',
  4: 'zeer moeilijk',
};

const number1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function grade(value: number): string {
  return number1.format(value);
}

export function gradeWord(value: number): string {
  if (value >= 8) return 'Helder geschreven.';
  if (value >= 6.5) return 'Voldoende, maar het kan eenvoudiger.';
  if (value >= 5.5) return 'Net voldoende: pak de punten hieronder aan.';
  return 'Moeilijk voor veel lezers.';
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };

export function bySeverity(a: Message, b: Message): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start;
}

/** "als" for "Indien" should become "Als". */
export function matchCase(actual: string, replacement: string): string {
  const first = actual.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.attrs) for (const [k, v] of Object.entries(props.attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}
