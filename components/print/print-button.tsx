'use client';

import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog (the page's print stylesheet hides everything but the document). */
export function PrintButton({ label = 'Print' }: { label?: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
