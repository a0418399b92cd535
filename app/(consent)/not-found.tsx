import { NotFoundContent } from '@/components/not-found-content';

/** notFound() inside this group: its layout already holds the page's <main>. */
export default function NotFound() {
  return <NotFoundContent />;
}
