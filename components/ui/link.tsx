import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The app's one link. Every page is rendered per request (a fresh CSP nonce, per-person data),
 * so Next's default prefetch of each link in view would ask the server to render it: on a
 * portal page that was about twenty background requests, each with its session check, and main
 * thread work on a phone before anyone tapped anything. Links here load when followed.
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, 'prefetch'>) {
  return <NextLink {...props} prefetch={false} />;
}
