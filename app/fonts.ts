import localFont from 'next/font/local';

// Self-hosted (the build runs offline; next/font/google would fetch at build time).
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  weight: '100 900',
  display: 'swap',
});
