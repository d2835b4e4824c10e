/** A generic survey workbook (no export layout brandgap knows) written with exceljs, for preview and upload tests. */
import ExcelJS from 'exceljs';

export const WORKBOOK_ROWS = 30;
export const WORKBOOK_HEADER = ['Respondent', 'Submitted', 'Where do you live?', 'How satisfied are you with the city?', 'What would you change about the city, and why?', 'Age'];
const ANSWERS = [
  'Housing is far too expensive for young families who want to stay here.',
  'The trams are often late and the night buses stop far too early.',
  'More green space along the river, and fewer cars in the old centre.',
  'The town hall paperwork for newcomers took months and nobody spoke English.',
  'Cheaper sports clubs for children, the fees have doubled in two years.',
];
const SATISFACTION = ['Very satisfied', 'Satisfied', 'Neutral', 'Dissatisfied', 'Very dissatisfied'];

/** Writes the workbook: sheet "Responses" (30 responses, every third from abroad) and a second sheet "Notes". */
export async function writeGenericWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Responses');
  ws.addRow(WORKBOOK_HEADER);
  for (let i = 1; i <= WORKBOOK_ROWS; i++) {
    ws.addRow([
      1000 + i, new Date(Date.UTC(2025, 2, (i % 28) + 1, 9, 30)), i % 3 === 0 ? 'I moved here from abroad' : 'I live here',
      SATISFACTION[i % 5], `${ANSWERS[i % 5]} (${i})`, [23, 41, 35, 67, 29, 52][i % 6],
    ]);
  }
  const notes = wb.addWorksheet('Notes');
  notes.addRow(['Topic', 'Remark']);
  notes.addRow(['Fieldwork', 'Collected at the March city fair']);
  await wb.xlsx.writeFile(path);
}
