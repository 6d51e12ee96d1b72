import type { MetadataRoute } from 'next';

/**
 * The web app manifest: the app installs to a home screen and opens standalone. Browsers take one
 * theme colour from here; the page's theme-color meta tags (app/layout.tsx) give light and dark.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Newsquiz',
    short_name: 'Newsquiz',
    description: 'Learn a news article through quizzes and flashcards; every answer points to its sentence.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#f6f6f3',
    theme_color: '#2f4bcc',
    categories: ['education', 'news'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
