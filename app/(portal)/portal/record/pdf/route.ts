import { recordDocumentHtml } from '@/components/print/record-document';
import { exportMyRecord } from '@/lib/data/client-record';
import { pdfDownload } from '@/lib/pdf/response';
import { checkRouteInput } from '@/lib/route-input';

/** The signed-in client's own copy of their record, as a PDF. */
export async function GET(request: Request): Promise<Response> {
  const { refusal } = checkRouteInput(request);
  if (refusal) return refusal;
  return pdfDownload(
    request,
    () => exportMyRecord(),
    recordDocumentHtml,
    () => 'my-record.pdf',
  );
}
