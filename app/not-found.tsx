import { NotFoundContent } from '@/components/not-found-content';

/** An address that matches no page: no layout around it, so this page has the <main>. */
export default function NotFound() {
  return (
    <main id="main">
      <NotFoundContent />
    </main>
  );
}
