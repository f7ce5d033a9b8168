// The staff page: paste a letter, see what to improve, fix it in one click.

import './style.css';
import { annotateDocx, ApiError, checkDocx, checkText, rewriteText, type CheckConfig } from './api.ts';
import { EXAMPLE } from './example.ts';
import { bySeverity, CATEGORY_HINT, CATEGORY_LABEL, el, grade, gradeWord, LEVEL_LABEL, matchCase, SEVERITY_LABEL } from './format.ts';
import { rectAt, renderBackdrop, shiftMessages } from './highlight.ts';
import { htmlToText } from './paste.ts';
import type { Category, Edit, Message, Report } from './types.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLTextAreaElement>('input');
const backdrop = document.querySelector<HTMLElement>('.backdrop')!;
const editor = document.querySelector<HTMLElement>('.editor')!;
const popover = $('popover');
const statusLine = $('status');
const alertLine = $('alert');

const CHECK_DELAY_MS = 350;
const OFF_KEY = 'helder.uitgezet';

let lastText = input.value;
/** Findings aligned with the textarea's current text (shifted while typing). */
let messages: Message[] = [];
let report: Report | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: AbortController | undefined;
let docxFile: File | undefined;
let b1Text = '';
const disabled = new Set<string>(readOff());

function readOff(): string[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(OFF_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function config(): CheckConfig {
  return disabled.size ? { rules: Object.fromEntries([...disabled].map((id) => [id, 'off' as const])) } : {};
}

function visible(list: Message[]): Message[] {
  return list.filter((m) => !disabled.has(m.ruleId));
}

function showError(error: unknown): void {
  if ((error as Error)?.name === 'AbortError') return;
  alertLine.textContent = error instanceof ApiError ? error.message : 'Er ging iets mis. Probeer het opnieuw.';
  alertLine.hidden = false;
}

function clearError(): void {
  alertLine.hidden = true;
  alertLine.textContent = '';
}

function setStatus(text: string): void {
  if (statusLine.textContent !== text) statusLine.textContent = text;
}

// ---- editor -------------------------------------------------------------------------


function paintHighlights(): void {
  renderBackdrop(backdrop, input.value, messages);
}

function schedule(delay = CHECK_DELAY_MS): void {
  clearTimeout(timer);
  timer = setTimeout(() => void runCheck(), delay);
}

async function runCheck(): Promise<void> {
  clearTimeout(timer);
  inflight?.abort();
  const text = input.value;
  if (text.trim() === '') {
    messages = [];
    report = undefined;
    paintHighlights();
    renderPanel();
    setStatus('');
    return;
  }
  const controller = new AbortController();
  inflight = controller;
  editor.classList.add('busy');
  try {
    const result = await checkText(text, config(), controller.signal);
    if (input.value !== text) return; // typed on: a newer check follows
    clearError();
    report = result;
    messages = visible(result.messages);
    paintHighlights();
    renderPanel();
    setStatus(messages.length === 0 ? 'Gecontroleerd: geen bevindingen.' : `Gecontroleerd: ${messages.length} ${messages.length === 1 ? 'bevinding' : 'bevindingen'}.`);
  } catch (error) {
    showError(error);
  } finally {
    if (inflight === controller) {
      inflight = undefined;
      editor.classList.remove('busy');
    }
  }
}

input.addEventListener('input', () => {
  messages = shiftMessages(lastText, input.value, messages);
  lastText = input.value;
  paintHighlights();
  hidePopover();
  schedule();
});

/** Replace a span so that Ctrl+Z undoes it (execCommand keeps the textarea's undo stack). */
function replaceRange(start: number, end: number, replacement: string): void {
  input.focus();
  input.setSelectionRange(start, end);
  const ok = replacement === '' ? document.execCommand('delete') : document.execCommand('insertText', false, replacement);
  if (!ok) {
    input.setRangeText(replacement, start, end, 'end');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function applyReplacement(m: Message, replacement: string): void {
  hidePopover();
  const start = m.fix ? m.fix.start : m.start;
  const end = m.fix ? m.fix.end : m.end;
  replaceRange(start, end, replacement);
  void runCheck();
}

input.addEventListener('paste', (event) => {
  const html = event.clipboardData?.getData('text/html');
  if (!html) return; // plain text pastes as it is
  event.preventDefault();
  const text = htmlToText(html);
  const start = input.selectionStart;
  const end = input.selectionEnd;
  replaceRange(start, end, text);
});

// ---- popover (tooltip) ----------------------------------------------------------------

let pinned = false;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

function messagesAt(offset: number): Message[] {
  return messages.filter((m) => m.start <= offset && offset <= m.end).sort((a, b) => a.end - a.start - (b.end - b.start));
}

function actions(m: Message, quiet = false): HTMLElement {
  const row = el('div', { className: 'actions' });
  const options = m.fix ? [m.fix.replacement] : m.expected.slice(0, 3).map((alt) => matchCase(m.actual, alt));
  for (const option of options) {
    const button = el('button', {
      className: quiet ? 'button small' : 'button small primary',
      text: option === '' ? 'Weghalen' : `Vervang door ‘${option}’`,
      attrs: { type: 'button', 'data-testid': 'apply-fix' },
    });
    button.addEventListener('click', () => applyReplacement(m, option));
    row.append(button);
  }
  const off = el('button', { className: 'linklike small-link', text: 'Regel uitzetten', attrs: { type: 'button', title: `Zet de regel ‘${m.ruleId}’ uit voor deze sessie` } });
  off.addEventListener('click', () => switchOff(m.ruleId));
  row.append(off);
  return row;
}

function explain(m: Message, withActions: boolean, brief = false): HTMLElement {
  const box = el('div', { className: `explain cat-${m.category}` });
  box.append(
    el('p', { className: 'explain-head' }, [
      el('span', { className: `pill cat-${m.category}`, text: CATEGORY_LABEL[m.category] }),
      el('span', { className: 'severity', text: SEVERITY_LABEL[m.severity] }),
    ]),
    el('p', { className: 'explain-message', text: m.message }),
  );
  if (brief) {
    // A wider finding around the one pointed at: its message is enough here.
    if (withActions) box.append(actions(m, true));
    return box;
  }
  if (m.explanation) box.append(el('p', { className: 'explain-why' }, [el('strong', { text: 'Waarom: ' }), m.explanation]));
  if (!m.fix && m.expected.length) box.append(el('p', { className: 'explain-why' }, [el('strong', { text: 'Suggestie: ' }), m.expected.join(', ')]));
  if (m.source) {
    const source = el('p', { className: 'explain-source' }, ['Bron: ']);
    if (m.url && /^https:\/\//.test(m.url)) source.append(el('a', { text: m.source, attrs: { href: m.url, target: '_blank', rel: 'noreferrer noopener' } }));
    else source.append(m.source);
    box.append(source);
  }
  if (withActions) box.append(actions(m));
  return box;
}

function showPopover(list: Message[], pin: boolean): void {
  if (list.length === 0) return;
  clearTimeout(hideTimer);
  pinned = pin;
  popover.replaceChildren(...list.slice(0, 3).map((m, i) => explain(m, true, i > 0)));
  popover.hidden = false;
  const rect = rectAt(backdrop, list[0]!.start);
  if (!rect) return;
  const width = Math.min(380, window.innerWidth - 24);
  const left = Math.max(12, Math.min(rect.left + window.scrollX, window.scrollX + window.innerWidth - width - 12));
  popover.style.width = `${width}px`;
  popover.style.left = `${left}px`;
  popover.style.top = `${rect.bottom + window.scrollY + 8}px`;
}

function hidePopover(): void {
  clearTimeout(hideTimer);
  popover.hidden = true;
  pinned = false;
}

// The textarea lies over the marks; find the mark under the pointer through it.
let lastHover = '';
input.addEventListener('mousemove', (event) => {
  if (pinned) return;
  const mark = document.elementsFromPoint(event.clientX, event.clientY).find((e) => e.tagName === 'MARK' && backdrop.contains(e)) as HTMLElement | undefined;
  const ids = mark?.dataset.ids ?? '';
  if (ids === lastHover) return;
  lastHover = ids;
  if (!mark) {
    hideTimer = setTimeout(() => { if (!pinned && !popover.matches(':hover')) hidePopover(); }, 300);
    return;
  }
  const list = ids.split(',').map((i) => messages[Number(i)]).filter((m): m is Message => Boolean(m));
  showPopover(list.sort((a, b) => a.end - a.start - (b.end - b.start)), false);
});
popover.addEventListener('mouseleave', () => {
  if (!pinned) hideTimer = setTimeout(hidePopover, 300);
});

function caretFinding(pin: boolean): boolean {
  if (input.selectionStart !== input.selectionEnd) return false;
  const list = messagesAt(input.selectionStart);
  if (list.length === 0) {
    hidePopover();
    return false;
  }
  showPopover(list, pin);
  return true;
}

input.addEventListener('click', () => caretFinding(true));
input.addEventListener('keyup', (event) => {
  if (event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End') caretFinding(false);
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && event.altKey) {
    event.preventDefault();
    if (caretFinding(true)) popover.querySelector<HTMLButtonElement>('button')?.focus();
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !popover.hidden) {
    const inside = popover.contains(document.activeElement);
    hidePopover();
    if (inside) input.focus();
  }
});
document.addEventListener('mousedown', (event) => {
  if (!popover.hidden && !popover.contains(event.target as Node) && event.target !== input) hidePopover();
});

function selectInText(start: number, end: number): void {
  input.focus({ preventScroll: true });
  input.setSelectionRange(start, end);
  const rect = rectAt(backdrop, start);
  if (rect) window.scrollTo({ top: Math.max(0, rect.top + window.scrollY - window.innerHeight / 3), behavior: 'smooth' });
}

// ---- rules switched off for this session ----------------------------------------------

function switchOff(ruleId: string): void {
  disabled.add(ruleId);
  sessionStorage.setItem(OFF_KEY, JSON.stringify([...disabled]));
  hidePopover();
  messages = visible(messages);
  paintHighlights();
  renderPanel();
  input.focus();
  void runCheck();
}

function switchOn(ruleId: string): void {
  disabled.delete(ruleId);
  sessionStorage.setItem(OFF_KEY, JSON.stringify([...disabled]));
  void runCheck().then(renderPanel);
}

// ---- side panel -----------------------------------------------------------------------

const CATEGORIES: Category[] = ['woorden', 'zinnen', 'toon', 'structuur'];

function renderPanel(): void {
  const gradeBox = $('grade');
  const parts = $('parts');
  if (!report) {
    gradeBox.textContent = '–';
    gradeBox.className = 'grade';
    $('grade-word').textContent = 'Plak een brief om te beginnen.';
    parts.replaceChildren();
    $('level').textContent = '–';
    $('heat').replaceChildren();
    $('level-note').textContent = '';
    $('counts').replaceChildren();
    $('top').replaceChildren();
    $('findings').replaceChildren();
  } else {
    const g = report.grade.value;
    gradeBox.textContent = grade(g);
    gradeBox.className = `grade ${g >= 8 ? 'good' : g >= 5.5 ? 'fair' : 'poor'}`;
    gradeBox.setAttribute('aria-label', `Rapportcijfer ${grade(g)} van 10`);
    $('grade-word').textContent = gradeWord(g);
    parts.replaceChildren(
      ...report.grade.parts.map((p) =>
        el('li', {}, [
          el('span', { className: 'part-label', text: p.label }),
          el('span', { className: 'bar', attrs: { role: 'img', 'aria-label': `${p.label}: ${grade(p.score)} van 10` } }, [barFill(p.score / 10)]),
          el('span', { className: 'part-score', text: grade(p.score) }),
        ]),
      ),
    );
    renderLevel(report);
    renderCounts();
    renderTop(report);
    renderFindings();
  }
  renderOff();
}

function barFill(share: number): HTMLElement {
  const fill = el('span', { className: 'fill' });
  fill.style.width = `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;
  return fill;
}

function renderLevel(r: Report): void {
  const { level, cefr } = r.readability;
  $('level').replaceChildren(
    el('strong', { text: `LiNT-niveau ${level} van 4` }),
    ` · ${LEVEL_LABEL[level] ?? ''}`,
  );
  const heat = $('heat');
  heat.replaceChildren(
    ...r.sentences.map((s, i) => {
      const button = el('button', {
        className: `heat-cell lvl-${s.level}`,
        attrs: { type: 'button', 'aria-label': `Zin ${i + 1}: niveau ${s.level}, ${s.words} woorden`, title: `Zin ${i + 1}: niveau ${s.level} (${LEVEL_LABEL[s.level]}), ${s.words} woorden` },
      });
      button.style.flexGrow = String(Math.max(1, s.words));
      // One tab stop for the whole strip; arrow keys move between sentences.
      button.tabIndex = i === 0 ? 0 : -1;
      button.addEventListener('click', () => selectInText(s.start, s.end));
      button.addEventListener('keydown', (event) => {
        const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        if (!step) return;
        event.preventDefault();
        const cells = [...heat.querySelectorAll<HTMLButtonElement>('button')];
        const next = cells[Math.max(0, Math.min(cells.length - 1, i + step))]!;
        for (const c of cells) c.tabIndex = c === next ? 0 : -1;
        next.focus();
      });
      return button;
    }),
  );
  $('level-note').textContent = `Indicatie taalniveau: ${cefr.level}. Voor B1 mikt u op niveau 1 of 2. Klik op een blokje om die zin te zien.`;
}

function renderCounts(): void {
  const counts = new Map<Category, number>();
  for (const m of messages) counts.set(m.category, (counts.get(m.category) ?? 0) + 1);
  $('counts').replaceChildren(
    ...CATEGORIES.map((c) =>
      el('li', { className: `count cat-${c}` }, [
        el('span', { className: 'count-n', text: String(counts.get(c) ?? 0) }),
        el('span', { className: 'count-label' }, [el('strong', { text: CATEGORY_LABEL[c] }), el('span', { text: CATEGORY_HINT[c] })]),
      ]),
    ),
  );
}

function renderTop(r: Report): void {
  const top = $('top');
  const items: HTMLElement[] = [];
  const improvements = r.grade.improvements.filter((i) => !i.ruleId || !disabled.has(i.ruleId)).slice(0, 3);
  if (improvements.length) {
    for (const imp of improvements) {
      items.push(el('li', {}, [el('span', { text: imp.message }), el('span', { className: 'gain', text: `+${grade(imp.gain)}` })]));
    }
  } else {
    for (const m of [...messages].sort(bySeverity).slice(0, 3)) {
      const item = el('li', {}, [el('span', { text: m.message })]);
      item.addEventListener('click', () => selectInText(m.start, m.end));
      items.push(item);
    }
  }
  if (items.length === 0) items.push(el('li', { className: 'empty', text: 'Niets meer te doen. Mooi!' }));
  top.replaceChildren(...items);
}

function renderFindings(): void {
  const list = $('findings');
  const shown = messages.slice(0, 200);
  list.replaceChildren(
    ...shown.map((m) => {
      const show = el('button', { className: 'linklike', text: `“${m.actual.length > 60 ? m.actual.slice(0, 57) + '…' : m.actual}”`, attrs: { type: 'button', title: 'Toon in de brief' } });
      show.addEventListener('click', () => selectInText(m.start, m.end));
      const details = el('details', {}, [el('summary', { text: 'Uitleg' }), explain(m, false)]);
      return el('li', { className: `finding cat-${m.category}` }, [
        el('p', { className: 'finding-message', text: m.message }),
        show,
        details,
        actions(m, true),
      ]);
    }),
  );
  if (messages.length === 0) list.append(el('li', { className: 'empty', text: 'Geen bevindingen.' }));
  if (messages.length > shown.length) list.append(el('li', { className: 'empty', text: `En nog ${messages.length - shown.length} meer.` }));
}

function renderOff(): void {
  const card = $('off-card');
  card.hidden = disabled.size === 0;
  $('off').replaceChildren(
    ...[...disabled].map((id) => {
      const on = el('button', { className: 'button small', text: 'Weer aanzetten', attrs: { type: 'button' } });
      on.addEventListener('click', () => switchOn(id));
      return el('li', {}, [el('code', { text: id }), on]);
    }),
  );
}

// ---- B1 version -----------------------------------------------------------------------

const tabText = $<HTMLButtonElement>('tab-text');
const tabB1 = $<HTMLButtonElement>('tab-b1');

function selectTab(b1: boolean): void {
  tabText.setAttribute('aria-selected', String(!b1));
  tabB1.setAttribute('aria-selected', String(b1));
  tabText.tabIndex = b1 ? -1 : 0;
  tabB1.tabIndex = b1 ? 0 : -1;
  $('panel-text').hidden = b1;
  $('panel-b1').hidden = !b1;
  hidePopover();
  if (b1) void showB1();
}

tabText.addEventListener('click', () => selectTab(false));
tabB1.addEventListener('click', () => selectTab(true));
for (const tab of [tabText, tabB1]) {
  tab.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const toB1 = tab === tabText;
      selectTab(toB1);
      (toB1 ? tabB1 : tabText).focus();
    }
  });
}

async function showB1(): Promise<void> {
  const diff = $('b1-diff');
  const original = input.value;
  if (original.trim() === '') {
    diff.replaceChildren(el('p', { className: 'empty', text: 'Plak eerst een brief.' }));
    return;
  }
  diff.replaceChildren(el('p', { className: 'empty', text: 'Bezig…' }));
  try {
    const result = await rewriteText(original, config());
    const edits = result.edits.filter((e) => !disabled.has(e.ruleId));
    b1Text = applyEdits(original, edits);
    renderDiff(diff, original, edits);
    $('b1-summary').textContent =
      edits.length === 0 ? 'Er zijn geen verbeteringen die Helder veilig zelf kan doen.' : `${edits.length} veilige ${edits.length === 1 ? 'verbetering' : 'verbeteringen'} toegepast.`;
    if (edits.length > 0 && report) {
      // What the safe fixes alone do for the grade: the rest is work for the writer.
      const before = report.grade.value;
      const after = (await checkText(b1Text, config())).grade.value;
      if (input.value === original) {
        $('b1-summary').textContent += ` Rapportcijfer ${grade(before)} → ${grade(after)}.`;
      }
    }
  } catch (error) {
    showError(error);
  }
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.replacement;
    at = e.end;
  }
  return out + text.slice(at);
}

function renderDiff(target: HTMLElement, text: string, edits: Edit[]): void {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const e of edits) {
    frag.append(text.slice(at, e.start));
    if (e.end > e.start) frag.append(el('del', { text: text.slice(e.start, e.end), attrs: { 'aria-label': `weg: ${text.slice(e.start, e.end)}` } }));
    if (e.replacement) frag.append(el('ins', { text: e.replacement }));
    at = e.end;
  }
  frag.append(text.slice(at));
  target.replaceChildren(frag);
}

$('b1-adopt').addEventListener('click', () => {
  if (!b1Text) return;
  selectTab(false);
  replaceRange(0, input.value.length, b1Text);
  void runCheck();
});
$('b1-copy').addEventListener('click', () => {
  void navigator.clipboard?.writeText(b1Text).then(
    () => setStatus('B1-versie gekopieerd.'),
    () => setStatus('Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf.'),
  );
});

// ---- Word files -----------------------------------------------------------------------

const fileInput = $<HTMLInputElement>('file');
const download = $<HTMLButtonElement>('download');

$('open').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  fileInput.value = '';
  if (!file) return;
  setStatus('Word-bestand wordt gelezen…');
  try {
    const result = await checkDocx(file, config());
    clearError();
    docxFile = file;
    download.disabled = false;
    selectTab(false);
    input.value = result.text;
    lastText = result.text;
    report = result.report;
    messages = visible(result.report.messages);
      paintHighlights();
    renderPanel();
    setStatus(`Word-bestand geopend: ${messages.length} ${messages.length === 1 ? 'bevinding' : 'bevindingen'}. Met “Download met opmerkingen” krijgt u het bestand terug met opmerkingen in de kantlijn.`);
  } catch (error) {
    showError(error);
    setStatus('');
  }
});

download.addEventListener('click', async () => {
  if (!docxFile) return;
  download.disabled = true;
  setStatus('Opmerkingen worden in het Word-bestand gezet…');
  try {
    const blob = await annotateDocx(docxFile, config());
    const url = URL.createObjectURL(blob);
    const a = el('a', { attrs: { href: url, download: docxFile.name.replace(/\.docx$/i, '') + '-helder.docx' } });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus('Het bestand met opmerkingen staat in uw downloads.');
  } catch (error) {
    showError(error);
  } finally {
    download.disabled = false;
  }
});

$('example').addEventListener('click', () => {
  selectTab(false);
  replaceRange(0, input.value.length, EXAMPLE);
  input.setSelectionRange(0, 0);
  void runCheck();
});

// ---- start ----------------------------------------------------------------------------

window.addEventListener('resize', () => {
  if (!popover.hidden) hidePopover();
});
paintHighlights();
renderPanel();
if (input.value.trim()) void runCheck();
