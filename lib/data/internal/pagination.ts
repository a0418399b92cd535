export const PAGE_SIZE = 25;

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export function pageOf<T extends { total: number }>(
  rows: T[],
  page: number,
  pageSize = PAGE_SIZE,
): Page<Omit<T, 'total'>> {
  const total = rows[0]?.total ?? 0;
  return {
    rows: rows.map(({ total: _total, ...rest }) => rest),
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}

/** A LIKE pattern that matches the text literally anywhere (%, _ and \ typed by a person are not wildcards). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
