import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin-nav';
import { verifySession } from '@/lib/auth/session';

/** Administration: the section links are for admins only (each page's data is authorised again). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const principal = await verifySession();
  if (principal?.role !== 'admin') notFound();
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
