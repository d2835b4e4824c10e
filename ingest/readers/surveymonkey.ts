/** SurveyMonkey exports (CSV and XLSX): question row with blank continuation cells, then option row. */
import type { ReaderContext } from './session.ts';
import { firstRows } from './qualtrics.ts';
import { openSurvey, type Row } from './survey-engine.ts';
import type { ColumnSpec, Role } from './survey-classify.ts';

const META: [RegExp, Role][] = [
  [/^respondent ?id$/i, 'id'],
  [/^collector ?id$/i, 'ignore'],
  [/^start ?date$/i, 'ignore'],
  [/^end ?date$/i, 'date'],
  [/^(ip ?address|email ?address|e-?mail|first ?name|last ?name|name|custom ?data ?\d*|custom ?variable ?\d*)$/i, 'drop'],
];
const SINGLE = /^(response|antwoord|antwort|risposta|réponse)$/i;
const OPEN = /^(open-ended response|open ended response|open-ended|open antwoord|offene antwort|risposta aperta|réponse ouverte)$/i;
const OTHER = /\b(other|please specify|anders|sonstige|altro|autre)\b/i;

/** Builds the column plan from SurveyMonkey's two header rows and reads the responses. */
export async function readSurveyMonkeyRows(rows: () => AsyncIterable<Row>, ctx: ReaderContext, format: string) {
  const [questions = [], options = []] = await firstRows(rows, 2);
  const width = Math.max(questions.length, options.length);
  // A question spans its own column plus the blank-headed columns to its right.
  const starts: number[] = [];
  for (let i = 0; i < width; i++) starts.push((questions[i] ?? '').trim() || i === 0 ? i : starts[i - 1]);
  const span = (start: number) => starts.filter((s) => s === start).length;
  const columns: ColumnSpec[] = [];
  let qIndex = 0;
  for (let index = 0; index < width; index++) {
    const start = starts[index];
    const question = (questions[start] ?? '').trim();
    const option = (options[index] ?? '').trim();
    const meta = META.find(([re]) => re.test(question));
    if (meta && start === index) { columns.push({ index, key: question, text: question, role: meta[1] }); continue; }
    if (!question || meta) { columns.push({ index, key: `col${index + 1}`, text: '', role: 'ignore' }); continue; }
    if (start === index) qIndex++;
    const n = span(start);
    const key = n === 1 ? `Q${qIndex}` : `Q${qIndex}_${index - start + 1}`;
    const spec: ColumnSpec = { index, key, text: question, role: 'question' };
    if (OPEN.test(option)) spec.kind = 'text';
    else if (option && !SINGLE.test(option)) {
      spec.text = `${question} - ${option}`;
      if (!OTHER.test(option)) spec.option = { item: `Q${qIndex}`, itemText: question, label: option };
    }
    columns.push(spec);
  }
  return openSurvey(rows, {
    format,
    headerRows: 2,
    columns,
    multiSeparator: ',',
    dayFirst: false,
  }, ctx.opts);
}
