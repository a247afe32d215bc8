// Words the import writes into the records it makes. The citation of the sheet and row is always in
// Bahasa Indonesia, whatever the run's language: importing the same sheet again recognises its rows by it,
// and a register's records are written in its office's language.

/** The citation each imported record carries: "Impor dari kerja-sama.xlsx, lembar 2024, baris 7". */
export const sourceCitation = (file: string, sheet: string | undefined, row: number): string =>
  sheet === undefined ? `Impor dari ${file}, baris ${row}` : `Impor dari ${file}, lembar ${sheet}, baris ${row}`;
