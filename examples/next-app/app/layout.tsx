import type { ReactNode } from 'react';
import 'react-openrouter-models/styles.css';
import { Providers } from './providers';

export const metadata = { title: 'react-openrouter-models on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '2rem' }}>
        <nav style={{ display: 'flex', gap: '1rem', marginBottom: '1rem' }}>
          <a href="/">Picker</a>
          <a href="/vision">Vision models</a>
          <a href="/catalogue">Catalogue</a>
          <a href="/model/z-ai/glm-5.2:free">GLM 5.2 (free)</a>
          <a href="/model/nobody/no-such-model">An unknown model</a>
        </nav>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
