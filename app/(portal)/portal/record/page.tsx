import type { Metadata } from 'next';
import { NOT_IN_YOUR_COPY } from '@/components/print/record-document';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { pdfAvailable } from '@/lib/pdf/render';

export const metadata: Metadata = { title: 'Download my record' };

/**
 * "Download my record": the client's own copy, as a PDF to read and as a FHIR file for another
 * health service (ADR 0018). The downloads are their own data functions, each checking that
 * this is the client's own record; this page only says what they hold and what they leave out.
 */
export default function MyRecordPage() {
  const canMakePdf = pdfAvailable();
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Download my record</h1>
      <p className="text-slate-800">
        You can take a copy of your record with you at any time: to keep, to read on paper, or to give to another health
        service.
      </p>
      <Card title="What your copy holds">
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          <li>Your goals, with every change to their wording and when it happened.</li>
          <li>Your check-ins: your goal ratings and your questionnaire scores.</li>
          <li>Every plan you and your therapist signed, with who signed and when.</li>
        </ul>
      </Card>
      <Card title="What it leaves out">
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          {NOT_IN_YOUR_COPY.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-700">If you want any of this too, ask your therapist or the clinic.</p>
      </Card>
      <Card title="Download">
        <div className="flex flex-col gap-3 sm:flex-row">
          {canMakePdf ? (
            <a href="/portal/record/pdf" className={buttonClasses('primary')}>
              Download my record (PDF)
            </a>
          ) : null}
          <a href="/portal/record/fhir" className={buttonClasses('secondary')}>
            Download for another health service (FHIR)
          </a>
        </div>
        {canMakePdf ? (
          <p className="mt-3 text-sm text-slate-700">
            The PDF is for reading and printing. The FHIR file is for computer systems: another clinic’s records system
            can read it.
          </p>
        ) : (
          <p className="mt-3 text-sm text-slate-800">
            A PDF copy can’t be made on this server right now. You can still print{' '}
            <a href="/portal/plan/print">your signed plan</a> from your browser, or download the FHIR file.
          </p>
        )}
      </Card>
    </div>
  );
}
